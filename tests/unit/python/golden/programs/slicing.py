s = list(range(10))
for start in [None, 0, 3, -3, 20, -20]:
    for stop in [None, 5, -2, 20]:
        for step in [None, 1, 2, -1, -3]:
            print(start, stop, step, s[start:stop:step], "abcdefghij"[start:stop:step])
r = range(2, 20, 3)
print(r, r[1], r[-1], r[1:3], len(r), 8 in r, 9 in r, list(r[::-1]), range(5), range(0, 5, 2))
print(list(range(10, -10, -4)), len(range(0)), list(range(3, 3)))

# if/elif/else, for, while, break, continue, else clauses, pass
for i in range(10):
    if i == 2:
        continue
    elif i == 7:
        break
    elif i % 2 == 0:
        print("even", i)
    else:
        print("odd", i)
else:
    print("never")
for i in range(3):
    pass
else:
    print("for-else", i)
n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n", n)
else:
    print("while-else")
while True:
    n -= 1
    if n < 2:
        break
print(n)
for i in range(5, 0, -1):
    print(i, end=",")
print()
for i in range(0, 10, 3):
    print(i, end=" ")
print()
for i in range(-5):
    print("never")
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for a, b in zip("xy", [1, 2]):
    print(a, b)
for k in {"a": 1, "b": 2}:
    print(k)
total = 0
for i in range(3):
    for j in range(3):
        if j > i:
            break
        total += i * j
print(total)
x = 5
print("big" if x > 3 else "small", "yes" if [] else "no")
if x: print("one-line if")
for i in range(2): print("one-line for", i)
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 0 < x < 3)
print(x is None, x is not None, None is None, [] is [], not x, not 0)
print(0 or None, 0 and 1 / 0, 1 or 1 / 0, "" or [] or 0, 3 and 4, None and 1)

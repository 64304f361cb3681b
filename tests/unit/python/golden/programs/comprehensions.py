print([i * i for i in range(6)])
print([i for i in range(20) if i % 3 == 0 if i % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print({k: v for k, v in zip("abc", range(3))})
print(sum(i for i in range(10)), list(x * 2 for x in [1, 2]), max(len(w) for w in ["a", "abc"]))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
i = "unchanged"
print([i for i in range(3)], i)
gen = (v for v in range(3))
print(next(gen), next(gen), list(gen), next(gen, "done"))

f = frozenset({1})
print(hash(f))
f.add(2)

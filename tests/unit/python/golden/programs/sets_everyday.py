# Sets as lecture code uses them: with None, in f-strings, joined, iterated, compared.
labels = ['cat', 'dog', 'cat', 'bird', 'dog', 'fish']
classes = set(labels)
print(f'{len(classes)} classes: {classes}', ', '.join(sorted(classes)), ', '.join(classes))
print({None, 1, 2, 'a'}, {None}, hash(None), None in {None})
it = iter({3, 1, 2})
print(type(it).__name__, next(it), list(it), list(enumerate({'x', 'y'})))
s = {1, 2, 3}
s.update(x * x for x in range(5))
s.intersection_update([0, 1, 4, 9, 16, 2], range(10))
print(s, s.issuperset([1, 4]), s.issuperset((100,)), {1, 2}.isdisjoint({3}))
d = {frozenset({'a', 'b'}): 1}
print(d[frozenset(['b', 'a'])], frozenset('ab') in d, {'a', 'b'} == frozenset('ba'))
seen = set()
unique = [x for x in [3, 1, 3, 2, 1, 5] if not (x in seen or seen.add(x))]
print(unique, seen)
print({i % 7 for i in range(100)}, {c for c in '딥러닝 딥러닝'}, {(i, j) for i in range(2) for j in range(2)})
print(set([True, 1, 1.0]), {0, False, 0.0, -0.0}, {-0.0, 0})

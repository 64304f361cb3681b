# set algebra: methods and operators, in CPython's result order.
a = {1, 2, 3, 4, 5, 6, 7, 8}
b = {5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union(b), a.union([20, 21], (22,)), a.intersection(b), a.intersection(range(4, 100)), a.difference(b, {1}), a.symmetric_difference([1, 100]))
print({1} & {1.0, 2}, {1.0} & {1}, {1, 2} & {2.0, 1.0})
print(a.issubset(b), {5, 6}.issubset(b), {5, 6} <= b, {5, 6} < b, b >= {5, 6}, b > b, b >= b, a.isdisjoint(b), a.isdisjoint([100]), a.issuperset([1, 2]))
print(a == set(a), a != b, {1, 2} == {2, 1}, {1} == [1], frozenset({1}) == {1}, {1, 2} == frozenset({2, 1}))
c = set(range(40))
c -= set(range(0, 40, 2))
print(c)
c |= {100, 101}
c &= set(range(10, 200))
print(c)
c ^= {11, 13, 500}
print(c)
d = set(range(20))
d.difference_update(range(0, 20, 3), [1])
d.intersection_update(range(2, 30))
d.symmetric_difference_update([2, 3, 4, 99])
d.update([7, 8], {1000})
print(d)
f = frozenset([3, 1, 2])
print(f, repr(f), frozenset(), set(), f | {9}, {9} | f, f & {1}, f.union([4]), f.copy() is f, frozenset(f) is f, type(f | {9}).__name__, type({9} | f).__name__)
g = f
g |= {10}
print(g, f, g is f)
h = {1, 2}
k = h
k |= {3}
print(h, k is h)
print({f: 'frozen'}, {frozenset({2, 1}): 1}[frozenset([1, 2])], hash(f) == hash(frozenset({1, 2, 3})))
print(frozenset({1, 2}) in {frozenset({1, 2})}, {1, 2} in {frozenset({1, 2})}, [{1}] == [{1}], ({1},) == ({1.0},))
nested = {frozenset({1, 2}), frozenset({3})}
nested.discard({3})
print(nested)
print(isinstance(a, set), isinstance(f, set), isinstance(f, frozenset), type(a), type(f), set([]) == set(), bool(set()), bool({0}))
print(max({3, 9, 1}), min({3, 9, 1}), sum({1, 2, 3}), sorted({'b', 'a', 'c'}), len(set('hello')))
print({*[1, 2], *(3, 1), 4}, {*'ab'}, {*range(12)})
print(set({'x': 1, 'y': 2, 'z': 3}), set({5: 0, 1: 0}.keys()))

# Set order follows CPython's hash table: ints, negative and big ints, floats, mixed, growth past 5, 20, 100, 1000.
print({5, 3, 1, 9, 7})
print({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
print(set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))
print({-1, -2, -3, 0, 8, 16, 24, 32})
print({2**61 - 1, 2**61, 2**64 + 5, -(2**70), 10**20, 3})
print({0.5, 1.5, 2.0, -0.25, 1e300, 1e-300, 3.14159, float('inf'), -float('inf')})
print({1, 1.0, True, 2, 2.0, 0, False, 0.0})
print({1.0, 1, True})
print({(1, 2), (2, 1), (0,), (), ('a', 1), (1.5, -2)})
s = set()
for i in range(25):
    s.add(i * 7 % 31)
print(s)
for i in range(0, 25, 3):
    s.discard(i * 7 % 31)
print(s, len(s))
s.add(100)
s.add(-100)
print(s)
big = set()
for i in range(120):
    big.add((i * 37) % 1000 - 500)
print(list(big)[:40], len(big))
huge = {i * i % 10007 for i in range(1500)}
print(list(huge)[:30], list(huge)[-30:], len(huge))
d = set(range(1000, 0, -7))
for x in range(1000, 500, -3):
    d.discard(x)
print(list(d)[:50])
print(set(range(10)) == set(range(9, -1, -1)), list(set(range(10))) == list(set(range(9, -1, -1))))
m = {3.5, 'x', 7, (1, 'y'), None} - {None}
print(sorted(m, key=repr))
# pop scans from a finger
p = {10, 20, 30, 40, 50, 60, 70}
print([p.pop() for _ in range(3)], p)
p.add(5)
print(p.pop(), p)
p.clear()
p.update([9, 1, 17])
print(p, p.pop(), p)
# copy may re-insert into a smaller table: a different order
c = set()
for i in [64, 1, 128, 2, 3, 256, 4]:
    c.add(i)
for i in [1, 2, 3]:
    c.remove(i)
print(c, c.copy(), set(c), {*c})
# hash() agrees
print(hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30), hash(True), hash(None))
print(hash(0.5), hash(-0.5), hash(1.0), hash(1e300), hash(1e-300), hash(float('inf')), hash(-1.0), hash(2.0**70), hash(0.1))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(('a', 1.5)))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({'a', (1, 2)})))
# iterating a display of constants walks the folded frozenset
for x in {11, 3, 19, 27, 5, 13}:
    print(x, end=' ')
print()
print([x for x in {11, 3, 19, 27, 5, 13}], {11, 3, 19, 27, 5, 13})
print({x for x in [40, 8, 16, 24, 32, 0, 48, 56, 64, 72]})
print(sorted({5, 3, 1}), list({5, 3, 1}), tuple({2, 1}), len({1, 2, 2}), 2 in {1, 2}, 3 not in {1, 2})

# The paths of CPython's set algorithms that decide a result's order.
small = {3, 17, 33}
big = set(range(0, 400, 3))
print(small & big, big & small, small.intersection(range(40)), big.intersection([33, 3, 99, 1000]))
print(big - set(range(0, 390, 3)), {1, 2, 3, 40, 41}.difference({40: 'a', 2: 'b'}), set(range(30)).difference({0: 1}))
t = set(range(50))
t -= set(range(0, 1000))
print(t, len(t))
t = set(range(20))
t -= {i for i in range(5, 600)}
print(t)
u = set(range(64))
u.difference_update(range(10, 60))
print(u)
u.add(1000)
u.add(-1000)
print(u)
print({1, 2, 3} ^ {3, 4, 5}, {1, 2, 3}.symmetric_difference([3, 4, 5, 4]), {1, 2, 3}.symmetric_difference({3: 0, 9: 0}))
v = {10, 20, 30}
v.symmetric_difference_update({20: 1, 40: 2})
print(v)
w = set({'x': 1, 'y': 2, 'k': 3, 'q': 4, 'r': 5, 's': 6})
print(w)
w.update({'z': 0}, ['a', 'b'], 'cd')
print(w)
x = {*{5, 13, 21}, 1, *[29, 37], *range(3)}
print(x)
p = set(range(12))
for i in range(4):
    p.discard(i * 2)
print([p.pop() for _ in range(3)], p)
p.clear()
p.add(7)
p.add(15)
print(p.pop(), p)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f'P({self.x}, {self.y})'
print({Point(1, 2), Point(1, 2), Point(3, 4), Point(0, 0), Point(-1, 5)}, hash(Point(1, 2)) == hash((1, 2)))
print(Point(3, 4) in {Point(3, 4)}, len({Point(1, 1), Point(1, 1)}))
mixed = set()
for i in range(1200):
    mixed.add(i if i % 3 else str(i) if i % 2 else float(i) + 0.5)
print(len(mixed), list(mixed)[:25], list(mixed)[-10:])
print(frozenset({frozenset({1, 2}), frozenset({3})}), hash(frozenset({frozenset({1, 2}), 3})))
print({(1, 2): 'a', frozenset({1}): 'b'}, set([frozenset(), frozenset()]))
print(set(), {()}, {(None,)}, {1, 2} < {1, 2, 3} < {1, 2, 3, 4}, {1} > set())
print({1, 2}.union(), {1, 2}.intersection(), {1, 2}.difference(), {1, 2}.copy() == {1, 2})

# list, tuple, dict operations and methods
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
a.insert(-1, 99)
print(a, len(a), a.pop(), a.pop(0), a, a.index(99), a.count(1))
a.remove(99)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
a.reverse()
print(a, sorted(a, key=lambda v: -v), sorted(["bb", "a", "ccc"], key=len))
b = a.copy()
b[0] = 100
print(a, b, a + b, [0] * 3, [[0] * 2] * 2)
print(a[1:3], a[:2], a[-2:], a[::2], a[::-1], a[5:1:-2], a[100:], a[-100:2])
c = list(range(10))
c[2:5] = ["x"]
print(c)
c[::3] = [0, 0, 0]
print(c)
del c[0]
del c[1:3]
print(c)
t = (1, 2, 3)
print(t[0], t[-1], t[1:], t + (4,), t * 2, t.index(2), t.count(3), len(t), 2 in t)
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, d["b"], d.get("z"), d.get("z", 0), len(d), "a" in d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d, d.setdefault("e", 5), d)
d.update({"f": 6}, g=7)
del d["a"]
print(d, {1: "int", 1.0: "float", True: "bool"}, dict(a=1, b=2), dict([("x", 1), ("y", 2)]))
for k, v in d.items():
    print(k, v)
print(list("abc"), tuple([1, 2]), list((1, 2)), list(range(3)), tuple(), list({"k": 1}))
print([1, 2] == [1, 2], [1, 2] != [1, 2.0], (1, [2]) == (1, [2]), {"a": 1} == {"a": 1.0})
n = [[1, 2], [3, 4]]
n[1][0] = 30
print(n, n[1], n[-1][-1])
x, *rest = [1, 2, 3]
*init, last = "abc"
p, (q, r) = 1, (2, 3)
print(x, rest, init, last, p, q, r)
e = []
e += [1]
e += (2, 3)
print(e, e * 0, [] or "empty", any([0, 1]), all([1, 0]), any([]), all([]))
print(list(enumerate("ab")), list(enumerate("ab", 1)), list(zip([1, 2, 3], "ab")), list(zip()))
print(list(map(lambda v: v * 2, [1, 2])), list(filter(None, [0, 1, 2, ""])), list(reversed([1, 2, 3])), list(reversed(range(3))))
print(max(["a", "bbb", "cc"], key=len), min([3, 1], default=0), min([], default=None), max(3, 7, key=lambda v: -v))

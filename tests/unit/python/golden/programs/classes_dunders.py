class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return self.x != 0 or self.y != 0


v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, w - v, v * 3, 2 * v, -v)
print(v == Vec(1, 2), v != Vec(1, 2), v == w, v != w, v == 1)
print(v < w, sorted([w, v]), max(v, w))
print(bool(Vec(0, 0)), bool(v), "yes" if Vec(0, 0) else "no")
print([v, w], {"k": v})
print(str(v), f"{v}", f"{v!r}")
u = v
u += w
print(u, v)


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, value):
        self.items[i] = value

    def __contains__(self, item):
        return item in self.items

    def __iter__(self):
        return iter(self.items)

    def __str__(self):
        return "Bag of " + ", ".join(str(i) for i in self.items)

    def __call__(self, extra):
        return len(self.items) + extra


b = Bag(3, 1, 2)
print(len(b), b[0], b[-1], b[1:], 2 in b, 9 in b, 9 not in b)
b[0] = 7
print(list(b), sorted(b), sum(b), b(10))
print(b)
print([x * 2 for x in b])
a, c, d = b
print(a, c, d)
print(bool(Bag()), bool(b))


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError("done")
        return i * 10


print(list(Seq()))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(4)))
for i in Countdown(2):
    print("tick", i)

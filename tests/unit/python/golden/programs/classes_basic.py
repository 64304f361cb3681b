class Counter:
    """A counter."""
    start = 10
    step = 2

    def __init__(self, name, n=0):
        self.name = name
        self.n = n

    def bump(self, times=1):
        for _ in range(times):
            self.n += self.step
        return self.n

    def describe(self):
        return f"{self.name}: {self.n} (start {Counter.start})"


c = Counter("a")
print(c.n, c.name, c.step, Counter.step)
print(c.bump(), c.bump(3))
print(c.describe())
c.step = 5
print(c.bump(), Counter.step)
Counter.step = 100
d = Counter("b", n=1)
print(d.bump(), d.n)
print(type(c).__name__, c.__class__.__name__, type(c) is Counter)
print(Counter.__name__, Counter.__doc__ is None)
m = d.bump
print(m(), m.__name__)
print(Counter.bump(d), Counter.describe(d))
print(hasattr(c, "name"), hasattr(c, "nope"), getattr(c, "nope", 42))
setattr(c, "extra", [1, 2])
print(c.extra)
x = 5


class Scoped:
    x = x + 1
    y = [x * 2]

    def get_x(self):
        return x


print(Scoped.x, Scoped.y, Scoped().get_x())


def make(k):
    class Local:
        def value(self):
            return k * 3
    return Local()


print(make(7).value())
print(repr(Counter).startswith("<class '__main__.Counter'"))
print(str(Counter))
print(callable(Counter), callable(c))


class Empty:
    pass


e = Empty()
e.a = 1
e.a += 2
print(e.a, isinstance(e, Empty), isinstance(e, Counter), isinstance(e, object))
print(repr(e).startswith("<__main__.Empty object at 0x"))

# def, defaults, keyword args, *args/**kwargs, closures, lambda, recursion, global/nonlocal
def add(a, b=10, *rest, scale=1, **extra):
    return (a + b + sum(rest)) * scale, extra
print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, scale=2), add(b=1, a=2), add(1, z=3))
def no_return():
    pass
print(no_return())
def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment
c = make_counter()
print(c(), c(), c(5))
total = 0
def bump():
    global total
    total += 1
bump()
bump()
print(total)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))
square = lambda v: v * v
print(square(4), (lambda *a: len(a))(1, 2, 3), (lambda a, b=2: a * b)(3))
adders = [lambda v, k=k: v + k for k in range(3)]
print([f(10) for f in adders])
late = [lambda: k for k in range(3)]
print([f() for f in late])
def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner()
print(outer())
def gv(s): return "digraph G{ rankdir=\"LR\"" + s + "; }"
print(gv("a -> b"))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(i) for i in range(12)])
def kw_only(*, x, y=2):
    return x * y
print(kw_only(x=3), kw_only(x=3, y=3))
args = [1, 2]
kwargs = {"scale": 3}
print(add(*args, **kwargs), max(*[4, 9, 2]))
def early(v):
    for i in range(10):
        if i == v:
            return i * 100
    return -1
print(early(3), early(20))
print(add.__name__, callable(add), callable(3))

def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper


def repeat(n):
    def deco(fn):
        def wrapper(x):
            return [fn(x) for _ in range(n)]
        return wrapper
    return deco


@shout
def greet(name):
    return "hello " + name


@repeat(3)
def double(x):
    return x * 2


@shout
@repeat(2)
def both(x):
    return str(x)


print(greet("kim"), double(4))
print(both(5) if False else "skip")

calls = []


def log(fn):
    calls.append(fn.__name__)
    return fn


class Temperature:
    unit = "C"
    count = 0

    def __init__(self, celsius):
        self._c = celsius
        Temperature.count += 1

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("too cold")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}, {cls.count} made"

    @log
    def show(self):
        return f"{self._c:.1f}{self.unit}"


t = Temperature(20)
print(t.celsius, t.fahrenheit, Temperature.convert(100), t.convert(0))
t.celsius = 30
print(t.celsius, t.fahrenheit, t.show())
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("error:", e)
f = Temperature.from_f(212)
print(f.show(), type(f).__name__, Temperature.describe(), t.describe())
print(calls)


class Kelvin(Temperature):
    unit = "K"


k = Kelvin.from_f(32)
print(type(k).__name__, k.show(), Kelvin.describe())
print(isinstance(Temperature.__dict__ if False else t, Temperature))

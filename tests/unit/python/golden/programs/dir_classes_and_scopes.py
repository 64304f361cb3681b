# dir() of a cell's classes and their instances (the MRO's names, object's, the instance's own,
# a __dir__ of the class's), and dir() without an argument in each kind of scope.
class Animal:
    """An animal."""
    kind = 'animal'

    def __init__(self, name):
        self.name = name

    def speak(self):
        return '...'


class Dog(Animal):
    def speak(self):
        return 'woof'

    @property
    def loud(self):
        return self.speak().upper()


class Listed:
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha']


class Empty:
    pass


rex = Dog('rex')
rex.age = 3
print(dir(Empty))
print(dir(Empty()))
print(dir(Animal))
print(dir(Dog))
print(dir(rex))
print(sorted(set(dir(rex)) - set(dir(object))))
print(set(dir(rex)) & {'name', 'age', 'speak', 'loud', '__dict__', '__weakref__'})
print(dir(Listed()))
print(dir(rex.speak))
print(sorted(set(dir(rex.speak)) - set(dir(Empty))))
print('speak' in dir(Dog), 'name' in dir(Dog), 'name' in dir(rex))


class Bad:
    def __dir__(self):
        return 5


try:
    dir(Bad())
except TypeError as e:
    print('TypeError:', e)


def scope(a, b=2, *args, **kwargs):
    c = a + b
    print(dir())
    d = c
    return dir()


print(scope(1))


class Body:
    """doc"""
    x = 1
    print(dir())

    def method(self):
        y = 2
        return dir()

    print(dir())


print(Body().method())
# (dir() at a cell's top level is refused on the page: Jupyter adds IPython's names, see dir.test.ts)
try:
    1 / 0
except ZeroDivisionError as error:
    print('handled', error)
try:
    print(error)
except NameError:
    print('NameError: the handler unbound it')

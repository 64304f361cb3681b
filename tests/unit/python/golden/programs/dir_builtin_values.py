# dir() of built-in values and types: CPython 3.11's sorted lists, printed whole and as a course
# cell uses them (set operations).
def f(a, b=1):
    return a


values = [1, 2.5, True, 'text', [1, 2], (1,), {'a': 1}, {1, 2}, frozenset({3}), None, f, len, print,
          range(3), iter([1]), iter((1,)), iter(range(2)), iter({1}), {'a': 1}.keys(), {'a': 1}.values(),
          {'a': 1}.items(), enumerate([1]), zip([1], [2]), map(abs, [1]), filter(None, [1]),
          int, float, str, list, dict, object, ValueError, ValueError('bad'), KeyError('k')]
for value in values:
    print(type(value).__name__, dir(value))

print(dir(3) == dir(int), dir('') == dir(str))
print(set(dir([])) & {'__iter__', 'append', '__next__'})
print(set(dir(iter([]))) & {'__iter__', '__next__'})
print(set(dir(f)) - set(dir(len)))
print(sorted(set(dir(len)) - set(dir(f))))
print([name for name in dir(str) if not name.startswith('_')])
print(len(dir(dict)), 'keys' in dir({}), '__len__' in dir(None))

try:
    dir(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    dir(obj=1)
except TypeError as e:
    print('TypeError:', e)

# Python's float maths call glibc's pow, exp and log: the last digit must be glibc's, not V8's.
import math

xs = [0.1 * i + 0.013 for i in range(1, 120)]
print([x ** 1.7 for x in xs[:40]])
print([2.5 ** y for y in [-3.3, -1.1, 0.3, 0.7, 1.7, 2.2, 3.9, 7.77]])
print([pow(x, -0.5) for x in xs[40:80]])
print([math.pow(x, 3.3) for x in xs[80:]])
print([x ** 3 for x in xs[:30]], [(-x) ** 3 for x in xs[:10]], [(-x) ** -2 for x in xs[:10]])
print([3 ** -k for k in range(1, 12)], 10 ** -3, 7 ** -0.5)
print([math.exp(x) for x in xs[:60]])
print([math.exp(-x * 3) for x in xs[60:]])
print([math.log(x) for x in xs[:60]])
print([math.log(x, 2) for x in xs[60:90]], [math.log(x, 10) for x in xs[90:]])
print([math.log2(x) for x in xs], [math.log10(x) for x in xs])
print(math.log2(1.03), math.log2(0.97), math.log10(1e-310), math.log2(5e-324), math.log10(float('nan')))
print(math.exp(709.7), math.exp(-745.1), math.exp(-740.0), 1e-300 ** 1.05, 0.5 ** 1074.5)
print(1.0 ** float('nan'), (-1.0) ** float('inf'), 0.0 ** 0.0, (-0.0) ** 3.0, float('-inf') ** 0.5, float('inf') ** -2.0)
print(math.pow(1.0, float('nan')), math.pow(2.0, float('-inf')), math.log(float('inf')), math.exp(float('-inf')))

cases = [
    ('2.0 ** 1e4', lambda: 2.0 ** 1e4),
    ('0.0 ** -1.5', lambda: 0.0 ** -1.5),
    ('0 ** -2', lambda: 0 ** -2),
    ('math.exp(710.0)', lambda: math.exp(710.0)),
    ('math.pow(0.0, -1.0)', lambda: math.pow(0.0, -1.0)),
    ('math.pow(-2.0, 0.5)', lambda: math.pow(-2.0, 0.5)),
    ('math.pow(10.0, 400.0)', lambda: math.pow(10.0, 400.0)),
    ('math.log(0.0)', lambda: math.log(0.0)),
    ('math.log(-1.0)', lambda: math.log(-1.0)),
    ('math.log(2.0, 1.0)', lambda: math.log(2.0, 1.0)),
    ('math.log(2.0, -3.0)', lambda: math.log(2.0, -3.0)),
    ('math.log2(0.0)', lambda: math.log2(0.0)),
    ('math.log10(-1.0)', lambda: math.log10(-1.0)),
    ('pow(2.0, 1024)', lambda: pow(2.0, 1024)),
]
for text, compute in cases:
    try:
        print(text, '->', repr(compute()))
    except Exception as error:
        print(text, '->', type(error).__name__, error)

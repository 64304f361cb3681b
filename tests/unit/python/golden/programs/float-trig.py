# math.sin, cos, tan, atan, atan2, asin and acos call glibc's IBM routines: the last digit must be glibc's, not V8's (fdlibm's).
import math

xs = [0.05 * i - 5.013 for i in range(200)]
print([math.sin(x) for x in xs[:100]])
print([math.cos(x) for x in xs[100:]])
print([math.tan(x) for x in xs[::2]])
print([math.atan(x) for x in xs[1::2]])
print([math.atan(1.7 ** k) for k in range(-40, 41, 3)])
ts = [i * 0.37 for i in range(1, 60)]
print([round(math.sin(t) * 100, 6) for t in ts[:10]], [math.sin(2 * math.pi * t) for t in ts[:20]])
print([math.cos(t) ** 2 + math.sin(t) ** 2 for t in ts])
print(math.sin(1e-9), math.sin(-0.0), math.cos(1e-9), math.tan(1e-10), math.atan(-1e-10), math.atan(5e-324))
print(math.sin(math.pi), math.cos(math.pi / 2), math.tan(math.pi / 4), math.atan(1.0) * 4)
print(math.sin(1e6), math.cos(123456.789), math.tan(99999.5), math.sin(3e8), math.cos(1e22), math.tan(1e300), math.sin(-1.7e308))
print(math.atan(float('inf')), math.atan(float('-inf')), math.atan(1e16), math.atan(20.0), math.atan(float('nan')))
print(math.sin(float('nan')), math.cos(float('nan')), math.tan(float('nan')))
print([math.atan2(y, x) for y, x in zip(xs[:100], xs[100:])], [math.atan2(x, -0.3) for x in xs[::7]])
print(math.atan2(1e-320, 3.0), math.atan2(-5.0, 1e-320), math.atan2(1e300, -1e-300))
inf, nan = float('inf'), float('nan')
us = [i / 97 - 1.0 for i in range(195)] + [1 - 2.0 ** -k for k in range(5, 54, 4)]
print([math.asin(u) for u in us[::2]], [math.acos(u) for u in us[1::2]])
print(math.asin(1.0), math.asin(-1.0), math.acos(1.0), math.acos(-1.0), math.asin(-0.0), math.acos(1e-17), math.asin(1e-9), math.acos(nan))
print([math.atan2(y, x) for y in (0.0, -0.0, 2.0, -2.0, inf, -inf) for x in (0.0, -0.0, 3.0, -3.0, inf, -inf)], math.atan2(nan, 1.0), math.atan2(inf, nan))

cases = [
    ('math.sin(inf)', lambda: math.sin(float('inf'))),
    ('math.cos(-inf)', lambda: math.cos(float('-inf'))),
    ('math.tan(inf)', lambda: math.tan(float('inf'))),
    ('math.sin(2)', lambda: math.sin(2)),
    ('math.sin()', lambda: math.sin()),
    ("math.cos('1')", lambda: math.cos('1')),
    ('math.asin(1.0000000000000002)', lambda: math.asin(1.0000000000000002)),
    ('math.acos(-2)', lambda: math.acos(-2)),
    ('math.asin(inf)', lambda: math.asin(inf)),
    ('math.atan2(1.0)', lambda: math.atan2(1.0)),
    ("math.atan2(1, 'x')", lambda: math.atan2(1, 'x')),
]
for text, compute in cases:
    try:
        print(text, '->', repr(compute()))
    except Exception as error:
        print(text, '->', type(error).__name__, error)

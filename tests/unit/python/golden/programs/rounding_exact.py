# round(x, n) rounds the exact binary value half to even in decimal, like CPython's float.__round__.
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(2.5), round(3.5), round(0.5), round(-0.5), round(-1.5))
print(round(1234.5, -1), round(1235.0, -1), round(1225.0, -1), round(1250.0, -2), round(-1250.0, -2), round(15.0, -1), round(25.0, -1))
print(round(0.5, 0), round(1.5, 0), round(-0.5, 0), round(-0.4, 0), round(-0.04, 1), round(0.0, 3), round(-0.0, -2))
print(round(1e-05, 5), round(1e-05, 4), round(1e16, -16), round(123456789.0, -3), round(0.1 + 0.2, 16), round(1/3, 10), round(2.5e-5, 5))
print(round(1.7976931348623157e308, -300), round(1e300, -301), round(5e-324, 324), round(5e-324, 400), round(123.456, -400), round(-123.456, -400))
print(round(float("inf"), 2), round(float("-inf"), -1), round(float("nan"), 0), round(7, 2), round(-15, -1), round(25, -1), round(10**30 + 5 * 10**28, -29))
print(round(0.03125, 4), round(0.0625, 3), round(0.15, 1), round(0.25, 1), round(0.35, 1), round(0.45, 1), round(1.45, 1), round(2.45, 1))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print(repr(e))

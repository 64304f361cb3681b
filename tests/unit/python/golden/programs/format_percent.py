# printf-style formatting of numbers: '%' with flags, width and precision.
for v in [0.125, 2.5, 0.5, 3.5, 0.03125, 1e-05, 1e16, 123456789.0, -0.0, float("inf"), float("-inf"), float("nan"), 2.675]:
    print("%.1e|%.2f|%g|%5.1f|%-8.3e|%+.2e|%010.3f|%#.0f|%#g|%G|%E|% f" % (v, v, v, v, v, v, v, v, v, v, v, v))
for n in [0, 7, -7, 42, 10**30, True]:
    print("%+d|%5d|%-5d|%05d|%.3d|%x|%#x|%#X|%o|%#o|%+.4d|%e" % (n, n, n, n, n, n, n, n, n, n, n, n))
print("%d %i %u" % (3.99, -3.99, 2.5), "%c%c" % (72, "i"), "%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abc", "abc"), "%r %s" % (0.1, 0.1))
print("%*d|%-*d|%.*f|%*.*f|" % (5, 42, 5, 42, 2, 0.125, 8, 3, 2.5), "%(x).3f %(n)05d %(x)s" % {"x": 0.0625, "n": 42}, "%%d %d%%" % 5)
for template, args in [("%d", "x"), ("%x", 2.5), ("%f", "x"), ("%c", "ab"), ("%d %d", (1,)), ("%d", (1, 2)), ("%q", 5), ("abc%", ()), ("%(a)s", 5), ("%e", 10**400), ("%d", float("nan")), ("%d", float("inf"))]:
    try:
        print(template % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(e))

# f-strings and format specs
x = 3.14159265
n = 42
s = "hi"
print(f"{x}", f"{x:.2f}", f"{x:.4f}", f"{x:10.3f}|", f"{x:<10.2f}|", f"{x:^10.1f}|", f"{x:+.2f}", f"{-x:.2f}")
print(f"{n}", f"{n:5d}|", f"{n:<5d}|", f"{n:05d}", f"{n:x}", f"{n:X}", f"{n:o}", f"{n:b}", f"{n:#x}", f"{n:,}", f"{1234567:,}", f"{1234567:_}")
print(f"{s}", f"{s:>5}|", f"{s:<5}|", f"{s:^6}|", f"{s:*^7}", f"{s!r}", f"{s!s}", f"{n!r}")
print(f"{x:e}", f"{x:.2e}", f"{0.00012345:.3e}", f"{12345678.9:E}", f"{x:g}", f"{0.00001234:g}", f"{1234567.0:g}", f"{100.0:g}", f"{x:.3g}")
print(f"{0.5:%}", f"{0.25:.1%}", f"{1e-10:.4f}", f"{2.5:.0f}", f"{3.5:.0f}", f"{0.125:.2f}", f"{1.0:.3}", f"{123.456:.2}", f"{1e20:.2f}")
print(f"{n=}", f"{x = :.2f}", f"{n + 1}", f"{'nested'}", f"{[1, 2]}", f"{ {'a': 1} }", f"{{literal}}")
w, p = 10, 3
print(f"{x:{w}.{p}f}|", f"{n:>{w}}|")
print(f"{True}", f"{None}", f"{True:d}", f"{n:.2f}", f"{-0.0}", f"{1e16}", f"{1.5:5}|", f"{7:+d}", f"{-7: d}", f"{7: d}")
print("{} and {}".format(1, "two"), "{1} {0}".format("a", "b"), "{x:.2f}".format(x=2.5), "{:>4}|".format(7), "{{}}".format())
print("%d items cost %.2f (%s) %r %5.1f%%" % (3, 9.5, "ok", "ok", 12.34))
print("%s" % 5, "%x" % 255, "%05d" % 42, "%-5d|" % 42, "%+d" % 5, "%e" % 12345.678, "%g" % 0.0001)
print(format(x, ".3f"), format(n, "04d"), format("s", ">3"), format(1.0), format(12))

# repr/str and every presentation type for the values whose text has special rules.
values = [1e-05, 1e16, 123456789.0, -0.0, 0.0, float("inf"), float("-inf"), float("nan"), 1e-4, 9999999999999998.0, 5e-324, 1.7976931348623157e308]
for v in values:
    print(repr(v), str(v), v, [v], f"{v}", f"{v!r}", format(v))
for v in values:
    print(" ".join(format(v, spec) for spec in ["e", "E", "f", "F", "g", "G", "n", "%", ".0", ".3", ".17", "#", "#g", "#.0e", "+", " ", "z.1f", "010.2f", "^12.3e", "<8", "*>10g", ",.1f", "_.2e"]))
print(format(-0.0001, "z.2f"), format(-0.0, "z"), format(-0.0, "z.0e"), format(-1e-10, "z.3g"), format(float("nan"), "+"), format(float("inf"), "+010"))
print(f"{123.0:.3}", f"{123.0:.3g}", f"{1234.5:.4}", f"{0.0001:.1}", f"{1e-5:.3}", f"{100.0:.2}", f"{1.0:.1}")
print(f"{1.5:#.0e}", f"{2.0:#.0f}", f"{2.0:#.3g}", f"{0.0:#.3g}", f"{1e20:#g}", f"{1e-20:#.2g}")
print(f"{1234567.891:,.2f}", f"{1234567.891:_.1f}", f"{1.5:010,.2f}", f"{1.5:020,.2f}", f"{-1.5:012,}", f"{1234.5:0=12,.1f}", f"{0.5:,%}")
print(f"{1e21:f}", f"{1e22:.2f}", f"{2**70 + 0.0:,.0f}", f"{1e-7:.20f}", f"{0.1:.30f}", f"{0.1:.25e}")
errors = [(1.5, "x"), (1.5, "d"), (1.5, ",n"), (1.5, ".2,f"), (1.5, "._2f"), (1.5, ",_f"), (1.5, "."), ("s", "+"), ("s", " "), ("s", "=5"), ("s", "#"), ("s", "z"), ("s", ","), (5, ".2"), (5, "z"), (5, ",x"), (5, "+c"), (True, "s")]
for value, spec in errors:
    try:
        print(format(value, spec))
    except ValueError as e:
        print(repr(e))

# A grid of values where exact decimal ties are common (multiples of 1/32, halves next to powers
# of ten) through every rounding path: format specs, printf-style %, round().
specs = ["%.0f", "%.1f", "%.2f", "%.3f", "%.0e", "%.1e", "%.2e", "%.1g", "%.2g", "%.3g", "%#.2g"]
values = [k / 32 for k in range(-72, 73, 3)] + [h * 10.0 ** e for e in range(-6, 8, 3) for h in (0.95, 9.5, 99.5, 0.125, 0.625)]
for x in values:
    fmt = " ".join(format(x, s[1:]) for s in specs)
    printf = " ".join(s % x for s in specs)
    print(repr(x), fmt, printf == fmt, f"{x:.1} {x:.2} {x:.3}", round(x), round(x, 1), round(x, 2), round(x, -1))

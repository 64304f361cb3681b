# Exact ties: the binary value sits exactly halfway, and CPython rounds half to even
# (JavaScript's toFixed/toExponential round these away from zero).
x = 0.125
print(f"{x:.1e}", f"{x:.2f}", f"{x:.2g}", f"{x:.2}", f"{x:.1%}", "%.1e" % x, "%.2f" % x, "%.2g" % x)
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -2.5, 4.5, 0.375, 0.625, 1234.5]:
    print(v, f"{v:.0f}", f"{v:.0e}", f"{v:.1g}", f"{v:#.0f}", round(v), round(v, 0), "%.0f" % v, format(v, ".1"))
print(f"{0.03125:.4f}", f"{0.03125:.3e}", f"{0.03125:.3g}", f"{-0.03125:.4f}", f"{0.00015625:.7f}")
print(f"{9.5:.0f}", f"{99.5:.3g}", f"{999.5:.0f}", f"{0.0625:.3f}", f"{0.0625:.2e}", f"{1.0625:.3g}")
print(f"{2.5:.1e}", f"{25.0:.1e}", f"{0.25:.0%}", f"{0.125:.1%}", f"{0.005:.0%}")
# the exponent of 'g' after rounding: 9.5 with 1 digit is 1e+01, 99.5 with 2 digits is 1e+02
print(f"{9.5:.1g}", f"{99.5:.2g}", f"{9.96:.2g}", f"{999.5:.3g}", f"{0.00095:.1g}", f"{9.5:.1}", f"{9.5:#.1g}")
# not ties: the decimal literal is not the binary value
print(f"{2.675:.2f}", f"{1.005:.2f}", f"{0.045:.2f}", f"{1.0000000000000002:.15f}")
# f-string debug form and nested specs
y = 0.125
print(f"{y=:.3e}", f"{y=:.1e}", f"{y = :.2f}", f"{y=}")
w, p = 10, 1
print(f"{y:{w}.{p}e}|", f"{y:<{w}.{p+1}f}|")

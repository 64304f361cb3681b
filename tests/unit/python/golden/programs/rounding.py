# round(): banker's rounding and ndigits
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 0.125, 0.375, 1.005, 123.456, -123.456]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7), round(7, 2))
print(round(1e20), round(2.5e-5, 5), round(0.30000000000000004, 15))

# Arithmetic: / // % ** on ints, floats, negatives, bools, mixed
for a in [7, -7, 7.5, -7.5]:
    for b in [2, -2, 0.5, -3]:
        print(a, b, a / b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** -2, (-2) ** 3, 2.0 ** 0.5, 4 ** 0.5, -2 ** 2, 10 ** 0)
print(True + True, True * 3, 3 - False, 1 / True, -True, +3, ~5, ~-1)
print(1 << 10, 1024 >> 3, 6 & 3, 6 | 3, 6 ^ 3, True & False, True | False)
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 100 * 1.1, 3 * 0.1 == 0.3)
print(1 == 1.0, 1 is 1, 2 != 2.0, 1 < 2.5, "a" < "b", [1, 2] < [1, 3], (1, 2) == (1, 2))
print(abs(-3), abs(-3.5), abs(True), min(3, 1, 2), max([1, 5, 3]), min("hello"), max(1, 2.0))
print(sum([1, 2, 3]), sum([0.1, 0.2, 0.3]), sum([[1], [2]], []), sum(range(101)), sum([], 10))
print(pow(2, 10), pow(2, 10, 1000), pow(2.0, 3))
print(int(3.9), int(-3.9), int("42"), int(" -7 "), int("ff", 16), int(True), int("1_000"))
print(float(3), float("1.5"), float("1e-3"), float(" 2 "), float(True))
print(str(1), str(1.0), str(None), str([1, "a"]), str(True), bool(0), bool([]), bool("x"), bool(0.0))
print(10 / 4, 10 // 4, -10 // 4, 10 % -4, -10 % 4, 2 ** 0.5 * 2 ** 0.5)
print(1e308 * 10, -1e308 * 10, 5 % 3.0, 5.0 % -3)
x = 5
x += 3
x -= 1
x *= 2
x //= 3
x **= 2
x %= 7
print(x)
f = 1.5
f /= 2
f += 1
print(f)
s = "ab"
s *= 3
s += "!"
print(s)

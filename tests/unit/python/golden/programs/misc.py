# Annotations, Korean names, semicolons, chained assignment, dict views, print details
def scale(x: float, k: int = 2) -> float:
    return x * k
손실 = scale(0.25)
학습률: float = 0.05
print(손실, 학습률, f"{손실=}")
a = b = [0]
a.append(1); b.append(2); print(a, b, a is b)
d = {"w0": -1, "w1": 5}
print(d.keys(), d.values(), d.items(), len(d.keys()), "w0" in d.keys(), ("w1", 5) in d.items(), 5 in d.values())
for k, v in d.items():
    print(k, "=", v, sep="", end="; ")
print()
print(sorted(d), sorted(d.values()), list(d.items())[0], bool({}.keys()))
print("a", "b", sep="")
print("no newline", end="")
print()
print()
print(*[1, 2, 3], sep=", ")
print(-0.0, str(-0.0), round(-0.4), round(-0.0, 1), int("-0"), 0.0 == -0.0)
print("%5s|%-5s|%05.1f|%+.2e" % ("a", "b", 3.14159, 12345.6789))
x = 10
def use_global():
    return x * 2
print(use_global())
if x > 5: print("big"); print("still big")
while x > 8: x -= 1
print(x)
values = [3, 1, 2]
values.sort(key=lambda v: -v)
print(values, values[::-1], values[-1:], values[:-1])
print("%.3f" % (1 / 3), "{:.2%}".format(0.4567), f"{1e-7:.2e}", f"{123456789:,}", f"{0.000123:g}", f"{1234.5:.1f}")
nested = {"a": [1, {"b": (2, 3)}]}
print(nested, nested["a"][1]["b"][0])
print(2 ** 64, -(2 ** 64) // 3, (2 ** 64) % 7, abs(-(2 ** 70)), float(2 ** 53 + 1))
print(1e16 + 1, 0.1 * 3, 1 / 3 * 3, 10 ** -2, 2 ** 0.5)
print(max(0.1, 0.2), min(-1, -1.0), round(2.5) + round(3.5), 7 // -2, -7 // -2, 7 % -3)

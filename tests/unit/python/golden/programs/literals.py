# Literals: int, float, str, bool, None, list, tuple, dict
print(1, 1.0, -0.0, 0.1, 1e-05, 1e-4, 0.0001, 1e16, 1e15, 123456789012345678.0, 1.5e300, 2.5e-300)
print(0x1F, 0o17, 0b101, 1_000_000, 3.14_15, .5, 5., 1e3)
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(True, False, None, "text", 'single', "it's", 'say "hi"', """triple
quoted""", 'tab\there', r'raw\n', "esc\\aped", "\x41\u00e9\101")
print([1, 2.5, "a", None, True], (1,), (), (1, 2), {"a": 1, 2: [3]}, {}, [])
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("new\nline"), repr("\t\x01"))
print(repr(1.0), repr(100.0), repr(1/3), repr(2/3), repr(1e22), repr(1e21), repr(12345678901234567.0))
print(2**100, -2**63, 10**20, 7 // 2, 7.0 // 2)
print("adjacent" "strings", 'mixed' + "quotes")
x = [
    1,
    2,  # comment inside brackets
]
y = 1 + \
    2
print(x, y)
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(None), type(True))

# str methods and operations
s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip(), s.upper(), s.lower(), s.strip().split(", "))
print("a,b,,c".split(","), "a b  c".split(), "a b c".split(None, 1), "x=1".split("=", 1))
print("-".join(["a", "b", "c"]), "".join(str(i) for i in range(5)), ", ".join(map(str, [1, 2.5])))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".startswith("he"), "hello".endswith(("lo", "x")))
print("hello".find("l"), "hello".find("z"), "hello".index("o"), "hello".count("l"), "hello"[1:4], "hello"[::-1], "hello"[-1])
print("ab" * 3, "ab" + "cd", "b" in "abc", "z" not in "abc", len("héllo"), "héllo"[1], "abc" < "abd")
print("42".zfill(5), "-42".zfill(5), "x".center(5, "*"), "x".ljust(3, "."), "x".rjust(3, "."), "hello world".title(), "hELLO".capitalize())
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "   ".isspace(), "a\nb\n".splitlines())
print(str(12) + "3", repr("x"), ord("A"), chr(97), "%s-%s" % ("a", "b"))
for ch in "abc":
    print(ch, end=" ")
print()

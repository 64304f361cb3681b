# try/except/else/finally, raise, assert
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    finally:
        print("finally runs")
print(safe_div(1, 2), safe_div(1, 0))
try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e), e)
try:
    {}["k"]
except LookupError as e:
    print("lookup", e, e.args)
try:
    raise ValueError("bad value", 3)
except ValueError as e:
    print(repr(e), str(e))
try:
    int("x")
except Exception as e:
    print("exc", e)
else:
    print("no")
try:
    pass
except Exception:
    print("no")
else:
    print("else branch")
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
def reraise():
    try:
        undefined_name
    except NameError:
        print("handling")
        raise
try:
    reraise()
except NameError as e:
    print("outer:", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)

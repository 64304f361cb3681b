f = lambda v: v / 0
print("ok")
f(1)

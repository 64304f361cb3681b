def g(a, b):
    return a / b
print(
    g(1,
      0)
)

print("x"(1))

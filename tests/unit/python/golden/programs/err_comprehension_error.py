data = [1, 2, 0]
inv = [1 / v for v in data]

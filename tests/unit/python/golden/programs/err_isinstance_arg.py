isinstance(1, 2)

set(1)

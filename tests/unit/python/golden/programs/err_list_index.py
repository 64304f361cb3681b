a = [1, 2]
a.index(5)

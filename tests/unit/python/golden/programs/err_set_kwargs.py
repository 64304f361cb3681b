print(set(x=1))

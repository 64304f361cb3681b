t = (1,)
t.append(2)

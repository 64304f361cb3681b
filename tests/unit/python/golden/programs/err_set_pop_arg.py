s = {1}
s.pop(0)

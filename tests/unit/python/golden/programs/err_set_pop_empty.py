s = {1}
s.pop()
s.pop()

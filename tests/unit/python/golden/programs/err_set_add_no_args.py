s = set()
s.add()

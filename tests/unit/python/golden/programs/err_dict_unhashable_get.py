d = {}
d.get([1])

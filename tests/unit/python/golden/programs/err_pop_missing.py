d = {}
d.pop("k")

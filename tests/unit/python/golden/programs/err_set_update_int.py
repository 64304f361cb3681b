s = {1}
s.update([1], 5)

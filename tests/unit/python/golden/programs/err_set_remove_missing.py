s = {1, 2}
s.remove(2)
s.discard(5)
s.remove({3})

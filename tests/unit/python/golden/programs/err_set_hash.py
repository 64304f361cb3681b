print(hash({1}))

x = lenn([1])

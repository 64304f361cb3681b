class Net:
    pass


Net(3)

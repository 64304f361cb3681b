class Net:
    pass


Net.missing

class Net:
    def __init__(self, n):
        self.n = n


print(Net(1).n)
Net()

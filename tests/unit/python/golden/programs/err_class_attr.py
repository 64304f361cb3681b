class Net:
    def __init__(self):
        self.size = 3


net = Net()
print(net.size)
print(net.foo)

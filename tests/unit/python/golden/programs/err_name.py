x = 1
print(x)
print(yhat)

Yhat = 1
print(yhat)

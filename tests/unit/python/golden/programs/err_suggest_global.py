yhat = 1
loss = yhatt * 2

손실값 = 1
print(손실갑)

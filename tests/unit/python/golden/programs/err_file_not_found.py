x = 1
df = open('2022-10-04-dnnex0.csv').read()

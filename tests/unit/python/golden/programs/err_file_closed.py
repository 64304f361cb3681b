with open('regression.csv') as f:
    header = f.readline()
rows = f.readlines()

print(f"{5:q}")

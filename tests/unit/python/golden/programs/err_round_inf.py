round(float("inf"))

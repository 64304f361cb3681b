"abc"[5]

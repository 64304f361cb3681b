text = open('korean.txt').read()
print(text)
broken = open('bad-utf8.txt').read()

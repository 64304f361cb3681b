# Universal newlines in text mode, positions as byte offsets, and Korean text.
f = open('crlf.txt')
print(repr(f.read(3)), f.tell())
print(repr(f.readline()))
print(f.seek(2), repr(f.read()), f.tell())
print(open('crlf.txt').readlines(), open('crlf.txt').read().split('\n'))

k = open('korean.txt')
print(repr(k.read(3)), k.tell())
print(repr(k.readline()), k.tell())
print(k.seek(10), repr(k.readline(4)), k.tell())
print(open('korean.txt').read().splitlines())
print(len(open('korean.txt').read()), len(open('korean.txt', 'rb').read()))

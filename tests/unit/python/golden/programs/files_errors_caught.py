# The errors of opening and reading files, caught: their types, messages and attributes.
import urllib.error
import urllib.request


def attempt(action):
    try:
        print('ok', repr(action()))
    except Exception as e:
        print(type(e).__name__, '|', e)


try:
    open('nope.csv')
except FileNotFoundError as e:
    print(repr(e), e.args, e.errno, e.strerror)
    print(isinstance(e, OSError), isinstance(e, FileNotFoundError), type(e))
try:
    open('nope.csv')
except OSError as e:
    print('OSError catches it:', e)

attempt(lambda: open(''))
attempt(lambda: open('https://raw.githubusercontent.com/guebin/DL2022/main/posts/II.%20DNN/2022-10-04-dnnex0.csv'))
attempt(lambda: open('regression.csv', 'z'))
attempt(lambda: open('regression.csv', 'rr'))
attempt(lambda: open('regression.csv', 'rbt'))
attempt(lambda: open('regression.csv', 'rw'))
attempt(lambda: open('regression.csv', ''))
attempt(lambda: open('regression.csv', 'b'))
attempt(lambda: open('regression.csv', 'rb', encoding='utf-8'))
attempt(lambda: open('regression.csv', 'rb', errors='strict'))
attempt(lambda: open('regression.csv', 'rb', newline=''))
attempt(lambda: open('regression.csv', 'r', 0))
attempt(lambda: open('regression.csv', mode=3))
attempt(lambda: open('regression.csv', encoding=3))
attempt(lambda: open('regression.csv', foo=3))
attempt(lambda: open())
attempt(lambda: open(None))
attempt(lambda: open(3.5))
attempt(lambda: open('regression.csv', 'r', -1, None, None, 'x'))

f = open('regression.csv')
attempt(lambda: f.write('x'))
attempt(lambda: f.write(1))
attempt(lambda: f.writelines([]))
attempt(lambda: f.writelines(['x']))
attempt(lambda: f.read(2.0))
attempt(lambda: f.read(1, 2))
attempt(lambda: f.read(size=1))
attempt(lambda: f.readline(None))
attempt(lambda: f.readlines(hint=1))
attempt(lambda: f.tell(1))
attempt(lambda: f.seek())
attempt(lambda: f.seek(1, 1))
attempt(lambda: f.seek(1, 2))
attempt(lambda: f.seek(0, 3))
attempt(lambda: f.seek(-1))
try:
    f.write('x')
except ValueError as e:
    print('ValueError catches', type(e), e)
try:
    f.write('x')
except OSError as e:
    print('OSError catches', e)
f.close()
for name in ['read', 'readline', 'readlines', 'tell', 'readable', '__enter__']:
    attempt(getattr(f, name))
attempt(lambda: f.seek(0))
attempt(lambda: next(f))
attempt(lambda: list(f))
attempt(lambda: f.write('x'))

b = open('regression.csv', 'rb')
attempt(lambda: b.write('x'))
attempt(lambda: b.read(-5))
attempt(lambda: b.read('a'))
attempt(lambda: b.readlines(2.0))
attempt(lambda: b.seek(-1))
attempt(lambda: b.seek(0, 5))
attempt(lambda: b.seek(1.5))
attempt(lambda: b.close(1))
b.close()
for name in ['read', 'readline', 'readlines', 'tell', 'readable']:
    attempt(getattr(b, name))
attempt(lambda: b.seek(0))
attempt(lambda: b.write('x'))
attempt(lambda: b.writelines([]))

bad = open('bad-utf8.txt', 'rb').read()
print(bad)
attempt(lambda: open('bad-utf8.txt').read())
attempt(lambda: bad.decode())
attempt(lambda: bad[:3].decode())
attempt(lambda: bad[2:].decode())
attempt(lambda: open('korean.txt', 'rb').read()[:2].decode())
attempt(lambda: open('korean.txt', 'rb').read()[1:5].decode())
attempt(lambda: bad[5])
attempt(lambda: bad['a'])
attempt(lambda: 'a' in bad)
attempt(lambda: 300 in bad)
try:
    bad.decode()
except ValueError as e:
    print(type(e).__name__, isinstance(e, UnicodeError))

attempt(lambda: urllib.request.urlopen('regression.csv'))
attempt(lambda: urllib.request.urlopen(3))
print(urllib.error.URLError, urllib.error.HTTPError)
e = urllib.error.URLError('why')
print(repr(e), e.args, e.reason, e.errno, isinstance(e, OSError))
print(issubclass(urllib.error.HTTPError, urllib.error.URLError), issubclass(urllib.error.URLError, OSError))

# Files are iterated by line, entered with `with`, and are their own iterators.
with open('regression.csv') as f:
    print(f.closed)
    header = next(f)
    print(repr(header))
    for i, line in enumerate(f):
        if i < 3:
            print(i, line.rstrip())
    print(i)
print(f.closed)

f = open('regression.csv')
print(iter(f) is f)
first = [next(f) for _ in range(2)]
print(first)
rest = list(f)
print(len(rest), rest[-1])
print(next(f, 'done'))
print(list(f))

xs = []
ys = []
with open('regression.csv') as f:
    f.readline()
    for line in f:
        x, y = line.strip().split(',')
        xs.append(float(x))
        ys.append(float(y))
print(len(xs), min(xs), max(ys))
print(round(sum(xs) / len(xs), 6), round(sum(ys) / len(ys), 6))

for line in open('crlf.txt'):
    print(repr(line))
print([len(line) for line in open('korean.txt')])

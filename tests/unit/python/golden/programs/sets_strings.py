# String order is that of PYTHONHASHSEED=0 (SipHash-1-3 over the PEP 393 buffer).
print(hash('abc'), hash(''), hash('a'), hash('가'), hash('한국어'), hash('😀'), hash('a😀'), hash('é'), hash('abcdefgh'), hash('abcdefghijklmnop'))
print({'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape'})
print({'가', '나', '다', '라', '마', '바', '사'})
print({'😀', '🎉', 'a', '가', 'é', 'z'})
words = 'the quick brown fox jumps over the lazy dog and the cat sat on the mat'.split()
print(set(words))
print(set('mississippi'), set('딥러닝 딥러닝'))
print({w: len(w) for w in set(words)})
s = set()
for i in range(30):
    s.add(f'item{i}')
print(s)
print({('a', 1), ('b', 2), ('가', 3)}, {frozenset({'x'}), frozenset({'y', 'z'})})

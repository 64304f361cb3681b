def f(learning_rate):
    return learnig_rate * 2
f(1)

def inner(v):
    return v + undefined_thing

def outer():
    return inner(1)

outer()

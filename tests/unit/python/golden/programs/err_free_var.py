def outer():
    def inner():
        return assigned_too_late
    result = inner()
    assigned_too_late = 1
    return result
outer()

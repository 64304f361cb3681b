class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def intro(self):
        return f"I am {self.name}, {self.speak()}"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks

    def speak(self):
        return f"{self.name} barks"


class Puppy(Dog):
    def __init__(self, name):
        super().__init__(name, [])

    def speak(self):
        return super().speak() + " softly"


a = Animal("generic")
d = Dog("rex", ["sit"])
p = Puppy("bit")
for x in [a, d, p]:
    print(x.intro(), x.kind, type(x).__name__)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(d, Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, (int, Animal)), issubclass(Dog, object))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__)


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])


class Base:
    def __init__(self):
        self.items = []
        self.setup()

    def setup(self):
        self.items.append("base")


class Child(Base):
    def setup(self):
        super().setup()
        self.items.append("child")


print(Child().items)


class NoInit(Animal):
    pass


print(NoInit("n").speak())


class Explicit(Animal):
    def __init__(self, name):
        Animal.__init__(self, name.upper())


print(Explicit("e").name)
print(super(Dog, d).speak())

print({1}.issubset(5))

import notamodule

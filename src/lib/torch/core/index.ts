// The torch core as a TypeScript API, for tests and the bench (the Python binding is ../python/).
export { Tensor, scalarTensor, wrapNumber, type DType, type Operand } from './tensor';
export { backward, noGrad, isGradEnabled, setGradEnabled } from './autograd';
export { add, sub, mul, div, pow, eq, ne, lt, le, gt, ge, logicalAnd, logicalOr } from './elementwise';
export { exp, log, sigmoid, tanh, sqrt, neg, abs, relu, toFloat, toLong, toBool } from './unary';
export { sum, mean, max, min } from './reduce';
export { matmul, linear, transpose } from './linalg';
export { reshape, view, flatten, squeeze, unsqueeze, clone, detach, cat, stack } from './reshape';
export { getItem, setItem, type IndexKey, type IndexItem, type Slice } from './indexing';
export { tensor, setRequiresGrad, full, zeros, ones, arange, linspace, rand, randn, bernoulli, type Nested } from './creation';
export { tensorRepr, PRINT_OPTIONS } from './format';
export { mseLoss, binaryCrossEntropy, binaryCrossEntropyWithLogits, type Reduction } from './losses';
export { Module, Linear, Sequential, Sigmoid, ReLU, Tanh, MSELoss, BCELoss, BCEWithLogitsLoss, parameter } from './nn';
export { Optimizer, SGD, Adam, type SGDOptions, type AdamOptions } from './optim';
export { TorchGenerator, manualSeed } from './generator';

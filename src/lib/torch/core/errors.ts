// An error the core raises with the Python exception type PyTorch raises when it is not
// RuntimeError (the binding's default for library errors): BCELoss's ValueError, numpy's
// NotImplementedError.
export class TorchError extends Error {
  constructor(
    readonly pyType: 'ValueError' | 'NotImplementedError' | 'TypeError' | 'IndexError' | 'RuntimeError' | 'AssertionError',
    message: string,
  ) {
    super(message);
  }
}

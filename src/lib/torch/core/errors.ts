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

/**
 * A write into a view that autograd would track (PyTorch's CopySlices, which rewrites the base's
 * history): not computed here. One message for every path that can reach it (an in-place op, an
 * index assignment, a view of a tensor that requires grad).
 */
export function trackedViewWriteError(): TorchError {
  return new TorchError(
    'NotImplementedError',
    '기울기를 추적하는 텐서의 뷰(인덱싱·전치 결과)를 제자리에서 바꾸는 것은 아직 지원하지 않습니다. torch.no_grad() 안에서 뷰를 만들어 바꾸거나, 원래 텐서에서 새로 계산하세요 ' +
      '/ in-place writes into a view that requires grad (autograd through CopySlices) are not supported yet',
  );
}

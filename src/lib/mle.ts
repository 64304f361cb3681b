/**
 * Maximum-likelihood fit of logistic regression by Newton's method (= IRLS). SGD with BCE
 * converges to this point, so it is an independent check of the reference trainer and a way to
 * show students how close 10000 epochs get.
 */
import { sigmoid } from './sigmoid';

export interface MaximumLikelihoodFit {
  w0: number;
  w1: number;
  /** Newton iterations used. */
  iterations: number;
}

export function fitMaximumLikelihood(x: ArrayLike<number>, y: ArrayLike<number>, maxIterations = 100): MaximumLikelihoodFit {
  const n = x.length;
  let w0 = 0;
  let w1 = 0;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    // gradient and Hessian of the mean negative log-likelihood
    let g0 = 0, g1 = 0, h00 = 0, h01 = 0, h11 = 0;
    for (let i = 0; i < n; i++) {
      const p = sigmoid(w0 + w1 * x[i]);
      const r = p - y[i];
      const s = p * (1 - p);
      g0 += r;
      g1 += r * x[i];
      h00 += s;
      h01 += s * x[i];
      h11 += s * x[i] * x[i];
    }
    const det = h00 * h11 - h01 * h01;
    if (!(det > 0)) break; // singular: the data are separable and the MLE is at infinity
    const step0 = (h11 * g0 - h01 * g1) / det;
    const step1 = (h00 * g1 - h01 * g0) / det;
    w0 -= step0;
    w1 -= step1;
    if (Math.abs(step0) + Math.abs(step1) < 1e-13 * (1 + Math.abs(w0) + Math.abs(w1))) return { w0, w1, iterations: iteration };
  }
  throw new Error('최대가능도 추정이 수렴하지 않았습니다 (데이터가 완전히 분리됨?). / The maximum-likelihood fit did not converge (separable data?).');
}

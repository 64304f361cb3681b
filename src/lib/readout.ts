// The numbers under a training figure (epoch, loss, ŵ0, ŵ1), for the build-time static figure
// and the live demo alike, so both always say the same thing the same way.

/** Korean number formatting for counts: 10000 -> "10,000". */
export const formatCount = (value: number) => value.toLocaleString('ko-KR');
/** Parameters and losses to four decimals; "—" where there is no finite value. */
export const formatParam = (value: number) => (Number.isFinite(value) ? value.toFixed(4) : '—');

export interface ReadoutValues {
  epoch: number;
  loss: number;
  w0: number;
  w1: number;
}

/** [label, value] pairs of the readout line. */
export function readoutItems(lossName: string, values: ReadoutValues): [string, string][] {
  return [
    ['epoch', formatCount(values.epoch)],
    [`${lossName.toUpperCase()} loss`, formatParam(values.loss)],
    ['ŵ0', formatParam(values.w0)],
    ['ŵ1', formatParam(values.w1)],
  ];
}

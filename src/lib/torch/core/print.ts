// How PyTorch prints what the lecture prints, so the page can show a run's output as Colab
// would (default print options: 4 decimals).

/** A number as torch prints it inside a tensor with the default precision (4 decimals). */
export function formatTorchNumber(value: number): string {
  return value.toFixed(4);
}

/** The text of `list(net.parameters())` for the lecture's Linear(1, 1): weight [[w1]], then bias [w0]. */
export function formatLinearParameters({ w0, w1 }: { w0: number; w1: number }): string {
  return [
    '[Parameter containing:',
    ` tensor([[${formatTorchNumber(w1)}]], requires_grad=True),`,
    ' Parameter containing:',
    ` tensor([${formatTorchNumber(w0)}], requires_grad=True)]`,
  ].join('\n');
}

// rehype-katex only *warns* on a formula it cannot parse and renders it in red.
// A course site must never publish a broken formula, so this plugin, placed after
// rehype-katex, turns those warnings into a failed build naming the file and formula.
import type { VFile } from 'vfile';

export default function rehypeFailOnMathError() {
  return (_tree: unknown, file: VFile) => {
    const mathErrors = file.messages.filter((message) => message.source === 'rehype-katex');
    if (mathErrors.length === 0) return;
    const details = mathErrors
      .map((message) => {
        const where = message.place && 'line' in message.place ? `${message.place.line}행` : '';
        return `  ${where} ${message.cause instanceof Error ? message.cause.message : message.reason}`;
      })
      .join('\n');
    throw new Error(
      `수식을 렌더링할 수 없습니다 / KaTeX could not render math in ${file.path}:\n${details}`,
    );
  };
}

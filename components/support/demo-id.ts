// Each demo on a page gets a stable id (logistic-train-1, logistic-train-2, ...) so a shared
// link like /lectures/x/?lr=0.1#logistic-train-2 configures exactly that demo.

interface RenderContext {
  locals: App.Locals;
}

export function nextDemoId(context: RenderContext, embedName: string): string {
  const counts = (context.locals.demoCounts ??= {});
  counts[embedName] = (counts[embedName] ?? 0) + 1;
  return `${embedName}-${counts[embedName]}`;
}

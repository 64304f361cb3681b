// Each demo on a page gets a stable id (logistic-train-1, logistic-train-2, ...) so a shared
// link like /lectures/x/?lr=0.1#logistic-train-2 configures exactly that demo.

interface RenderContext {
  locals: App.Locals;
}

export function nextDemoId(context: RenderContext, slug: string): string {
  const counts = (context.locals.demoCounts ??= {});
  counts[slug] = (counts[slug] ?? 0) + 1;
  return `${slug}-${counts[slug]}`;
}

// Inside an embed iframe: post the page height and the demo's events to the parent window.
// Messages: { source: 'live-lectures', type: 'resize', height } and
//           { source: 'live-lectures', type: 'demo-progress' | 'demo-done' | 'demo-error', detail }.
export function reportToParent(): void {
  if (window.parent === window) return;
  const post = (message: Record<string, unknown>) => window.parent.postMessage({ source: 'live-lectures', ...message }, '*');
  let lastHeight = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== lastHeight) post({ type: 'resize', height: (lastHeight = height) });
  }).observe(document.documentElement);
  // demo-progress comes once per training chunk: forward the latest once per animation frame.
  let pendingProgress: unknown = null;
  document.addEventListener('demo-progress', (event) => {
    if (pendingProgress === null) {
      requestAnimationFrame(() => {
        if (pendingProgress !== null) post({ type: 'demo-progress', detail: pendingProgress });
        pendingProgress = null;
      });
    }
    pendingProgress = (event as CustomEvent).detail;
  });
  for (const type of ['demo-done', 'demo-error'] as const) {
    document.addEventListener(type, (event) => {
      // The last progress goes first, so the parent never sees progress after done.
      if (pendingProgress !== null) post({ type: 'demo-progress', detail: pendingProgress });
      pendingProgress = null;
      post({ type, detail: (event as CustomEvent).detail });
    });
  }
}

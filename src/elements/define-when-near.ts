// What a lecture page loads up front (a few hundred bytes): it waits until a demo's frame is
// about to scroll into view, then imports the element definitions (./register, with the demo
// list). Until then the demos are plain elements showing their build-time static figures.
// Frames added later (MutationObserver) are watched too. It watches the frames the author
// components put every demo in, not the tags, so the page-load script does not carry the
// demo list. The embed bundle skips this and defines the elements at once.

/** Defines the demo elements once an element matching `frames` nears the viewport. */
export function defineDemosWhenNear(siteRoot: URL, frames: string): void {
  let loading: Promise<unknown> | null = null;
  const load = () => (loading ??= import('./register').then(({ defineDemoElements }) => defineDemoElements(siteRoot)));
  if (!('IntersectionObserver' in window)) return void load();

  const near = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      near.disconnect();
      added.disconnect();
      void load();
    }
  }, { rootMargin: '600px 0px' });
  const watch = (root: ParentNode) => root.querySelectorAll(frames).forEach((demo) => near.observe(demo));
  const added = new MutationObserver((mutations) => {
    for (const node of mutations.flatMap((mutation) => [...mutation.addedNodes])) {
      if (!(node instanceof Element)) continue;
      if (node.matches(frames)) near.observe(node);
      watch(node);
    }
  });
  watch(document);
  added.observe(document.body, { childList: true, subtree: true });
}

// What a lecture page loads up front (a few hundred bytes): it waits until a demo is about to
// scroll into view, then imports the element definitions (./register, with the demo list).
// Until then the demos are plain elements showing their build-time static figures. Demos added
// later (MutationObserver) are watched too. It knows a demo by its tag, which the demo list
// makes end in "-demo", so the page-load script does not carry the list itself. The embed bundle
// skips this and defines the elements at once.

/** A demo element not defined yet: a custom element (not :defined) whose tag ends in -demo. */
function isWaitingDemo(element: Element): boolean {
  return element.localName.endsWith('-demo') && element.matches(':not(:defined)');
}

export function defineDemosWhenNear(siteRoot: URL): void {
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
  const watch = (root: ParentNode) => root.querySelectorAll(':not(:defined)').forEach((element) => isWaitingDemo(element) && near.observe(element));
  const added = new MutationObserver((mutations) => {
    for (const node of mutations.flatMap((mutation) => [...mutation.addedNodes])) {
      if (!(node instanceof Element)) continue;
      if (isWaitingDemo(node)) near.observe(node);
      watch(node);
    }
  });
  watch(document);
  added.observe(document.body, { childList: true, subtree: true });
}

// What a lecture page loads up front (a few hundred bytes): it waits until a demo is about to
// scroll into view, then imports the element definitions (./register). Until then the demos are
// plain elements showing their build-time static figures. Demos added later (MutationObserver)
// are watched too. The embed bundle skips this and defines the elements at once.
import { demos } from './demo-list';

const SELECTOR = demos.map((demo) => demo.tag).join(',');

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
  const watch = (root: ParentNode) => root.querySelectorAll(SELECTOR).forEach((demo) => near.observe(demo));
  const added = new MutationObserver((mutations) => {
    for (const node of mutations.flatMap((mutation) => [...mutation.addedNodes])) {
      if (!(node instanceof Element)) continue;
      if (node.matches(SELECTOR)) near.observe(node);
      watch(node);
    }
  });
  watch(document);
  added.observe(document.body, { childList: true, subtree: true });
}

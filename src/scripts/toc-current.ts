// Marks the section being read in the table of contents (aria-current="true"): the last
// heading that has scrolled past the upper 30% of the screen.
export function markCurrentSection(): void {
  const links = new Map<string, HTMLAnchorElement>();
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')) {
    links.set(decodeURIComponent(link.hash.slice(1)), link);
  }
  const headings = [...links.keys()]
    .map((id) => document.getElementById(id))
    .filter((heading): heading is HTMLElement => heading !== null);
  if (headings.length === 0) return;
  const above = new Set<Element>();
  let current: HTMLAnchorElement | undefined;
  const mark = () => {
    const last = headings.filter((heading) => above.has(heading)).at(-1) ?? headings[0];
    const link = links.get(last.id);
    if (link === current) return;
    current?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'true');
    current = link;
  };
  // The observed area is everything above a line at 30% of the viewport (its top edge pushed far
  // above the page): a heading intersects it exactly while it has scrolled past that line, so
  // every crossing, in either direction and even by a jump ("맨 위로"), reports a change.
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) above.add(entry.target);
      else above.delete(entry.target);
    }
    mark();
  }, { rootMargin: `${document.documentElement.scrollHeight + 10_000}px 0px -70% 0px` });
  for (const heading of headings) observer.observe(heading);
}

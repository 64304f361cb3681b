// What a page with code cells loads up front (a few hundred bytes): it waits until a cell is
// about to scroll into view, or gets keyboard focus, then imports the <torch-cell> definition
// (which loads the editor). The Python worker starts only on the first run.
const SELECTOR = 'torch-cell';

export function defineCellsWhenNear(): void {
  let loading: Promise<unknown> | null = null;
  const load = () => (loading ??= import('./torch-cell').then(({ defineTorchCell }) => defineTorchCell()));
  if (!('IntersectionObserver' in window)) return void load();
  const cells = document.querySelectorAll(SELECTOR);
  if (cells.length === 0) return;
  const near = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      near.disconnect();
      document.removeEventListener('focusin', onFocus);
      void load();
    }
  }, { rootMargin: '200px 0px' });
  const onFocus = (event: FocusEvent) => {
    if (event.target instanceof Element && event.target.closest(SELECTOR)) void load();
  };
  cells.forEach((cell) => near.observe(cell));
  document.addEventListener('focusin', onFocus);
}

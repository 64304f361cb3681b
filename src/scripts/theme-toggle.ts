// The theme button flips between light and dark and remembers the choice; until then
// the page follows the system setting (see global.css).
export function installThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('.theme-toggle');
  if (!button) return;
  const root = document.documentElement;
  const isDark = () =>
    root.dataset.theme === 'dark' ||
    (root.dataset.theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  const reflect = () => button.setAttribute('aria-pressed', String(isDark()));
  reflect();
  button.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Private mode without storage: the choice lasts for this page only.
    }
    reflect();
    root.dispatchEvent(new CustomEvent('themechange', { detail: { theme: next } }));
  });
}

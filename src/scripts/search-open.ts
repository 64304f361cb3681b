// Opens the search dialog from the header button or Ctrl+K / ⌘K. This is all that loads with
// the page; the dialog's code (and pagefind with its index) is fetched on the first open.
export function installSearchShortcut(): void {
  const dialog = document.querySelector<HTMLDialogElement>('.search-dialog');
  const button = document.querySelector<HTMLButtonElement>('.search-open');
  if (!dialog || !button) return;
  let ready: Promise<void> | null = null;
  const open = () => {
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('input')?.focus();
    ready ??= import('./search-dialog').then(({ connectSearchDialog }) => connectSearchDialog(dialog));
  };
  button.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    if (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) {
      event.preventDefault();
      open();
    }
  });
}

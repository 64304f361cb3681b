// A "복사" button on every code block, so students can paste the lecture's code into Colab.
// Runnable cells (<torch-cell>) get theirs in their toolbar instead, copying what the editor
// holds: the cell replaces its static <pre> with the editor, which would take a button placed
// here away with it (the button a reader was about to press).

const COPIED_LABEL_MS = 1500;

/** A button that copies `text()` and says for a moment whether that worked. */
export function copyButton(text: () => string, className: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.textContent = '복사';
  button.setAttribute('aria-label', '코드 복사 / copy code');
  let reset: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text());
      button.textContent = '복사됨';
    } catch {
      button.textContent = '복사 실패';
    }
    clearTimeout(reset);
    reset = setTimeout(() => (button.textContent = '복사'), COPIED_LABEL_MS);
  });
  return button;
}

export function installCopyButtons(): void {
  for (const block of document.querySelectorAll<HTMLPreElement>('pre.astro-code')) {
    if (block.closest('torch-cell')) continue;
    const button = copyButton(() => block.querySelector('code')?.innerText ?? block.innerText, 'copy-code');
    const wrapper = document.createElement('div');
    wrapper.className = 'code-block';
    block.replaceWith(wrapper);
    wrapper.append(block, button);
  }
}

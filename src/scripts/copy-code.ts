// A "복사" button on every code block, so students can paste the lecture's code into Colab.
export function installCopyButtons(): void {
  for (const block of document.querySelectorAll<HTMLPreElement>('pre.astro-code')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = '복사';
    button.setAttribute('aria-label', '코드 복사 / copy code');
    button.addEventListener('click', async () => {
      const code = block.querySelector('code')?.innerText ?? block.innerText;
      try {
        await navigator.clipboard.writeText(code);
        button.textContent = '복사됨';
      } catch {
        button.textContent = '복사 실패';
      }
      setTimeout(() => (button.textContent = '복사'), 1500);
    });
    const wrapper = document.createElement('div');
    wrapper.className = 'code-block';
    block.replaceWith(wrapper);
    wrapper.append(block, button);
  }
}

// The error box shown in place of a demo. Text only (textContent): attribute and query values
// end up in these messages, and must never become markup.

export function showMessage(message: string, details: string[] = []): HTMLElement {
  const box = document.createElement('div');
  box.className = 'll-message';
  box.setAttribute('role', 'alert');
  for (const line of [message, ...details]) {
    const paragraph = document.createElement('p');
    paragraph.textContent = line;
    box.append(paragraph);
  }
  return box;
}

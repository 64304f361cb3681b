// Small DOM builders for the demo controls: labelled, keyboard-usable native elements only.

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export function button(label: string, onClick: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
  const node = element('button', { type: 'button', ...attributes }, [label]);
  node.addEventListener('click', onClick);
  return node;
}

/** A <select> inside its <label>; `onChange` gets the chosen value. */
export function selectField(
  label: string,
  options: { value: string; label: string }[],
  current: string,
  onChange: (value: string) => void,
): HTMLLabelElement {
  const select = element('select');
  for (const option of options) select.append(element('option', { value: option.value }, [option.label]));
  select.value = current;
  select.addEventListener('change', () => onChange(select.value));
  return element('label', {}, [label, select]);
}

/** A number <input> inside its <label>; commits on change (Enter or leaving the field). */
export function numberField(
  label: string,
  current: number,
  limits: { min: number; max: number; step: string },
  onCommit: (raw: string) => void,
): HTMLLabelElement {
  const input = element('input', {
    type: 'number',
    inputmode: 'decimal',
    min: String(limits.min),
    max: String(limits.max),
    step: limits.step,
    value: String(current),
  });
  input.addEventListener('change', () => onCommit(input.value));
  return element('label', {}, [label, input]);
}

/** A link that downloads text made on click (so big CSVs are only built when asked for). */
export function downloadLink(label: string, fileName: string, makeText: () => string): HTMLAnchorElement {
  const link = element('a', { href: '#', download: fileName }, [label]);
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const url = URL.createObjectURL(new Blob([makeText()], { type: 'text/csv;charset=utf-8' }));
    const temporary = element('a', { href: url, download: fileName });
    temporary.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  return link;
}

export { formatCount, formatParam } from '../lib/readout';

export const prefersReducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

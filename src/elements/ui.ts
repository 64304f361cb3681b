import { demoParamSpecs, parseParam, type DemoParamName } from '../lib/params';
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
  param?: DemoParamName,
): HTMLLabelElement {
  const select = element('select', param ? { 'data-control': param } : {});
  for (const option of options) select.append(element('option', { value: option.value }, [option.label]));
  select.value = current;
  select.addEventListener('change', () => onChange(select.value));
  return element('label', {}, [label, select]);
}

let fieldCount = 0;

/**
 * A number <input> for one demo parameter, inside its <label>, with the limits of params.ts.
 * Commits on change (Enter or leaving the field) only when the value is valid; otherwise an
 * inline message beside the field says why, and the demo keeps running on the last good value.
 */
export function paramField(name: DemoParamName, current: number, onCommit: (raw: string) => void): HTMLLabelElement {
  const spec = demoParamSpecs[name];
  if (spec.kind !== 'integer' && spec.kind !== 'number') throw new Error(`${name} is not a number parameter`);
  const errorId = `ll-field-error-${++fieldCount}`;
  const input = element('input', {
    type: 'number',
    inputmode: 'decimal',
    min: String(spec.min),
    max: String(spec.max),
    step: spec.kind === 'integer' ? '1' : 'any',
    value: String(current),
    'data-control': name,
    'aria-describedby': errorId,
  });
  const error = element('span', { class: 'll-field-error', id: errorId, role: 'alert', hidden: '' });
  input.addEventListener('change', () => {
    const parsed = parseParam(name, input.value === '' ? ' ' : input.value);
    if ('error' in parsed) {
      error.textContent = parsed.error.message;
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    error.hidden = true;
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    onCommit(input.value.trim());
  });
  return element('label', {}, [spec.label, input, error]);
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

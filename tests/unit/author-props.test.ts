// Each component's Props and its rows in the authoring guide come from one description
// (components/support/author-props.ts for the non-demo components, the parameter table for the
// demos): every component has guide rows, and each .astro file takes its Props from those docs.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorPropDocs, calloutProps, seededTorchRunProps } from '../../components/support/author-props';
import type { PropsOf } from '../../components/support/prop-docs';
import { authorPropRows, demoPropRows } from '../../src/guide/prop-rows';

const components = readdirSync('components').filter((file) => file.endsWith('.astro')).map((file) => file.replace('.astro', ''));

// Type-level checks: if one of these lines type-checks, `astro check` reports the unused directive.
const callout: PropsOf<typeof calloutProps> = { kind: '외우세요', title: '기억할 것' };
// @ts-expect-error kind is required
const calloutWithoutKind: PropsOf<typeof calloutProps> = { title: '기억할 것' };
// @ts-expect-error kind is one of the documented kinds or their Korean labels
const unknownKind: PropsOf<typeof calloutProps> = { kind: 'tip' };
// @ts-expect-error seed is a number
const textSeed: PropsOf<typeof seededTorchRunProps> = { part: 'bce', seed: 'one' };
void [callout, calloutWithoutKind, unknownKind, textSeed];

describe('author component props', () => {
  it('every component in components/ has a props table in the guide, from exactly one source', () => {
    for (const component of components) {
      const sources = [component in demoPropRows, component in authorPropRows].filter(Boolean);
      expect(sources, component).toEqual([true]);
    }
  });

  it('each non-demo component declares its Props from its docs, and the guide lists every documented prop', () => {
    for (const [component, docs] of Object.entries(authorPropDocs)) {
      const source = readFileSync(`components/${component}.astro`, 'utf8');
      const [, docsName] = source.match(/interface Props extends PropsOf<typeof (\w+)> \{\}/) ?? [];
      expect(docsName, component).toBeDefined();
      expect(source).toMatch(new RegExp(`import \\{[^}]*\\b${docsName}\\b[^}]*\\} from './support/author-props'`));
      expect(authorPropRows[component].map((row) => row.name)).toEqual(Object.keys(docs));
    }
  });

  it('marks required props "(필수)" in the guide', () => {
    const kind = authorPropRows.Callout.find((row) => row.name === 'kind')!;
    expect(kind.defaultValue).toBe('(필수)');
    expect(kind.allowed).toBe('memorise/외우세요, homework/숙제, warning/주의, note/참고');
  });
});

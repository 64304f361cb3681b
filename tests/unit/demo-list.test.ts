// The demo list (src/elements/demo-list.ts) is the one place a demo is registered: every entry
// has its controller, its author component (which renders the entry's tag and takes the entry's
// parameters) and a guide example; and no component renders a demo tag the list lacks. tests/build/demo-list.test.ts checks the built site (iframe pages, guides, page-load script).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demos } from '../../src/elements/demo-list';
import { demoParamSpecs } from '../../src/lib/params';

const componentSource = (name: string) => readFileSync(`components/${name}.astro`, 'utf8');
const guideExamples = readdirSync('src/guide/examples')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => readFileSync(`src/guide/examples/${file}`, 'utf8'));

describe('the demo list', () => {
  it('names each tag, slug and component once, and only parameters of the table', () => {
    for (const field of ['tag', 'slug', 'component'] as const) {
      const values = demos.map((demo) => demo[field]);
      expect(new Set(values).size, field).toBe(values.length);
    }
    for (const demo of demos) {
      expect(demo.tag, demo.tag).toMatch(/^[a-z]+(-[a-z]+)*-demo$/);
      expect(demo.slug, demo.tag).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(demo.title.trim(), demo.tag).not.toBe('');
      expect(demo.params.filter((name) => !(name in demoParamSpecs)), demo.tag).toEqual([]);
    }
  });

  it('gives every entry a controller folder that exports createController', () => {
    for (const demo of demos) {
      const file = `src/elements/demos/${demo.slug}/controller.ts`;
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8'), file).toMatch(/^export const createController: ControllerFactory = /m);
    }
    const folders = readdirSync('src/elements/demos');
    expect(folders.sort()).toEqual(demos.map((demo) => demo.slug).sort());
  });

  it("gives every entry an author component that renders its tag with the entry's parameters", () => {
    for (const demo of demos) {
      expect(existsSync(`components/${demo.component}.astro`), demo.component).toBe(true);
      const source = componentSource(demo.component);
      expect(source, demo.component).toContain(`<${demo.tag}`);
      expect(source, demo.component).toContain(`demoEntryOf('${demo.component}')`);
      expect(source, demo.component).toContain(`DemoParamProps<ParamsOf<'${demo.component}'>>`);
    }
  });

  it('lists every demo tag a component renders', () => {
    const listed = new Set<string>(demos.map((demo) => demo.tag));
    for (const file of readdirSync('components').filter((name) => name.endsWith('.astro'))) {
      const tags = [...componentSource(file.replace('.astro', '')).matchAll(/<([a-z]+(?:-[a-z]+)*-demo)[\s>]/g)].map((match) => match[1]);
      expect(tags.filter((tag) => !listed.has(tag)), file).toEqual([]);
    }
  });

  it('gives every entry an example in the authoring guide', () => {
    for (const demo of demos) {
      const example = guideExamples.find((source) => new RegExp(`^component: ${demo.component}$`, 'm').test(source));
      expect(example, `src/guide/examples/*.mdx with component: ${demo.component}`).toBeDefined();
      expect(example).toContain(`<${demo.component}`);
    }
  });
});

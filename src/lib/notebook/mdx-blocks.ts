// Splits a lecture's MDX body into the blocks a notebook is made of: prose, fenced code, author
// components (self-closing, e.g. <LossCompareDemo />, or wrapping, e.g. <Callout>…</Callout>).
// A line-level reader, not an MDX parser: lectures put components and fences on their own lines
// (the authoring guide's convention), which is all the notebook needs to tell them apart.

export type MdxBlock =
  | { kind: 'prose'; text: string }
  | { kind: 'code'; lang: string; text: string }
  | { kind: 'component'; name: string; props: Record<string, string>; source: string }
  | { kind: 'open'; name: string; props: Record<string, string> }
  | { kind: 'close'; name: string };

const fenceStart = /^(`{3,})\s*([\w-]*)/;
const componentStart = /^<([A-Z][\w]*)\b/;
const componentClose = /^<\/([A-Z][\w]*)>\s*$/;

/** The literal props of a component tag as text (name="…", name={`…`}, name={'…'}, name={2}); expressions are skipped. */
export function literalProps(tag: string): Record<string, string> {
  const props: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w-]+)=(?:"([^"]*)"|\{`([\s\S]*?)`\}|\{'([^']*)'\}|\{(-?[\d.]+)\})/g)) {
    props[match[1]] = match[2] ?? match[3] ?? match[4] ?? match[5] ?? '';
  }
  return props;
}

/** Whether the tag text so far is complete: braces and template literals closed, ending in > or />. */
function tagComplete(text: string): boolean {
  let depth = 0;
  let inTemplate = false;
  for (const char of text) {
    if (char === '`') inTemplate = !inTemplate;
    else if (!inTemplate && char === '{') depth += 1;
    else if (!inTemplate && char === '}') depth -= 1;
  }
  return depth === 0 && !inTemplate && /\/?>\s*$/.test(text);
}

export function mdxBlocks(body: string): MdxBlock[] {
  const lines = body.split('\n');
  const blocks: MdxBlock[] = [];
  let prose: string[] = [];
  const flushProse = () => {
    if (prose.some((line) => line.trim() !== '')) blocks.push({ kind: 'prose', text: prose.join('\n') });
    prose = [];
  };
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index];
    // MDX's own module lines (importing a lecture's run data) are not lecture text.
    if (/^(import|export)\s/.test(line)) continue;
    const fence = fenceStart.exec(line);
    if (fence) {
      const code: string[] = [];
      for (index += 1; index < lines.length && !lines[index].startsWith(fence[1]); index += 1) code.push(lines[index]);
      flushProse();
      blocks.push({ kind: 'code', lang: fence[2], text: code.join('\n') });
      continue;
    }
    const close = componentClose.exec(line.trim());
    if (close) {
      flushProse();
      blocks.push({ kind: 'close', name: close[1] });
      continue;
    }
    // A component starts a block only where a paragraph could (after a blank line); inside a
    // paragraph it is inline text (a <RunValue /> that happens to begin a wrapped line).
    const start = prose.length === 0 || prose.at(-1)!.trim() === '' ? componentStart.exec(line.trim()) : null;
    if (start) {
      let tag = line.trim();
      while (!tagComplete(tag) && index + 1 < lines.length) tag += `\n${lines[(index += 1)]}`;
      flushProse();
      const props = literalProps(tag);
      if (/\/>\s*$/.test(tag)) blocks.push({ kind: 'component', name: start[1], props, source: tag });
      else {
        // A wrapping component may close on its own first line: <Callout kind="note">text</Callout>.
        const inline = new RegExp(`^(<${start[1]}\\b[^>]*>)([\\s\\S]*)</${start[1]}>$`).exec(tag);
        blocks.push({ kind: 'open', name: start[1], props });
        if (inline) {
          if (inline[2].trim()) blocks.push({ kind: 'prose', text: inline[2] });
          blocks.push({ kind: 'close', name: start[1] });
        }
      }
      continue;
    }
    prose.push(line);
  }
  flushProse();
  return blocks;
}

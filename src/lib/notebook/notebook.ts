// A lecture as a Jupyter notebook (nbformat 4.5): prose becomes markdown cells (TeX kept as
// $…$ for Jupyter's MathJax), each python code block a code cell, and a ```text block right
// after a "원본 PyTorch 출력:" line becomes that cell's output. Demos, which need the web page,
// become a line pointing to it. Pure: the build endpoint (src/pages/notebooks/) supplies the input.
import { literalProps, mdxBlocks, type MdxBlock } from './mdx-blocks';

/** What a component becomes in the notebook: code cells (with their output) or markdown. */
export type NotebookInsert = { code: string; output?: string } | { markdown: string };

/** How the page's data components appear in a notebook (the build endpoint knows their data). */
export interface NotebookResolver {
  /** A component on its own line (SeededTorchRun); undefined keeps the default note. */
  block?(name: string, props: Record<string, string>): NotebookInsert[] | undefined;
  /** A component inside a paragraph (RunValue): the text it prints. */
  inline?(name: string, props: Record<string, string>): string | undefined;
}

export interface NotebookLecture {
  id: string;
  title: string;
  subtitle?: string;
  summary: string;
  source?: { author: string; course: string; title: string; url: string };
  /** The MDX body, without frontmatter. */
  body: string;
  /** The lecture page's URL (absolute when the site knows its address), linked from the first cell. */
  pageUrl: string;
  resolver?: NotebookResolver;
}

type Cell =
  | { cell_type: 'markdown'; id: string; metadata: Record<string, never>; source: string[] }
  | { cell_type: 'code'; id: string; metadata: Record<string, never>; source: string[]; execution_count: null; outputs: Output[] };
type Output = { output_type: 'execute_result'; execution_count: null; data: { 'text/plain': string[] }; metadata: Record<string, never> };

export const OUTPUT_LABEL = '원본 PyTorch 출력:';
const calloutLabels: Record<string, string> = { memorise: '외우세요', homework: '숙제', warning: '주의', note: '참고' };

/** nbformat stores multi-line text as a list of lines, each but the last ending in \n. */
function sourceLines(text: string): string[] {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  return lines.map((line, index) => (index < lines.length - 1 ? `${line}\n` : line));
}

/** Inline HTML the lectures use (links, <strong>, inline components) as Markdown; lecture links point at the sibling notebook. */
export function proseToMarkdown(text: string, inline?: NotebookResolver['inline']): string {
  return text
    .replace(/<([A-Z]\w*)\b([^>]*?)\/>/g, (tag, name: string) => inline?.(name, literalProps(tag)) ?? tag)
    .replace(/<a href="\.\.\/([\w-]+)\/(#[\w-]*)?"[^>]*>([\s\S]*?)<\/a>/g, (_, id: string, _hash, label: string) => `[${label}](${id}.ipynb)`)
    .replace(/<a href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g, '[$2]($1)')
    .replace(/<strong>([\s\S]*?)<\/strong>/g, '**$1**')
    .replace(/<em>([\s\S]*?)<\/em>/g, '*$1*')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
}

function componentNote(block: Extract<MdxBlock, { kind: 'component' }>, pageUrl: string): string {
  const { name, props } = block;
  if (name === 'Graphviz') {
    const caption = props.caption ? `${props.caption}\n\n` : '';
    return `${caption}\`\`\`dot\ndigraph G{ rankdir="LR"${props.gv ?? ''}; }\n\`\`\``;
  }
  const label = props.title ?? props.caption ?? name;
  return `> 📊 **${label}** — 이 자리의 그림은 강의 페이지에서 브라우저로 직접 실행됩니다: ${pageUrl}`;
}

/** A Graphviz figure right after the code cell that draws it (a gv('''…''') cell) is that cell's output, not a second copy. */
function drawnByLastCell(block: Extract<MdxBlock, { kind: 'component' }>, cells: Cell[]): boolean {
  const last = cells.at(-1);
  const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
  return block.name === 'Graphviz' && last?.cell_type === 'code' && !!block.props.gv && squeeze(last.source.join('')).includes(squeeze(block.props.gv));
}

export function lectureNotebook(lecture: NotebookLecture): object {
  const cells: Cell[] = [];
  // Paragraphs of the markdown cell being gathered; inside a callout they are quoted, and
  // quoted paragraphs are joined by a quoted blank line so they stay one blockquote.
  let markdown: Array<{ text: string; quoted: boolean }> = [];
  let quote = 0;
  const id = () => `cell-${String(cells.length + 1).padStart(3, '0')}`;
  const flush = () => {
    const text = markdown
      .map((part, index) => (index === 0 ? '' : part.quoted && markdown[index - 1].quoted ? '\n>\n' : '\n\n') + part.text)
      .join('')
      .trim();
    if (text) cells.push({ cell_type: 'markdown', id: id(), metadata: {}, source: sourceLines(text) });
    markdown = [];
  };
  const addMarkdown = (text: string) => {
    const trimmed = text.trim();
    if (!trimmed) return;
    const quoted = quote > 0;
    markdown.push({ quoted, text: quoted ? trimmed.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n') : trimmed });
  };

  const credit = lecture.source
    ? `\n\n원 강의: ${lecture.source.author}, ${lecture.source.course} 「[${lecture.source.title}](${lecture.source.url})」`
    : '';
  addMarkdown(`# ${lecture.title}${lecture.subtitle ? `\n\n*${lecture.subtitle}*` : ''}\n\n${lecture.summary}${credit}\n\n강의 페이지(라이브 데모): ${lecture.pageUrl}`);
  flush();

  const blocks = mdxBlocks(lecture.body);
  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'prose') {
      // The label of an output block belongs to the output, not to the prose.
      const next = blocks[index + 1];
      const text = next?.kind === 'code' && next.lang === 'text' ? block.text.replace(new RegExp(`${OUTPUT_LABEL}\\s*$`), '') : block.text;
      addMarkdown(proseToMarkdown(text, lecture.resolver?.inline));
    } else if (block.kind === 'code' && block.lang === 'python') {
      flush();
      cells.push({ cell_type: 'code', id: id(), metadata: {}, source: sourceLines(block.text), execution_count: null, outputs: [] });
    } else if (block.kind === 'code' && block.lang === 'text' && blocks[index - 1]?.kind === 'prose' && new RegExp(`${OUTPUT_LABEL}\\s*$`).test((blocks[index - 1] as { text: string }).text)) {
      // The code cell that printed it: the last one, even if an <Answer> note came in between.
      const last = cells.findLast((cell) => cell.cell_type === 'code');
      if (last?.cell_type === 'code') {
        last.outputs.push({ output_type: 'execute_result', execution_count: null, data: { 'text/plain': sourceLines(block.text) }, metadata: {} });
      } else addMarkdown(`${OUTPUT_LABEL}\n\n\`\`\`text\n${block.text}\n\`\`\``);
    } else if (block.kind === 'code') {
      addMarkdown(`\`\`\`${block.lang}\n${block.text}\n\`\`\``);
    } else if (block.kind === 'component') {
      const inserts = lecture.resolver?.block?.(block.name, block.props);
      if (inserts) {
        for (const insert of inserts) {
          if ('markdown' in insert) addMarkdown(insert.markdown);
          else {
            flush();
            const outputs: Output[] = insert.output ? [{ output_type: 'execute_result', execution_count: null, data: { 'text/plain': sourceLines(insert.output) }, metadata: {} }] : [];
            cells.push({ cell_type: 'code', id: id(), metadata: {}, source: sourceLines(insert.code), execution_count: null, outputs });
          }
        }
      } else if (markdown.length > 0 || !drawnByLastCell(block, cells)) addMarkdown(componentNote(block, lecture.pageUrl));
    } else if (block.kind === 'open' && block.name === 'Callout') {
      const title = block.props.title ?? calloutLabels[block.props.kind] ?? block.props.kind;
      flush();
      quote += 1;
      addMarkdown(`**${title}**`);
    } else if (block.kind === 'open' && block.name === 'Answer') {
      flush();
      addMarkdown(`**${block.props.summary ?? '정답 보기'}** (강의 페이지에서는 접혀 있습니다)`);
      flush();
    } else if (block.kind === 'close' && block.name === 'Callout') {
      flush();
      quote = Math.max(0, quote - 1);
    } else if (block.kind === 'close') {
      flush();
    }
  }
  flush();

  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
      colab: { provenance: [] },
    },
    cells,
  };
}

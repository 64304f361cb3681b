// Turns a fenced block marked runnable, ```python run, into a live code cell: the block is
// wrapped in <TorchCell> (components/TorchCell.astro), which renders <torch-cell> around the
// code. The code node itself stays a code node, so Shiki highlights it as usual and that
// highlighted <pre> is what a reader without JavaScript sees. A plain ```python block is left
// alone. The component is imported into the MDX file here, so a cell works in every MDX page
// (lectures, guide examples) whether or not the page passes `components`.
import { fileURLToPath } from 'node:url';

interface MdastNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  name?: string;
  value?: string;
  children?: MdastNode[];
  [key: string]: unknown;
}

const componentName = 'RunnableTorchCell';
const componentPath = fileURLToPath(new URL('../../components/TorchCell.astro', import.meta.url));

/** True for a ```python fence whose meta words include `run`. */
export function isRunnableFence(node: MdastNode): boolean {
  if (node.type !== 'code' || node.lang !== 'python') return false;
  return (node.meta ?? '').split(/\s+/).includes('run');
}

function importNode(): MdastNode {
  const source = componentPath.replace(/\\/g, '/');
  return {
    type: 'mdxjsEsm',
    value: `import ${componentName} from ${JSON.stringify(source)};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [{
          type: 'ImportDeclaration',
          specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: componentName } }],
          source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
        }],
      },
    },
  };
}

function wrapInCell(code: MdastNode): MdastNode {
  return { type: 'mdxJsxFlowElement', name: componentName, attributes: [], children: [code] };
}

/** Replaces runnable fences below `parent` in place; returns how many it wrapped. */
function wrapRunnableFences(parent: MdastNode): number {
  let count = 0;
  const children = parent.children ?? [];
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (isRunnableFence(child)) {
      children[index] = wrapInCell(child);
      count++;
    } else if (child.children && !(child.type === 'mdxJsxFlowElement' && child.name === componentName)) {
      count += wrapRunnableFences(child);
    }
  }
  return count;
}

export default function remarkRunnableCells() {
  return (tree: MdastNode, file: { path?: string }) => {
    // Plain Markdown has no components: there a runnable fence stays a highlighted block.
    if (file.path !== undefined && !file.path.endsWith('.mdx')) return;
    if (wrapRunnableFences(tree) > 0) tree.children?.unshift(importNode());
  };
}

// `graphviz` as a recorder: Source(dot) and Digraph/Graph builders produce DOT text; shown as a
// cell's last value they become a 'graphviz' display item that the page renders with viz-js.
import {
  HostObject,
  PyList,
  PyModule,
  PyTuple,
  bindArgs,
  hostFunction,
  pyError,
  type DisplayItem,
  type KwArgs,
  type PyValue,
} from '../objects/host';

class Source extends HostObject {
  readonly typeName = 'Source';
  override readonly moduleName = 'graphviz.sources';
  constructor(
    readonly source: string,
    readonly engine: string,
  ) {
    super();
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'source') return this.source;
    if (name === 'engine') return this.engine;
    return undefined;
  }
  override richDisplay(): DisplayItem {
    return { kind: 'graphviz', dot: this.source, engine: this.engine };
  }
}

/** DOT identifiers are quoted unless they are plain words or numbers, as graphviz.quote does. */
function quote(id: string): string {
  if (/^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*$/.test(id) || /^-?(\.\d+|\d+(\.\d*)?)$/.test(id)) return id;
  if (/^<.*>$/s.test(id)) return id;
  return `"${id.replace(/"/g, '\\"')}"`;
}

function attrList(label: PyValue | undefined, attrs: KwArgs | Map<string, PyValue>): string {
  const parts: string[] = [];
  if (label !== undefined && label !== null) parts.push(`label=${quote(String(label))}`);
  for (const [key, value] of attrs) if (value !== null) parts.push(`${key}=${quote(String(value))}`);
  return parts.length ? ` [${parts.join(' ')}]` : '';
}

class Dot extends HostObject {
  override readonly moduleName = 'graphviz.graphs';
  readonly body: string[] = [];
  constructor(
    readonly typeName: 'Digraph' | 'Graph',
    readonly name: string | null,
    readonly engine: string,
    private readonly graphAttrs: Map<string, PyValue>,
    private readonly subgraph = false,
  ) {
    super();
  }
  get source(): string {
    const keyword = this.subgraph ? 'subgraph' : this.typeName === 'Digraph' ? 'digraph' : 'graph';
    const head = this.name ? `${keyword} ${quote(this.name)} {` : `${keyword} {`;
    const graphLine = this.graphAttrs.size ? [`\tgraph${attrList(undefined, this.graphAttrs)}`] : [];
    return [head, ...graphLine, ...this.body, '}'].join('\n') + '\n';
  }
  private readonly edgeOp = () => (this.typeName === 'Digraph' ? '->' : '--');
  override getAttr(name: string): PyValue | undefined {
    switch (name) {
      case 'source':
        return this.source;
      case 'node':
        return hostFunction('node', (args, kwargs) => {
          const a = bindArgs('node', ['name', ['label', null]], args, kwargs, { varkw: '_attrs' });
          this.body.push(`\t${quote(String(a.name))}${attrList(a.label, without(kwargs, 'name', 'label'))}`);
          return null;
        });
      case 'edge':
        return hostFunction('edge', (args, kwargs) => {
          const a = bindArgs('edge', ['tail_name', 'head_name', ['label', null]], args, kwargs, { varkw: '_attrs' });
          this.body.push(`\t${quote(String(a.tail_name))} ${this.edgeOp()} ${quote(String(a.head_name))}${attrList(a.label, without(kwargs, 'tail_name', 'head_name', 'label'))}`);
          return null;
        });
      case 'edges':
        return hostFunction('edges', (args) => {
          const list = args[0];
          if (!(list instanceof PyList || list instanceof PyTuple)) throw pyError('TypeError', 'edges() takes a list of (tail, head) pairs');
          for (const pair of list.items) {
            const [tail, head] = pair instanceof PyTuple || pair instanceof PyList ? pair.items : [String(pair)[0], String(pair)[1]];
            this.body.push(`\t${quote(String(tail))} ${this.edgeOp()} ${quote(String(head))}`);
          }
          return null;
        });
      case 'attr':
        return hostFunction('attr', (args, kwargs) => {
          const kind = args[0] ?? null;
          const target = kind === null ? 'graph' : String(kind);
          if (!['graph', 'node', 'edge'].includes(target)) throw pyError('ValueError', `attr statement must target graph, node, or edge: '${target}'`);
          if (kind === null) for (const [k, v] of kwargs) this.graphAttrs.set(k, v);
          else this.body.push(`\t${target}${attrList(undefined, kwargs)}`);
          return null;
        });
      case 'subgraph':
        return hostFunction('subgraph', (args, kwargs) => {
          const a = bindArgs('subgraph', [['graph', null], ['name', null]], args, kwargs, { varkw: '_attrs' });
          if (a.graph instanceof Dot) {
            this.body.push(...a.graph.source.trimEnd().split('\n').map((line) => `\t${line}`));
            return null;
          }
          return new SubgraphContext(this, new Dot(this.typeName, a.name === null ? null : String(a.name), this.engine, new Map(), true));
        });
    }
    return undefined;
  }
  override richDisplay(): DisplayItem {
    return { kind: 'graphviz', dot: this.source, engine: this.engine };
  }
}

/** `with g.subgraph(name='cluster_0') as c:` adds c's body to g when the block ends. */
class SubgraphContext extends HostObject {
  readonly typeName = 'SubgraphContext';
  constructor(
    private readonly parent: Dot,
    private readonly child: Dot,
  ) {
    super();
  }
  override enter(): PyValue {
    return this.child;
  }
  override exit(failed: boolean): boolean {
    if (!failed) this.parent.body.push(...this.child.source.trimEnd().split('\n').map((line) => `\t${line}`));
    return false;
  }
}

function without(kwargs: KwArgs, ...names: string[]): Map<string, PyValue> {
  return new Map([...kwargs].filter(([key]) => !names.includes(key)));
}

function graphFactory(kind: 'Digraph' | 'Graph') {
  return hostFunction(kind, (args, kwargs) => {
    const a = bindArgs(kind, [['name', null], ['comment', null], ['filename', null], ['directory', null], ['format', null], ['engine', 'dot'], ['encoding', null], ['graph_attr', null], ['node_attr', null], ['edge_attr', null]], args, kwargs);
    const dot = new Dot(kind, a.name === null ? null : String(a.name), String(a.engine), new Map());
    if (a.comment !== null) dot.body.unshift(`// ${String(a.comment)}`);
    for (const [key, target] of [['graph_attr', 'graph'], ['node_attr', 'node'], ['edge_attr', 'edge']] as const) {
      const attrs = a[key];
      if (attrs !== null && typeof attrs === 'object' && 'entries' in attrs) {
        const map = new Map([...(attrs as { entries: Map<string, [PyValue, PyValue]> }).entries.values()].map(([k, v]) => [String(k), v] as [string, PyValue]));
        dot.body.push(`\t${target}${attrList(undefined, map)}`);
      }
    }
    return dot;
  });
}

export function createGraphvizModule(): PyModule {
  return new PyModule('graphviz', {
    Source: hostFunction('Source', (args, kwargs) => {
      const a = bindArgs('Source', ['source', ['filename', null], ['directory', null], ['format', null], ['engine', 'dot'], ['encoding', 'utf-8']], args, kwargs);
      if (typeof a.source !== 'string') throw pyError('TypeError', 'Source() expects the DOT text as a str');
      return new Source(a.source, String(a.engine));
    }),
    Digraph: graphFactory('Digraph'),
    Graph: graphFactory('Graph'),
  });
}

// What the page's pandas shows beyond the golden programs: a DataFrame as the cell's table (its
// cells as plain text for the page to draw), columns going into pyplot with their values, and
// NotImplementedError (Korean first) for the pandas it does not have.
import { describe, expect, it } from 'vitest';
import type { TableSpec } from '../../../src/lib/python/objects/display';
import type { DisplayItem } from '../../../src/lib/python/objects/host';
import { PANDAS_SUPPORT } from '../../../src/lib/python/modules/pandas/module';
import { runPandas } from './pandas-kernel';

const tables = (displays: DisplayItem[]): TableSpec[] => displays.flatMap((d) => (d.kind === 'table' ? [d.table] : []));

describe('pandas on the page', () => {
  it('shows a DataFrame that ends a cell as one table item, with its labels and values as text', () => {
    const r = runPandas("df = pd.read_csv('mixed.csv')\ndf");
    expect(r.error).toBeNull();
    expect(r.shown).toBeNull();
    const [table] = tables(r.displays);
    expect(table.columns).toEqual(['name', 'age', 'score', 'passed', 'memo']);
    expect(table.rows[1]).toEqual({ index: '1', cells: ['Lee', '31.0', 'NaN', 'False', 'late & <b>'] });
    expect(table.dimensions).toBeNull();
  });

  it('cuts a long frame to its first and last 5 rows, with a row of ... and its size', () => {
    const [table] = tables(runPandas("pd.read_csv('2022-10-04-dnnex0.csv')").displays);
    expect(table.rows.map((row) => row.index)).toEqual(['0', '1', '2', '3', '4', '...', '1995', '1996', '1997', '1998', '1999']);
    expect(table.rows[5].cells).toEqual(['...', '...', '...']);
    expect(table.dimensions).toBe('2000 rows × 3 columns');
  });

  it('shows a Series, print(df) and df.x as text, not as a table', () => {
    const series = runPandas("df = pd.read_csv('2022-09-22-regression.csv')\ndf.x.head(2)");
    expect(tables(series.displays)).toEqual([]);
    expect(series.shown).toBe('0   -2.482113\n1   -2.362146\nName: x, dtype: float64');
    const printed = runPandas("df = pd.read_csv('2022-09-22-regression.csv')\nprint(df.head(2))");
    expect(tables(printed.displays)).toEqual([]);
    expect(printed.stdout).toBe('          x         y\n0 -2.482113 -8.542024\n1 -2.362146 -6.576713\n');
  });

  it("plots columns as pyplot takes arrays: plt.plot(df.x, df.y, 'o') draws the file's values", () => {
    const r = runPandas("import matplotlib.pyplot as plt\ndf = pd.read_csv('2022-09-22-regression.csv')\nplt.plot(df.x, df.y, 'o')\nplt.show()");
    expect(r.error).toBeNull();
    const figure = r.displays.find((d) => d.kind === 'figure');
    const line = figure?.kind === 'figure' ? figure.figure.axes[0].series[0] : null;
    expect(line).toMatchObject({ type: 'line', marker: 'o', linestyle: 'None' });
    expect(line?.x.slice(0, 2)).toEqual([-2.4821128845214844, -2.362146139144897]);
    expect(line?.y).toHaveLength(100);
  });



  it('leaves a Series taken earlier as it was when the frame gets a column or new names', () => {
    const r = runPandas("df = pd.DataFrame({'x': [1, 2]})\nx = df.x\ndf['x'] = [5, 6]\ndf.columns = ['a']\nprint(x.tolist(), df.a.tolist(), list(df))");
    expect(r.stdout).toBe('[1, 2] [5, 6] [\'a\']\n');
  });

  it.each([
    ["pd.read_csv('mixed.csv', index_col=0)", 'read_csv(index_col=…)'],
    ["pd.read_csv('mixed.csv', usecols=['age'])", 'pd.read_csv(usecols=…)'],
    ['pd.concat([])', 'pandas.concat'],
    ["pd.DataFrame({'x': [1.0]}).plot()", 'pandas.DataFrame.plot'],
    ["pd.DataFrame({'x': [1.0]}).to_csv('out.csv')", 'pandas.DataFrame.to_csv'],
    ['pd.Series([1, 2]).cumsum()', 'pandas.Series.cumsum'],
    ["pd.DataFrame({'x': [1.0]}).mean(axis=1)", 'mean(axis=1)'],
    ["pd.read_csv('mixed.csv').mean()", "문자열 열이 있는 DataFrame의 mean()"],
    ["pd.read_csv('mixed.csv').values", 'object dtype의 .values / to_numpy()'],
    ["np.mean(pd.read_csv('mixed.csv').age)", 'np.mean(pandas.Series)'],
    ["a = np.asarray(pd.Series([1.0, 2.0]))\na[0] = 5", 'pandas 값(.values)'],
    ["pd.read_csv('mixed.csv').query('age > 1 + 2')", 'query'],
  ])('%s → NotImplementedError, Korean first', (source, name) => {
    const r = runPandas(source);
    expect(r.error?.type).toBe('NotImplementedError');
    expect(r.error?.message).toContain(name);
    expect(r.error?.message).toMatch(/아직 지원하지 않습니다 \/ .* is not supported yet$/);
  });

  it('lists in the guide only what a cell can call', () => {
    const frame = "df = pd.read_csv('2022-09-22-regression.csv')\ns = df.x\nm = s > 0\n";
    for (const { call } of PANDAS_SUPPORT) {
      for (const [, owner, name] of call.matchAll(/\b(pd|df|s)\.(\w+)/g)) {
        const r = runPandas(`${frame}${owner}.${name}`);
        expect(r.error, `${owner}.${name} in "${call}"`).toBeNull();
      }
    }
  });
});

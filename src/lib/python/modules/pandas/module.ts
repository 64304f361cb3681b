// The `pandas` module a cell imports (pandas 1.5.3, the part the course uses): read_csv, DataFrame,
// Series, Index, isna/notna. A real pandas name not here raises NotImplementedError through
// upstream.ts (library-names.json).
import {
  HostObject, PyDict, PyException, PyModule, bindArgs, notSupportedYet, pyError,
  type HostContext, type KwArgs, type ParamSpec, type PyValue,
} from '../../objects/host';
import { PyBytes, decodeUtf8 } from '../../objects/bytes';
import { call } from '../../objects/protocol';
import { castColumn, columnFromData, columnFromValues, columnLength, isMissing, isScalar, numericColumn, repeatValue } from './column';
import { parseColumnDtype } from './dtype';
import { DataFrame, buildFrame } from './frame';
import { PandasIndex, labelsOf } from './labels';
import { parseCsv, type CsvOptions } from './read-csv';
import { Series, boundMethod } from './series';

/** What the guide lists: how a cell uses pandas, and one Korean line each. */
export const PANDAS_SUPPORT: { call: string; doc: string }[] = [
  { call: "pd.read_csv(path_or_url, sep=',', header=…, names=…, nrows=…)", doc: 'CSV 읽기 (강의 데이터 파일·주소, io.StringIO): int64·float64·bool·문자열 열, 빈 칸은 NaN' },
  { call: 'pd.DataFrame(data, index=…, columns=…)', doc: '열 dict(리스트·range·배열·텐서), 행 리스트, 2차원 배열·텐서로 표 만들기' },
  { call: 'pd.Series(data, index=…, name=…)', doc: '이름 붙은 1차원 값' },
  { call: "df.x, df['x'], df[['x', 'y']]", doc: '열 고르기 (Series 하나, 또는 DataFrame)' },
  { call: "df[df.x > 0], df[(df.x > 0) & (df.y < 2)], df.query('y == 0')", doc: '조건으로 행 거르기' },
  { call: 'df.head(n), df.tail(n), df.iloc[…], df.loc[…]', doc: '앞뒤 행, 위치·레이블로 고르기' },
  { call: "df['z'] = …, df.assign(z=…), df.columns = […]", doc: '열 넣기·바꾸기, 열 이름 바꾸기' },
  { call: 'len(df), df.shape, df.columns, df.index, df.dtypes', doc: '크기와 레이블, 열의 dtype' },
  { call: 'df.describe(), df.mean(), s.sum(), s.std(), s.max(), …', doc: '요약 통계 (pandas의 계산 순서 그대로)' },
  { call: 's + 1, s * s, s > 0, ~m, m1 & m2, abs(s)', doc: 'Series의 원소별 연산과 비교 (레이블로 맞춤)' },
  { call: 'df.values, df.to_numpy(), s.tolist()', doc: 'numpy 배열·리스트로' },
  { call: 'torch.tensor(df.x), torch.tensor(df.values)', doc: '텐서로 (float64 열은 float64 텐서: .float()로 float32)' },
  { call: "plt.plot(df.x, df.y, 'o')", doc: 'matplotlib에 열을 그대로' },
  { call: 'df (셀의 마지막 식), print(df)', doc: 'Jupyter처럼 표(HTML)로, print는 pandas의 글자 표로 (60행 넘으면 앞뒤 5행)' },
];

/** A pandas class as a cell sees it: called to construct, and isinstance's second argument. */
class PandasType extends HostObject {
  readonly typeName = 'type';
  constructor(
    private readonly qualifiedName: string,
    private readonly construct: (args: readonly PyValue[], kwargs: KwArgs) => PyValue,
    private readonly isInstance: (value: PyValue) => boolean,
  ) {
    super();
  }
  override repr(): string {
    return `<class '${this.qualifiedName}'>`;
  }
  override call(args: readonly PyValue[], kwargs: KwArgs): PyValue {
    return this.construct(args, kwargs);
  }
  override instanceCheck(value: PyValue): boolean {
    return this.isInstance(value);
  }
}

/** A class's constructor: its arguments bound to named parameters. */
const bind = (name: string, params: readonly ParamSpec[], impl: (a: Record<string, PyValue>) => PyValue) =>
  (args: readonly PyValue[], kwargs: KwArgs) => impl(bindArgs(name, params, args, kwargs));

function rejectOptions(fn: string, extra: PyValue): void {
  const keys = [...(extra as PyDict).entries.values()].map(([k]) => k);
  if (keys.length > 0) throw notSupportedYet(`${fn}(${String(keys[0])}=…)`);
}

function makeSeries(data: PyValue, index: PyValue, dtype: PyValue, name: PyValue): Series {
  let series: Series;
  if (data instanceof Series) series = new Series(data.column, data.index, name ?? data.name);
  else if (data instanceof PyDict) {
    const entries = [...data.entries.values()];
    series = new Series(columnFromValues(entries.map(([, v]) => v)), PandasIndex.of(entries.map(([k]) => k)), name);
  } else {
    const labels = index === null ? null : labelsOf(index);
    const column = data === null ? numericColumn('float64', new Float64Array(0)) : isScalar(data) ? repeatValue(data, labels?.length ?? 1) : columnFromData(data);
    const n = columnLength(column);
    if (labels && labels.length !== n) throw pyError('ValueError', `Length of values (${n}) does not match length of index (${labels.length})`);
    series = new Series(column, labels ? (index instanceof PandasIndex ? index : PandasIndex.of(labels)) : PandasIndex.range(0, n), name);
  }
  return dtype === null ? series : series.withColumn(castColumn(series.column, parseColumnDtype(dtype)));
}

/**
 * UTF-8 text as pandas decodes a file: Python's codec and its UnicodeDecodeError, except that
 * pandas decodes in chunks, so a sequence the end of the file cuts off is reported from position 0
 * (of the last chunk).
 */
function decodeCsv(bytes: Uint8Array): string {
  try {
    return decodeUtf8(bytes);
  } catch (error) {
    if (error instanceof PyException && error.pyMessage.endsWith('unexpected end of data')) {
      throw pyError('UnicodeDecodeError', error.pyMessage.replace(/position (\d+)(?:-(\d+))?:/, (_, a, b) => (b ? `position 0-${Number(b) - Number(a)}:` : 'position 0:')));
    }
    throw error;
  }
}

/** The text a read_csv source holds: a file or URL the page has, or a file-like object's read(). */
function csvText(ctx: HostContext, source: PyValue): string {
  if (typeof source === 'string') return decodeCsv(ctx.readFile(source));
  if (source instanceof HostObject && source.getAttr?.('read')) {
    const text = call(source.getAttr('read')!, []);
    if (text instanceof PyBytes) return decodeCsv(text.data);
    if (typeof text !== 'string') throw pyError('TypeError', `argument 'read' returned ${text === null ? 'NoneType' : typeof text === 'object' ? text.typeName : typeof text}, not str`);
    return text;
  }
  throw pyError('ValueError', `Invalid file path or buffer object type: <class '${source === null ? 'NoneType' : typeof source === 'object' ? source.typeName : typeof source}'>`);
}

function csvOptions(bound: Record<string, PyValue>): CsvOptions {
  const sepValue = bound.delimiter ?? bound.sep;
  if (typeof sepValue !== 'string') throw pyError('TypeError', `"delimiter" must be string, not ${sepValue === null ? 'NoneType' : typeof sepValue}`);
  let sep: string | null;
  if (sepValue === '\\s+') sep = null;
  else if (sepValue.length === 1) sep = sepValue;
  else throw notSupportedYet(`read_csv(sep=${JSON.stringify(sepValue)}) (정규식 구분자)`);
  const names = bound.names === null ? null : labelsOf(bound.names);
  let header: number | null;
  if (bound.header === 'infer') header = names ? null : 0;
  else if (bound.header === null) header = null;
  else if (typeof bound.header === 'bigint') header = Number(bound.header);
  else throw notSupportedYet('read_csv(header=리스트)');
  if (bound.index_col !== null && bound.index_col !== false) throw notSupportedYet('read_csv(index_col=…)');
  const nrows = bound.nrows === null ? null : Number(bound.nrows);
  return { sep, header, names, nrows };
}

function readCsv(ctx: HostContext, bound: Record<string, PyValue>): DataFrame {
  rejectOptions('pd.read_csv', bound.kwargs);
  const options = csvOptions(bound);
  const parsed = parseCsv(csvText(ctx, bound.filepath_or_buffer), options);
  const rows = parsed.columns.length ? columnLength(parsed.columns[0]) : 0;
  const index = rows === 0 ? PandasIndex.of([]) : PandasIndex.range(0, rows);
  return new DataFrame(PandasIndex.of(parsed.labels), parsed.columns, index);
}

function isna(value: PyValue, keep: boolean): PyValue {
  if (value instanceof Series) return call(value.getAttr(keep ? 'notna' : 'isna')!, []);
  if (isScalar(value)) return isMissing(value) !== keep;
  throw notSupportedYet(`pd.${keep ? 'notna' : 'isna'}(${value instanceof HostObject ? value.typeName : 'list'})`);
}

export function createPandasModule(ctx: HostContext): PyModule {
  const frameType = new PandasType(
    'pandas.core.frame.DataFrame',
    bind('DataFrame', [['data', null], ['index', null], ['columns', null], ['dtype', null], ['copy', null]], ({ data, index, columns, dtype }) => {
      const frame = buildFrame(data, index, columns);
      if (dtype !== null) frame.data = frame.data.map((c) => castColumn(c, parseColumnDtype(dtype)));
      return frame;
    }),
    (v) => v instanceof DataFrame,
  );
  const seriesType = new PandasType(
    'pandas.core.series.Series',
    bind('Series', [['data', null], ['index', null], ['dtype', null], ['name', null], ['copy', null]], ({ data, index, dtype, name }) => makeSeries(data, index, dtype, name)),
    (v) => v instanceof Series,
  );
  const indexType = new PandasType(
    'pandas.core.indexes.base.Index',
    bind('Index', [['data', null]], ({ data }) => PandasIndex.of(data === null ? [] : labelsOf(data))),
    (v) => v instanceof PandasIndex,
  );
  const readCsvParams: ParamSpec[] = [
    'filepath_or_buffer', ['sep', ','], ['delimiter', null], ['header', 'infer'], ['names', null], ['index_col', null], ['nrows', null],
  ];
  return new PyModule('pandas', {
    __version__: '1.5.3',
    DataFrame: frameType,
    Series: seriesType,
    Index: indexType,
    read_csv: boundMethod('read_csv', readCsvParams, (bound) => readCsv(ctx, bound), 'kwargs'),
    isna: boundMethod('isna', ['obj'], ({ obj }) => isna(obj, false)),
    isnull: boundMethod('isnull', ['obj'], ({ obj }) => isna(obj, false)),
    notna: boundMethod('notna', ['obj'], ({ obj }) => isna(obj, true)),
    notnull: boundMethod('notnull', ['obj'], ({ obj }) => isna(obj, true)),
  });
}

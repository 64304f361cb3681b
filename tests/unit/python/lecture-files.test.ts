// A lecture's data files in the page's kernel: read by name, or through the address the
// original course code uses, which the lecture maps to a shipped file; any other address is an
// unreachable URL (URLError), a missing name CPython's FileNotFoundError. The kernel reads each
// file from the site once and never asks for anything the lecture does not ship.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createKernelRunner, type KernelEvent } from '../../../src/lib/python/kernel/runner';
import { canonicalUrl, lectureFileSource, resolveLectureFile, type LectureFiles } from '../../../src/lib/python/kernel/lecture-files';
import { createStandardModules } from '../../../src/lib/python/modules/index';
import { hostFunction, PyModule } from '../../../src/lib/python/objects/host';

const regression = new Uint8Array(readFileSync(new URL('./golden/files/regression.csv', import.meta.url)));
const MAIN = 'https://raw.githubusercontent.com/guebin/DL2022/main/posts/II.%20DNN/2022-09-22-regression.csv';
const MASTER = 'https://raw.githubusercontent.com/guebin/DL2022/master/posts/II.%20DNN/2022-09-22-regression.csv';
const lecture: LectureFiles = {
  files: { '2022-09-22-regression.csv': '/course/data/04wk-1/2022-09-22-regression.csv' },
  urls: { [MAIN]: '2022-09-22-regression.csv' },
};

function kernel(files: LectureFiles = lecture) {
  const fetched: string[] = [];
  const source = lectureFileSource(() => files, (path) => {
    fetched.push(path);
    return path === '/course/data/04wk-1/2022-09-22-regression.csv' ? regression : null;
  });
  // `probe.size(name)` reads through ctx.readFile, the access point pandas' read_csv uses.
  const modules = createStandardModules().register('probe', (ctx) => new PyModule('probe', { size: hostFunction('size', (args) => BigInt(ctx.readFile(String(args[0])).length)) }));
  const events: KernelEvent[] = [];
  const runner = createKernelRunner({ modules, files: source }, (event) => events.push(event));
  let id = 0;
  const run = (code: string) => {
    const start = events.length;
    runner.handle({ type: 'run', id: ++id, code, filename: `<cell ${id}>` });
    const own = events.slice(start);
    return {
      stdout: own.map((e) => (e.type === 'stdout' ? e.text : '')).join(''),
      error: own.find((e) => e.type === 'error') as Extract<KernelEvent, { type: 'error' }> | undefined,
    };
  };
  return { run, fetched };
}

describe('resolving what a cell names', () => {
  it('finds a shipped file by name, with or without ./, and nothing else', () => {
    expect(resolveLectureFile(lecture, '2022-09-22-regression.csv')).toBe('2022-09-22-regression.csv');
    expect(resolveLectureFile(lecture, './2022-09-22-regression.csv')).toBe('2022-09-22-regression.csv');
    expect(resolveLectureFile(lecture, 'regression.csv')).toBeNull();
    expect(resolveLectureFile(lecture, '../2022-09-22-regression.csv')).toBeNull();
  });

  it('finds a mapped address however its folder is escaped, but not another branch', () => {
    expect(resolveLectureFile(lecture, MAIN)).toBe('2022-09-22-regression.csv');
    expect(resolveLectureFile(lecture, MAIN.replace('%20', ' '))).toBe('2022-09-22-regression.csv');
    expect(resolveLectureFile(lecture, MAIN.replace('raw.githubusercontent.com', 'RAW.githubusercontent.com'))).toBe('2022-09-22-regression.csv');
    expect(resolveLectureFile(lecture, MASTER)).toBeNull();
    expect(resolveLectureFile({ ...lecture, urls: { [MAIN]: '2022-09-22-regression.csv', [MASTER]: '2022-09-22-regression.csv' } }, MASTER)).toBe('2022-09-22-regression.csv');
    expect(canonicalUrl('https://example.org/a b/%41.csv')).toBe('https://example.org/a b/A.csv');
  });
});

describe('reading the lecture files in cells', () => {
  it('reads the shipped file through its original address with urlopen, as open() reads it by name', () => {
    const { run, fetched } = kernel();
    const out = run(
      [
        'import urllib.request',
        `url = '${MAIN}'`,
        'data = urllib.request.urlopen(url).read()',
        "print(data == open('2022-09-22-regression.csv', 'rb').read(), len(data))",
        "for line in data.decode().splitlines()[:3]:",
        '    print(line)',
        'with urllib.request.urlopen(url) as response:',
        '    print(response.status, response.geturl() == url, next(response), response.readline())',
        "print(urllib.request.urlopen(url.replace('%20', ' ')).readlines()[-1])",
      ].join('\n'),
    );
    expect(out.error).toBeUndefined();
    expect(out.stdout).toBe(
      'True 3844\nx,y\n-2.4821128845214844,-8.542023658752441\n-2.3621461391448975,-6.576712608337402\n' +
        "200 True b'x,y\\n' b'-2.4821128845214844,-8.542023658752441\\n'\nb'2.6632399559020996,13.834001541137695\\n'\n",
    );
    expect(fetched).toEqual(['/course/data/04wk-1/2022-09-22-regression.csv']);
    expect(String(run('print(repr(urllib.request.urlopen(url)))').stdout)).toMatch(/^<http\.client\.HTTPResponse object at 0x[0-9a-f]+>\n$/);
  });

  it('raises URLError for an address the lecture does not map, and fetches nothing', () => {
    const { run, fetched } = kernel();
    const failed = run(`import urllib.request\nx = 1\nurllib.request.urlopen('${MASTER}')`);
    const reason = `이 페이지는 강의가 담은 파일만 읽습니다 / this page reads only the lecture's own files: ${MASTER}`;
    expect(failed.error).toMatchObject({ message: `URLError: <urlopen error ${reason}>`, line: 3 });
    expect(failed.error?.korean).toBe('3행: 이 페이지는 인터넷에서 읽지 않습니다: 강의가 담은 파일의 주소만 읽을 수 있습니다');
    expect(failed.error?.traceback).toMatch(/File "<cell 1>", line 3, in <module>\n {4}urllib\.request\.urlopen\(.*\)\nURLError: <urlopen error /);
    const caught = run(
      [
        'import urllib.error',
        'import probe',
        'try:',
        "    urllib.request.urlopen('https://example.com/data.csv')",
        'except urllib.error.URLError as e:',
        '    print(type(e), e.reason[:22])',
        'try:',
        "    probe.size('https://example.com/data.csv')",
        'except OSError as e:',
        '    print(type(e).__name__, e)',
      ].join('\n'),
    );
    expect(caught.error).toBeUndefined();
    expect(caught.stdout).toBe(
      "<class 'urllib.error.URLError'> 이 페이지는 강의가 담은 파일만 읽습니다\n" +
        "URLError <urlopen error 이 페이지는 강의가 담은 파일만 읽습니다 / this page reads only the lecture's own files: https://example.com/data.csv>\n",
    );
    expect(fetched).toEqual([]);
    // URLError is urllib.error's, not a builtin (CPython 3.11's words).
    expect(run('URLError').error?.message).toBe("NameError: name 'URLError' is not defined. Did you mean: 'EOFError'?");
  });

  it('gives readFile, the access point of pd.read_csv, the same files and errors', () => {
    const { run, fetched } = kernel();
    expect(run(`import probe\nprint(probe.size('${MAIN}'), probe.size('2022-09-22-regression.csv'))`).stdout).toBe('3844 3844\n');
    expect(run("probe.size('dnnex0.csv')").error?.message).toBe("FileNotFoundError: [Errno 2] No such file or directory: 'dnnex0.csv'");
    expect(run("open('dnnex0.csv')").error).toMatchObject({
      message: "FileNotFoundError: [Errno 2] No such file or directory: 'dnnex0.csv'",
      korean: "1행: 'dnnex0.csv' 파일이 없습니다 (강의가 담은 파일만 읽을 수 있습니다)",
    });
    // open() takes names only, as CPython's: an address is a file name there, and not found.
    expect(run(`open('${MAIN}')`).error?.message).toBe(`FileNotFoundError: [Errno 2] No such file or directory: '${MAIN}'`);
    expect(fetched).toEqual(['/course/data/04wk-1/2022-09-22-regression.csv']);
  });

  it('says FileNotFoundError when the site does not have a file the page lists', () => {
    const { run } = kernel({ files: { 'gone.csv': '/course/data/x/gone.csv' }, urls: {} });
    expect(run("open('gone.csv')").error?.message).toBe("FileNotFoundError: [Errno 2] No such file or directory: 'gone.csv'");
  });

  it('says "not supported yet" for what the real file objects, bytes and urllib have beyond this', () => {
    const { run } = kernel();
    const notYet = (code: string) => run(code).error?.message.replace(/^NotImplementedError: /, '');
    expect(notYet("open('2022-09-22-regression.csv').fileno()")).toBe('_io.TextIOWrapper.fileno는 아직 지원하지 않습니다 / _io.TextIOWrapper.fileno is not supported yet');
    expect(notYet("open('2022-09-22-regression.csv', 'rb').read().split()")).toBe('bytes.split은 아직 지원하지 않습니다 / bytes.split is not supported yet');
    expect(notYet("open('2022-09-22-regression.csv', 'w')")).toBe("open(mode='w')는 아직 지원하지 않습니다 / open(mode='w') is not supported yet");
    expect(notYet("open('2022-09-22-regression.csv', encoding='cp949')")).toBe("open(encoding='cp949')는 아직 지원하지 않습니다 / open(encoding='cp949') is not supported yet");
    expect(notYet('import urllib.request\nurllib.request.Request')).toBe('urllib.request.Request은 아직 지원하지 않습니다 / urllib.request.Request is not supported yet');
    expect(notYet('import urllib.parse')).toBe('urllib.parse는 아직 지원하지 않습니다 / urllib.parse is not supported yet');
  });
});

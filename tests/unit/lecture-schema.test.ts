import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lectureSchema } from '../../src/lecture-schema';

/** The YAML block of an MDX file, parsed the way Astro does (js-yaml). */
async function frontmatterOf(file: string): Promise<unknown> {
  const { load } = await import('js-yaml');
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter`);
  return load(match[1]);
}

const validLecture = {
  title: '제목',
  order: 1,
  date: '2026-11-28',
  summary: '요약',
};

describe('lecture frontmatter schema', () => {
  it('accepts the first lecture as written, with its source credit', async () => {
    const parsed = lectureSchema.parse(await frontmatterOf('content/lectures/01-logistic-regression.mdx'));
    expect(parsed.source?.author).toBe('최규빈');
    expect(parsed.source?.course).toBe('DL2022');
    expect(parsed.source?.date.toISOString().slice(0, 10)).toBe('2022-09-29');
    expect(parsed.source?.url).toBe('https://guebin.github.io/DL2022/posts/2022-09-29-5wk-1.html');
    expect(parsed.draft).toBe(false);
    expect(parsed.kind).toBe('notes');
  });

  it('accepts the second lecture as a reconstruction of the part it covers', async () => {
    const parsed = lectureSchema.parse(await frontmatterOf('content/lectures/02-bce-vs-mse.mdx'));
    expect(parsed.kind).toBe('reconstruction');
    expect(parsed.covers).toBe('후반부(손실함수의 비교)');
  });

  it('takes the data files a lecture ships and the addresses its code reads them from', () => {
    const url = 'https://raw.githubusercontent.com/guebin/DL2022/main/posts/II.%20DNN/2022-10-04-dnnex0.csv';
    const parsed = lectureSchema.parse({ ...validLecture, data: { files: ['2022-10-04-dnnex0.csv'], urls: { [url]: '2022-10-04-dnnex0.csv' } } });
    expect(parsed.data).toEqual({ files: ['2022-10-04-dnnex0.csv'], urls: { [url]: '2022-10-04-dnnex0.csv' } });
    expect(lectureSchema.parse({ ...validLecture, data: { files: ['a.csv'] } }).data?.urls).toEqual({});
  });

  it('fills defaults for optional fields', () => {
    const parsed = lectureSchema.parse(validLecture);
    expect(parsed.tags).toEqual([]);
    expect(parsed.draft).toBe(false);
  });

  // Astro reports a bad frontmatter with the zod issue's path and message; each names the field.
  it.each([
    [{ ...validLecture, order: 'first' }, ['order'], 'Expected number, received string'],
    [{ ...validLecture, title: undefined }, ['title'], 'Required'],
    [{ ...validLecture, date: 'not a date' }, ['date'], 'Invalid date'],
    [{ ...validLecture, source: { author: 'a', course: 'c', title: 't', date: '2022-09-29', url: 'nope' } }, ['source', 'url'], 'Invalid url'],
    [{ ...validLecture, titel: 'typo' }, [], "Unrecognized key(s) in object: 'titel'"],
    [{ ...validLecture, kind: 'reconstruction' }, ['covers'], 'kind: reconstruction에는 재구성한 부분(covers)이 필요합니다 / a reconstruction names the part it covers'],
    [{ ...validLecture, data: { files: ['../secret.csv'] } }, ['data', 'files', 0], '파일 이름은 영문, 숫자, . _ - 로만 씁니다 / a data file name uses letters, digits, . _ - only'],
    [{ ...validLecture, data: { files: [] } }, ['data', 'files'], 'Array must contain at least 1 element(s)'],
    [{ ...validLecture, data: { files: ['a.csv'], urls: { 'https://x.org/b.csv': 'b.csv' } } }, ['data', 'urls', 'https://x.org/b.csv'], '"b.csv"가 files에 없습니다 / "b.csv" is not one of the files'],
    [{ ...validLecture, data: { files: ['a.csv'], urls: { 'a.csv': 'a.csv' } } }, ['data', 'urls', 'a.csv'], 'Invalid url'],
    [{ ...validLecture, data: { files: ['a.csv', 'a.csv'] } }, ['data', 'files'], '"a.csv"가 두 번 나옵니다 / "a.csv" is listed twice'],
    [{ ...validLecture, kind: 'summary' }, ['kind'], "Invalid enum value. Expected 'notes' | 'reconstruction' | 'supplement', received 'summary'"],
  ])('rejects %j with an issue naming the field', (frontmatter, path, message) => {
    const result = lectureSchema.safeParse(frontmatter);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues).toContainEqual(expect.objectContaining({ path, message }));
  });
});

// The frontmatter every lecture must carry. One schema serves the content collection
// (the build fails on a bad file) and the unit tests (which pin the error texts).
import { z } from 'astro/zod';
import { subjectParticle } from './lib/korean';

/** Where a lecture comes from: the original course it follows, credited on the page. */
export const sourceCreditSchema = z.object({
  author: z.string().min(1).describe('원 강의자 / original lecturer'),
  course: z.string().min(1).describe('과목 / course, e.g. "DL2022"'),
  title: z.string().min(1).describe('원 강의 제목 / original lecture title'),
  date: z.coerce.date().describe('원 강의 날짜 / original lecture date'),
  url: z.string().url().describe('원 강의 주소 / link to the original'),
});

/** A data file's name: plain, so it is the same in the repository, in the site's URL and in `open('…')`. */
const dataFileName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, '파일 이름은 영문, 숫자, . _ - 로만 씁니다 / a data file name uses letters, digits, . _ - only');

/**
 * The data files a lecture ships, in content/data/<lecture id>/: a cell reads them by name
 * (`open('dnnex0.csv')`) or through an address the original course code uses, mapped in `urls`
 * (`pd.read_csv('https://raw.githubusercontent.com/…/dnnex0.csv')`). The page requests nothing else.
 */
export const lectureDataSchema = z
  .object({
    files: z
      .array(dataFileName)
      .min(1)
      .describe('content/data/<강의 id>/ 안의 파일 이름들 / the files in content/data/<lecture id>/'),
    urls: z
      .record(z.string().url(), dataFileName)
      .default({})
      .describe('원 강의 코드가 읽는 주소 → 그 주소 대신 읽을 파일 이름 / an address the original code reads → the shipped file it reads instead'),
  })
  .strict()
  .superRefine(({ files, urls }, context) => {
    for (const [url, file] of Object.entries(urls)) {
      if (!files.includes(file)) {
        context.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['urls', url],
          message: `"${file}"${subjectParticle(file)} files에 없습니다 / "${file}" is not one of the files`,
        });
      }
    }
    const repeated = files.find((file, i) => files.indexOf(file) !== i);
    if (repeated) {
      context.addIssue({ code: z.ZodIssueCode.custom, path: ['files'], message: `"${repeated}"${subjectParticle(repeated)} 두 번 나옵니다 / "${repeated}" is listed twice` });
    }
  });

/** How a lecture relates to its source lecture (the credit line and the navigation say it). */
export const LECTURE_KINDS = ['notes', 'reconstruction', 'supplement'] as const;
export type LectureKind = (typeof LECTURE_KINDS)[number];

export const lectureSchema = z
  .object({
    title: z.string().min(1).describe('강의 제목 / lecture title'),
    subtitle: z.string().optional().describe('부제 / subtitle'),
    order: z.number().int().positive().describe('강의 순서 (1부터) / position in the course'),
    week: z.string().optional().describe('주차 표기, 예: "05wk-1" / week label'),
    date: z.coerce.date().describe('게시일 / publication date'),
    summary: z.string().min(1).max(300).describe('목록과 검색에 쓰이는 한두 문장 / one or two sentences'),
    tags: z.array(z.string().min(1)).default([]).describe('태그 / tags'),
    draft: z.boolean().default(false).describe('true면 개발 서버에만 보임 / shown in dev only'),
    source: sourceCreditSchema.optional().describe('원 강의 출처 / credit of the original lecture'),
    notesBy: z.string().optional().describe('노트 작성자 / who took the notes this lecture is based on'),
    kind: z
      .enum(LECTURE_KINDS)
      .default('notes')
      .describe(
        'notes: 수강생 노트를 따라감, reconstruction: 노트에 없는 원 강의의 부분을 재구성, supplement: 원 강의에 없는 보충 / ' +
          'follows the notes, reconstructs part of the original the notes lack, or adds what the original does not have',
      ),
    covers: z
      .string()
      .min(1)
      .optional()
      .describe('kind: reconstruction일 때 재구성한 원 강의의 부분, 예: "후반부(손실함수의 비교)" / the part reconstructed'),
    video: z
      .string()
      .url()
      .optional()
      .describe('강의 영상 주소(YouTube 또는 아무 URL), 누르기 전에는 불러오지 않음 / lecture video, loaded on click'),
    data: lectureDataSchema.optional().describe('강의가 담은 데이터 파일 / the data files the lecture ships'),
  })
  .strict()
  .refine((lecture) => lecture.kind !== 'reconstruction' || lecture.covers !== undefined, {
    path: ['covers'],
    message: 'kind: reconstruction에는 재구성한 부분(covers)이 필요합니다 / a reconstruction names the part it covers',
  });

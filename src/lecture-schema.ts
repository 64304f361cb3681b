// The frontmatter every lecture must carry. One schema serves the content collection
// (the build fails on a bad file) and the unit tests (which pin the error texts).
import { z } from 'astro/zod';

/** Where a lecture comes from: the original course it follows, credited on the page. */
export const sourceCreditSchema = z.object({
  author: z.string().min(1).describe('원 강의자 / original lecturer'),
  course: z.string().min(1).describe('과목 / course, e.g. "DL2022"'),
  title: z.string().min(1).describe('원 강의 제목 / original lecture title'),
  date: z.coerce.date().describe('원 강의 날짜 / original lecture date'),
  url: z.string().url().describe('원 강의 주소 / link to the original'),
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
  })
  .strict()
  .refine((lecture) => lecture.kind !== 'reconstruction' || lecture.covers !== undefined, {
    path: ['covers'],
    message: 'kind: reconstruction에는 재구성한 부분(covers)이 필요합니다 / a reconstruction names the part it covers',
  });

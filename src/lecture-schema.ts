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
    supplement: z
      .boolean()
      .default(false)
      .describe('true면 원 강의를 따라가지 않는 보충 강의 / a supplement the original lecture does not contain'),
    video: z
      .string()
      .url()
      .optional()
      .describe('강의 영상 주소(YouTube 또는 아무 URL), 누르기 전에는 불러오지 않음 / lecture video, loaded on click'),
  })
  .strict();

// /notebooks/<lecture>.ipynb: each lecture as a Jupyter notebook, built from its MDX (src/lib/notebook).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourseLectures, type Lecture } from '../../lectures';
import { lectureNotebook } from '../../lib/notebook/notebook';
import { lecturePath } from '../../site';

export const getStaticPaths = (async () =>
  (await getCourseLectures()).map((lecture) => ({ params: { slug: lecture.id }, props: { lecture } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ lecture: Lecture }> = ({ props: { lecture }, site }) => {
  const { title, subtitle, summary, source } = lecture.data;
  const notebook = lectureNotebook({
    id: lecture.id,
    title,
    subtitle,
    summary,
    source,
    body: lecture.body ?? '',
    pageUrl: new URL(lecturePath(lecture.id), site).href,
  });
  return new Response(`${JSON.stringify(notebook, null, 1)}\n`, { headers: { 'content-type': 'application/x-ipynb+json' } });
};

// /notebooks/<lecture>.ipynb: each lecture as a Jupyter notebook, built from its MDX (src/lib/notebook).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourseLectures, type Lecture } from '../../lectures';
import { lectureNotebook, type NotebookResolver } from '../../lib/notebook/notebook';
import { runValue } from '../../lib/run-values';
import { seededRun } from '../../lib/seeded-run';
import { lecturePath } from '../../site';

export const getStaticPaths = (async () =>
  (await getCourseLectures()).map((lecture) => ({ params: { slug: lecture.id }, props: { lecture } }))) satisfies GetStaticPaths;

/** The data components as the page shows them: a seeded run as its cell and PyTorch's output, a run's number as text. */
const resolver: NotebookResolver = {
  block(name, props) {
    if (name !== 'SeededTorchRun') return undefined;
    const run = seededRun(props.part === 'mse' ? 'mse' : 'bce', props.seed ? Number(props.seed) : undefined, props.n ? Number(props.n) : undefined);
    return run ? [{ markdown: run.label }, { code: run.code, output: run.output }] : undefined;
  },
  inline(name, props) {
    return name === 'RunValue' && props.run ? runValue(props.run, props.of ?? '', props.digits ? Number(props.digits) : 4) : undefined;
  },
};

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
    resolver,
  });
  return new Response(`${JSON.stringify(notebook, null, 1)}\n`, { headers: { 'content-type': 'application/x-ipynb+json' } });
};

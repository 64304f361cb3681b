// <base>data/<lecture>/<file>: the data files lectures ship (src/lecture-data.ts), copied byte for
// byte into the site, so a cell reads them from the page's own origin and never from another.
// A file a lecture declares but the repository lacks fails the build in getStaticPaths.
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { lectureDataFiles } from '../../../lecture-data';
import { getCourseLectures } from '../../../lectures';

export const getStaticPaths = (async () =>
  (await getCourseLectures()).flatMap((lecture) =>
    lectureDataFiles(lecture).map((file) => ({ params: { lecture: lecture.id, file: file.name }, props: { source: file.source } })),
  )) satisfies GetStaticPaths;

/** For `astro dev`; the static site's server picks the type from the extension. */
const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', txt: 'text/plain; charset=utf-8', json: 'application/json' };

export const GET: APIRoute<{ source: string }> = ({ props: { source } }) =>
  new Response(readFileSync(source), { headers: { 'content-type': TYPES[source.split('.').pop() ?? ''] ?? 'application/octet-stream' } });

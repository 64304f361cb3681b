// sitemap.xml: the course home and every lecture, as absolute URLs under SITE_URL + BASE_PATH.
// Hand-written: two kinds of page do not need a dependency.
import type { APIRoute } from 'astro';
import { getCourseLectures } from '../lectures';
import { lastCommitDate } from '../build/last-updated';
import { escapeXml } from '../lib/xml';
import { lecturePath, sitePath } from '../site';

export const GET: APIRoute = async ({ site }) => {
  const lectures = await getCourseLectures();
  const entries = [
    { path: sitePath(''), modified: undefined as Date | undefined },
    ...lectures.map((lecture) => ({
      path: lecturePath(lecture.id),
      modified: (lecture.filePath && lastCommitDate(lecture.filePath)) || lecture.data.date,
    })),
  ];
  const urls = entries.map(({ path, modified }) => {
    const lastmod = modified ? `<lastmod>${modified.toISOString().slice(0, 10)}</lastmod>` : '';
    return `  <url><loc>${escapeXml(new URL(path, site).href)}</loc>${lastmod}</url>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join('\n')}
</urlset>
`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};

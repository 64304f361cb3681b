// rss.xml: the lectures, newest first, for readers who follow the course in a feed reader.
import type { APIRoute } from 'astro';
import { getCourseLectures } from '../lectures';
import { escapeXml } from '../lib/xml';
import { lecturePath, siteDescription, sitePath, siteTitle } from '../site';

export const GET: APIRoute = async ({ site }) => {
  const lectures = (await getCourseLectures()).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
  const absolute = (path: string) => escapeXml(new URL(path, site).href);
  const items = lectures.map((lecture) => {
    const link = absolute(lecturePath(lecture.id));
    return `    <item>
      <title>${escapeXml(lecture.data.title)}</title>
      <link>${link}</link>
      <guid isPermaLink="true">${link}</guid>
      <pubDate>${lecture.data.date.toUTCString()}</pubDate>
      <description>${escapeXml(lecture.data.summary)}</description>
${lecture.data.tags.map((tag) => `      <category>${escapeXml(tag)}</category>`).join('\n')}
    </item>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(siteTitle)}</title>
    <link>${absolute(sitePath(''))}</link>
    <atom:link href="${absolute(sitePath('rss.xml'))}" rel="self" type="application/rss+xml" />
    <description>${escapeXml(siteDescription)}</description>
    <language>ko</language>
${items.join('\n')}
  </channel>
</rss>
`;
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};

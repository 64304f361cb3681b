// robots.txt: everything may be crawled; says where the sitemap is (absolute, as required).
import type { APIRoute } from 'astro';
import { sitePath } from '../site';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitePath('sitemap.xml'), site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });

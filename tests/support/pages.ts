// The pages the browser suites visit by name. Add a page here (e.g. /embed/..., /guide/) and the
// accessibility audit covers it in both themes; the third-party check visits every built page anyway.
import { lectureId } from './site';

export interface SitePage {
  name: string;
  path: string;
}

export const auditedPages: SitePage[] = [
  { name: 'home', path: '/' },
  { name: 'lecture', path: `/lectures/${lectureId}/` },
  { name: '404', path: '/404.html' },
  { name: 'second lecture', path: '/lectures/02-bce-vs-mse/' },
  { name: 'third lecture (data files, tables)', path: '/lectures/03-deep-neural-network/' },
  { name: 'authoring guide', path: '/guide/' },
  { name: 'embed guide', path: '/embed/' },
  { name: 'embed page', path: '/embed/loss-compare/' },
];

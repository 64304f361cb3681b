// Site-relative links that keep working when the site is deployed under a sub-path.

/** joinBase('/course/', 'lectures/a/') -> '/course/lectures/a/'; joinBase('/', '') -> '/'. */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  return trimmedBase + path.replace(/^\/+/, '');
}

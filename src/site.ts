// Site-wide facts shared by layouts and pages (kept out of lib: they read Astro's env).
import { joinBase } from './lib/paths';

export const siteTitle = 'Live Lectures · 딥러닝 라이브 강의';
export const siteDescription =
  '모든 그림이 브라우저에서 직접 학습하는 라이브 데모인 한국어 딥러닝 강의 노트.';

/** A path inside this site, prefixed with the deploy base (BASE_PATH). */
export function sitePath(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

export function lecturePath(lectureId: string): string {
  return sitePath(`lectures/${lectureId}/`);
}

/** The Open Graph / Twitter card image (public/og-image.png, 1200×630). */
export function ogImagePath(): string {
  return sitePath('og-image.png');
}

/**
 * Where "이 페이지 고치기" points for a source file, e.g. EDIT_BASE_URL=
 * https://github.com/owner/repo/edit/main/ + content/lectures/01-x.mdx. Unset: no link.
 */
export function editUrl(sourceFile: string): string | undefined {
  const editBase = process.env.EDIT_BASE_URL;
  return editBase ? joinBase(editBase, sourceFile) : undefined;
}

/** The lecture as a Jupyter notebook, built from its MDX (src/pages/notebooks/). */
export function notebookPath(lectureId: string): string {
  return sitePath(`notebooks/${lectureId}.ipynb`);
}

/**
 * "Colab에서 열기" for a lecture's notebook, when the deploy publishes the notebooks to GitHub:
 * COLAB_BASE_URL=https://colab.research.google.com/github/owner/repo/blob/notebooks/ + 01-x.ipynb
 * (.github/workflows/deploy.yml sets it and pushes dist/notebooks to that branch). Unset: no link.
 */
export function colabUrl(lectureId: string): string | undefined {
  const colabBase = process.env.COLAB_BASE_URL;
  return colabBase ? joinBase(colabBase, `${lectureId}.ipynb`) : undefined;
}

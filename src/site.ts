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

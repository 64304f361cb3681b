// A lecture's data files for a kernel in Node, read as the page reads them (src/lecture-data.ts
// gives the page the same map): by name or through an address the frontmatter's data.urls maps,
// from content/data/<lecture>/ in the repository instead of the site.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { lectureFileSource, type LectureFiles } from '../../src/lib/python/kernel/lecture-files';
import type { FileSource } from '../../src/lib/python/objects/host';

const ROOT = new URL('../../', import.meta.url);

/** The map the page builds for `lecture`, with repository paths standing for site paths. */
export function lectureFilesInRepo(lecture: string): LectureFiles {
  const mdx = readFileSync(new URL(`content/lectures/${lecture}.mdx`, ROOT), 'utf8');
  const front = load(/^---\n([\s\S]*?)\n---\n/.exec(mdx)![1]) as { data?: { files: string[]; urls?: Record<string, string> } };
  const files = front.data?.files ?? [];
  return { files: Object.fromEntries(files.map((file) => [file, `content/data/${lecture}/${file}`])), urls: front.data?.urls ?? {} };
}

/** The kernel's FileSource over the lecture's files in the repository. */
export function lectureFileSourceInRepo(lecture: string): FileSource {
  const map = lectureFilesInRepo(lecture);
  return lectureFileSource(() => map, (path) => new Uint8Array(readFileSync(new URL(path, ROOT))));
}

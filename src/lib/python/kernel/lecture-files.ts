// The page kernel's files: the data files a lecture ships (frontmatter `data`, copied into the
// site by the build), read by name (`open('dnnex0.csv')`) or through an address the lecture's
// original code uses (`pd.read_csv('https://raw.githubusercontent.com/…/dnnex0.csv')`), which the
// lecture maps to one of its files. Nothing here touches the network: the page tells the worker
// where on its own site each file is, and the worker's `fetchBytes` reads it from there.
import { isUrl } from '../objects/file';
import type { FileSource } from '../objects/host';

/** What the page tells its kernel about the lecture's data (src/lecture-data.ts builds it). */
export interface LectureFiles {
  /** Shipped file name -> its path on this site, base path included ('/course/data/05wk-2/dnnex0.csv'). */
  files: Record<string, string>;
  /** An address the lecture's code reads -> the shipped file name it stands for. */
  urls: Record<string, string>;
}

/** The worker's message that sets the kernel's files, sent once before the first cell runs. */
export interface FilesMessage {
  type: 'files';
  files: LectureFiles;
}

export const NO_LECTURE_FILES: LectureFiles = { files: {}, urls: {} };

/** The attribute by which a lecture page lists its files (JSON of LectureFiles) for its cells. */
export const LECTURE_FILES_ATTRIBUTE = 'data-lecture-files';

/**
 * One spelling of an address, so the map finds what the code writes however it is escaped:
 * `II.%20DNN` and `II. DNN` are the same folder, as are an upper-case host and a lower-case one.
 * The branch in a GitHub address (`/main/`, `/master/`) is part of the address: map each the
 * lecture's code uses.
 */
export function canonicalUrl(url: string): string {
  let href = url.trim();
  try {
    href = new URL(href).href;
  } catch {
    return href;
  }
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

/** The shipped file a name or an address stands for, or null when the lecture has none. */
export function resolveLectureFile(files: LectureFiles, name: string): string | null {
  if (isUrl(name)) {
    const wanted = canonicalUrl(name);
    for (const [url, file] of Object.entries(files.urls)) if (canonicalUrl(url) === wanted) return file;
    return null;
  }
  // A cell's working folder holds the lecture's files, so './x.csv' is 'x.csv'.
  const file = name.replace(/^(\.\/)+/, '');
  return Object.hasOwn(files.files, file) ? file : null;
}

/**
 * The kernel's FileSource over a lecture's files. `fetchBytes` reads a site path synchronously
 * (the worker: a synchronous XMLHttpRequest) and returns null when the site has no such file;
 * each file is read once per kernel.
 */
export function lectureFileSource(files: () => LectureFiles, fetchBytes: (sitePath: string) => Uint8Array | null): FileSource {
  const cache = new Map<string, Uint8Array | null>();
  return {
    read(name) {
      const current = files();
      const file = resolveLectureFile(current, name);
      if (file === null) return null;
      const sitePath = current.files[file];
      if (!cache.has(sitePath)) cache.set(sitePath, fetchBytes(sitePath));
      return cache.get(sitePath) ?? null;
    },
  };
}

// The data files a lecture ships (frontmatter `data`, src/lecture-schema.ts): where they are in
// the repository (content/data/<lecture id>/; DATA_DIR for fixture builds, as LECTURES_DIR),
// where the site serves them (<base>data/<lecture id>/<file>, src/pages/data/), and the map the
// lecture page gives its Python kernel. A declared file that is missing fails the build here,
// naming the lecture and the file.
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Lecture } from './lectures';
import type { LectureFiles } from './lib/python/kernel/lecture-files';
import { sitePath } from './site';

const dataDir = resolve(process.env.DATA_DIR ?? './content/data');

export interface ShippedFile {
  name: string;
  /** Where the build reads it. */
  source: string;
  /** Where the site serves it, base path included. */
  sitePath: string;
}

/** The lecture's declared files, each checked to exist; none when it declares none. */
export function lectureDataFiles(lecture: Lecture): ShippedFile[] {
  return (lecture.data.data?.files ?? []).map((name) => {
    const source = join(dataDir, lecture.id, name);
    if (!existsSync(source) || !statSync(source).isFile()) {
      const where = relative(process.cwd(), source);
      throw new Error(
        `${lecture.filePath ?? lecture.id}: 선언한 데이터 파일이 없습니다: ${where} / ` +
          `the data file "${name}" that the lecture declares is missing: put it at ${where} or take it out of data.files`,
      );
    }
    return { name, source, sitePath: sitePath(`data/${lecture.id}/${name}`) };
  });
}

/** What the page tells its kernel: each file's path on the site and the addresses mapped to them; null without files. */
export function lectureFilesForPage(lecture: Lecture): LectureFiles | null {
  const files = lectureDataFiles(lecture);
  if (files.length === 0) return null;
  return { files: Object.fromEntries(files.map((file) => [file.name, file.sitePath])), urls: lecture.data.data?.urls ?? {} };
}

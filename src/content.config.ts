import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lectureSchema } from './lecture-schema';

// LECTURES_DIR lets the build tests compile a fixture folder (a broken lecture, a new
// template) through the very same pipeline without touching the real course.
const lecturesDir = process.env.LECTURES_DIR ?? './content/lectures';

const lectures = defineCollection({
  loader: glob({ pattern: '**/[^_]*.mdx', base: lecturesDir }),
  schema: lectureSchema,
});

export const collections = { lectures };

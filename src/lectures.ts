// The course in reading order. Drafts are visible in `astro dev` and left out of builds.
import { getCollection, type CollectionEntry } from 'astro:content';

export type Lecture = CollectionEntry<'lectures'>;

export async function getCourseLectures(): Promise<Lecture[]> {
  const lectures = await getCollection('lectures', (lecture) => import.meta.env.DEV || !lecture.data.draft);
  return lectures.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

// How a lecture's `video` frontmatter URL is shown: YouTube in its privacy-enhanced player, a
// video file in <video>, anything else as a link only. Nothing is loaded from the other origin
// until the reader clicks (components/LectureVideo.astro).

export type VideoEmbed =
  | { kind: 'youtube'; id: string; embedUrl: string; origin: string }
  | { kind: 'youtube-playlist'; list: string; embedUrl: string; origin: string }
  | { kind: 'file'; src: string; origin: string }
  | { kind: 'link' };

const youtubeHosts = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com']);
const youtubeId = /^[\w-]{11}$/;
export const YOUTUBE_EMBED_ORIGIN = 'https://www.youtube-nocookie.com';

/** The YouTube video id of a watch, short, embed or youtu.be URL; undefined for anything else. */
export function youtubeVideoId(url: URL): string | undefined {
  if (!youtubeHosts.has(url.hostname)) return undefined;
  const candidate =
    url.hostname === 'youtu.be'
      ? url.pathname.slice(1)
      : (url.searchParams.get('v') ?? /^\/(?:embed|shorts|live)\/([^/]+)/.exec(url.pathname)?.[1]);
  return candidate && youtubeId.test(candidate) ? candidate : undefined;
}

export function videoEmbed(address: string): VideoEmbed {
  const url = new URL(address);
  const id = youtubeVideoId(url);
  if (id) {
    const start = url.searchParams.get('t') ?? url.searchParams.get('start');
    const seconds = start && /^\d+s?$/.test(start) ? `&start=${parseInt(start, 10)}` : '';
    return { kind: 'youtube', id, embedUrl: `${YOUTUBE_EMBED_ORIGIN}/embed/${id}?autoplay=1${seconds}`, origin: YOUTUBE_EMBED_ORIGIN };
  }
  const list = url.searchParams.get('list');
  if (youtubeHosts.has(url.hostname) && url.pathname === '/playlist' && list && /^[\w-]+$/.test(list)) {
    // A course's videos are often one playlist per lecture: YouTube's player plays a list too.
    return { kind: 'youtube-playlist', list, embedUrl: `${YOUTUBE_EMBED_ORIGIN}/embed/videoseries?list=${list}&autoplay=1`, origin: YOUTUBE_EMBED_ORIGIN };
  }
  if (/\.(mp4|webm|ogv|m4v)$/i.test(url.pathname)) return { kind: 'file', src: url.href, origin: url.origin };
  return { kind: 'link' };
}

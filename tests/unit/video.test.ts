import { describe, expect, it } from 'vitest';
import { videoEmbed } from '../../src/lib/video';

describe('videoEmbed', () => {
  it.each([
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ',
    'https://www.youtube.com/embed/dQw4w9WgXcQ',
    'https://m.youtube.com/watch?v=dQw4w9WgXcQ&list=PL1',
    'https://www.youtube.com/shorts/dQw4w9WgXcQ',
  ])('plays %s in the privacy-enhanced YouTube player', (url) => {
    expect(videoEmbed(url)).toEqual({
      kind: 'youtube',
      id: 'dQw4w9WgXcQ',
      embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
      origin: 'https://www.youtube-nocookie.com',
    });
  });

  it('keeps a start time', () => {
    expect(videoEmbed('https://youtu.be/dQw4w9WgXcQ?t=90')).toMatchObject({ embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=90' });
  });

  it("plays a lecture's playlist in the privacy-enhanced player", () => {
    expect(videoEmbed('https://youtube.com/playlist?list=PLQqh36zP38-xTS1PLLmvw8ECtkv6M1RTN')).toEqual({
      kind: 'youtube-playlist',
      list: 'PLQqh36zP38-xTS1PLLmvw8ECtkv6M1RTN',
      embedUrl: 'https://www.youtube-nocookie.com/embed/videoseries?list=PLQqh36zP38-xTS1PLLmvw8ECtkv6M1RTN&autoplay=1',
      origin: 'https://www.youtube-nocookie.com',
    });
  });

  it('plays a video file in <video>', () => {
    expect(videoEmbed('https://example.org/lectures/05wk-1.mp4')).toEqual({ kind: 'file', src: 'https://example.org/lectures/05wk-1.mp4', origin: 'https://example.org' });
  });

  it('only links to other pages (a course site, a YouTube channel)', () => {
    expect(videoEmbed('https://guebin.github.io/DL2022/')).toEqual({ kind: 'link' });
    expect(videoEmbed('https://www.youtube.com/@someone')).toEqual({ kind: 'link' });
  });
});

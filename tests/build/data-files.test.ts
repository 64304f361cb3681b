// The data files a lecture ships (frontmatter `data`): copied byte for byte into the site under
// its base path, listed on the lecture page for its Python kernel and as downloads. The lecture
// is tests/fixtures/data-files/, built into the /course/ site (npm run build:subpath).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lectureId, requireBuild, subpathSite } from '../support/site';

const site = requireBuild(subpathSite.distDir, 'npm run build:subpath');
const fixture = 'tests/fixtures/data-files/data/92-data-files';
const files = ['2022-10-04-dnnex0.csv', '2022-09-22-regression.csv'];
const page = readFileSync(join(site, 'lectures/92-data-files/index.html'), 'utf8');
const unescape = (text: string) => text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('lecture data files', () => {
  it('are in the site under the base path, byte for byte', () => {
    for (const file of files) expect(readFileSync(join(site, 'data/92-data-files', file)).equals(readFileSync(join(fixture, file)))).toBe(true);
  });

  it('are listed on the lecture page for its kernel: site paths, and the addresses its code reads', () => {
    const attribute = /data-lecture-files="([^"]*)"/.exec(page)?.[1];
    expect(attribute).toBeDefined();
    expect(JSON.parse(unescape(attribute!))).toEqual({
      files: Object.fromEntries(files.map((file) => [file, `/course/data/92-data-files/${file}`])),
      urls: {
        'https://raw.githubusercontent.com/guebin/DL2022/main/posts/II.%20DNN/2022-10-04-dnnex0.csv': '2022-10-04-dnnex0.csv',
        'https://raw.githubusercontent.com/guebin/DL2022/master/posts/II.%20DNN/2022-09-22-regression.csv': '2022-09-22-regression.csv',
      },
    });
  });

  it('are offered as downloads beside the notebook', () => {
    for (const file of files) expect(page).toMatch(new RegExp(`<a href="/course/data/92-data-files/${file}" download[^>]*>${file}</a>`));
  });

  it('leave a lecture without data as it was', () => {
    expect(readFileSync(join(site, `lectures/${lectureId}/index.html`), 'utf8')).not.toContain('data-lecture-files');
    expect(readdirSync(join(site, 'data')).sort()).toEqual(['03-deep-neural-network', '92-data-files']);
  });
});

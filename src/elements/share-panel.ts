// "공유/임베드": copies a link to this demo with its current parameters (on this page and as
// an iframe page) and a ready-to-paste iframe snippet for teachers.
import { toQueryString, type DemoParams } from '../lib/params';
import type { DemoHost } from './demo-host';
import { embedPageUrl } from './site-root';
import { element } from './ui';

function iframeSnippet(url: string, title: string): string {
  return `<iframe src="${url}" title="${title}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
}

export function createSharePanel(host: DemoHost, params: DemoParams, title: string): HTMLElement {
  const query = toQueryString(params);
  const embedUrl = embedPageUrl(host.embedSlug, query);
  const pageUrl = new URL(location.href);
  pageUrl.search = query;
  if (host.id) pageUrl.hash = host.id;
  const rows: [string, string][] = [['이 데모 링크', pageUrl.href]];
  if (embedUrl) rows.push(['iframe 주소', embedUrl], ['iframe 코드', iframeSnippet(embedUrl, title)]);

  const panel = element('details', { class: 'll-share' }, [element('summary', {}, ['공유/임베드'])]);
  for (const [label, text] of rows) {
    const field = element('input', { type: 'text', readonly: '', value: text, 'aria-label': label });
    const copy = element('button', { type: 'button', 'aria-label': `${label} 복사` }, ['복사']);
    copy.addEventListener('click', async () => {
      field.select();
      try {
        await navigator.clipboard.writeText(text);
        copy.textContent = '복사됨';
      } catch {
        copy.textContent = 'Ctrl+C로 복사';
      }
    });
    panel.append(element('label', { class: 'll-share-row' }, [element('span', {}, [label]), field, copy]));
  }
  return panel;
}

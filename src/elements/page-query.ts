// Demo parameters from the page URL, so a shared link (or an embed iframe's src) configures a demo.
import { demoParamSpecs, readFromQuery, type DemoParamName } from '../lib/params';

/**
 * On an embed page (data-page-query) always; on a lecture page only for the demo the link points
 * at (#its-id), so one shared link configures one demo. Applied once per element. Values are
 * copied as attribute text and validated like any attribute; never parsed as HTML.
 */
export function applyPageQuery(demo: HTMLElement): void {
  const targeted = demo.hasAttribute('data-page-query') || (demo.id !== '' && location.hash === `#${demo.id}`);
  if (!targeted || demo.dataset.pageQueryApplied !== undefined) return;
  demo.dataset.pageQueryApplied = '';
  const read = readFromQuery(new URLSearchParams(location.search));
  for (const name of Object.keys(demoParamSpecs) as DemoParamName[]) {
    const value = read(name);
    if (value !== null) demo.setAttribute(name, value);
  }
}

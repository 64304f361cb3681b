// Which fonts Chromium drew each element's Hangul with (DevTools' "Rendered Fonts"), to check
// that the site's own Korean face drew it on a machine without Korean fonts.
import type { Page } from 'playwright-core';

export const hangul = /[\uac00-\ud7a3]/g;

/**
 * Every element of the page whose own text has Hangul, with how many Hangul characters it has
 * and how many glyphs the self-hosted face drew for it (shadow roots of live demos included).
 * Elements that draw nothing (hidden) are left out. With `withinId`, only that element's subtree.
 */
export async function hangulCoverage(page: Page, withinId?: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  type DomNode = { nodeId: number; nodeType: number; nodeName: string; nodeValue: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const owners: Array<{ nodeId: number; name: string; text: string }> = [];
  // attributes is [name, value, name, value, ...]
  const idOf = (node: DomNode) => {
    const at = node.attributes?.findIndex((entry, index) => index % 2 === 0 && entry === 'id') ?? -1;
    return at >= 0 ? node.attributes![at + 1] : undefined;
  };
  const walk = (node: DomNode, inside: boolean) => {
    if (['SCRIPT', 'STYLE', 'TEMPLATE', 'TITLE', 'HEAD', 'NOSCRIPT'].includes(node.nodeName)) return;
    inside ||= withinId !== undefined && idOf(node) === withinId;
    const text = (node.children ?? []).filter((child) => child.nodeType === 3).map((child) => child.nodeValue).join('');
    if (inside && hangul.test(text)) owners.push({ nodeId: node.nodeId, name: node.nodeName, text });
    hangul.lastIndex = 0;
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child, inside);
  };
  walk(root, withinId === undefined);
  const coverage = [];
  for (const owner of owners) {
    const { fonts } = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId: owner.nodeId })) as { fonts: Array<{ familyName: string; isCustomFont: boolean; glyphCount: number }> };
    if (fonts.length === 0) continue;
    const web = fonts.filter((font) => font.isCustomFont && font.familyName.startsWith('Noto Sans KR')).reduce((sum, font) => sum + font.glyphCount, 0);
    coverage.push({ element: owner.name, text: owner.text.trim().slice(0, 60), hangul: owner.text.match(hangul)!.length, web, fonts });
  }
  await cdp.detach();
  return coverage;
}


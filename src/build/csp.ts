// The Content-Security-Policy every built page carries, as a <meta> (GitHub Pages cannot set
// headers). Scripts: only our own files plus the exact inline scripts of that page, by hash
// (the pre-paint theme script, and the small module scripts Astro inlines instead of emitting
// files). 'wasm-unsafe-eval' lets tfjs and pagefind compile their WebAssembly; nothing may eval.
// Styles keep 'unsafe-inline': KaTeX positions every glyph with style="" attributes and Astro
// inlines small scoped <style> blocks; hashes cannot cover style attributes, and CSS cannot run code.
// Images: our own files, and data: URLs (imshow's pixels, encoded by src/lib/plot/png.ts).
import { createHash } from 'node:crypto';

/**
 * The policy for a page whose inline scripts hash to `scriptHashes` ('sha256-...'). A page with a
 * lecture video (src/layouts/LectureVideo.astro) may also frame or play from that video's origin,
 * which it contacts only after the reader clicks; fonts, scripts and styles stay 'self' only.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[], videoOrigins: readonly string[] = []): string {
  const video = videoOrigins.length > 0 ? ` ${videoOrigins.join(' ')}` : '';
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes.map((hash) => `'${hash}'`)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    // a cell's imshow figure is an <image> whose PNG is a data: URL made in the page
    "img-src 'self' data:",
    ...(video ? [`frame-src 'self'${video}`, `media-src 'self'${video}`] : []),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The origins of the lecture videos on a page (data-video-origin), https only. */
export function videoOrigins(html: string): string[] {
  return [...new Set([...html.matchAll(/data-video-origin="(https:\/\/[\w.-]+(?::\d+)?)"/g)].map((match) => match[1]))];
}

const inlineScriptPattern = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** sha256 of each inline script's text, exactly as the browser hashes it. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(inlineScriptPattern)) {
    if (match[1].length === 0) continue;
    hashes.add(`sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}`);
  }
  return [...hashes];
}

/**
 * Puts the page's policy right after <meta charset>: a CSP <meta> only governs what comes
 * after it, so it must precede every script.
 */
export function addContentSecurityPolicy(html: string): string {
  if (html.includes('http-equiv="content-security-policy"')) return html;
  const meta = `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy(inlineScriptHashes(html), videoOrigins(html))}">`;
  const charset = /<meta charset="utf-8"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('cannot place the CSP: the page has no <meta charset="utf-8">');
  return html.replace(charset, (tag) => tag + meta);
}

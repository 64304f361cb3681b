// The one escape for text put into markup we write as strings: SVG/HTML figures, aria labels,
// sitemap.xml and rss.xml. Attributes are always written in double quotes.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the five characters XML gives meaning to, as named (or, for ', numeric) entities. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

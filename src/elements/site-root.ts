// Where the course site lives, for share links and iframe snippets. The lecture pages set it
// from Astro's base path; the standalone embed bundle sets it from its own URL.
let siteRoot: URL | null = null;

export function setSiteRoot(url: URL): void {
  siteRoot = url;
}

/** The iframe page of a demo, e.g. https://example.org/course/embed/logistic-train/?loss=mse */
export function embedPageUrl(demo: string, query: string): string | null {
  return siteRoot ? new URL(`embed/${demo}/${query}`, siteRoot).href : null;
}

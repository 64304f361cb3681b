// Builds the pagefind search index of the finished site into <outDir>/pagefind/.
// Pages opt in with data-pagefind-body (lecture articles); demos opt out with
// data-pagefind-ignore (components/support/DemoFrame.astro).
import * as pagefind from 'pagefind';

/**
 * KaTeX writes every formula twice (MathML for screen readers, positioned glyph spans for the
 * eye); indexed, both become single-letter noise in results and excerpts.
 */
const excludeSelectors = ['.katex', '.katex-display'];

export async function writeSearchIndex(outDir: string): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors });
    if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

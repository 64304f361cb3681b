// The one-script-tag embed: <script type="module" src="https://…/embed/demos.js"></script>
// defines every demo element of the demo list (src/elements/demo-list.ts) on any page.
// Chunks (d3, tfjs, its WASM) load lazily from next to this file, i.e. from the course site.
// The site's Korean face is added to the host page, so a reader without a Korean font still
// reads the demo's labels.
import { defineDemoElements } from '../elements/register';
import { registerKoreanFont } from '../lib/korean-font-faces';

// This file is served at <site root>/embed/demos.js.
const siteRoot = new URL(/* @vite-ignore */ '../', import.meta.url);
registerKoreanFont(new URL('_astro/', siteRoot));
defineDemoElements(siteRoot);

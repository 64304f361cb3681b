// The one-script-tag embed: <script type="module" src="https://…/embed/demos.js"></script>
// defines <logistic-data-demo>, <logistic-train-demo> and <loss-compare-demo> on any page.
// Chunks (d3, tfjs, its WASM) load lazily from next to this file, i.e. from the course site.
import { defineDemoElements } from '../elements/register';

// This file is served at <site root>/embed/demos.js.
defineDemoElements(new URL(/* @vite-ignore */ '../', import.meta.url));

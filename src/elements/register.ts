// Defines the demo elements, one per entry of the demo list. Each class only knows how to import
// its controller's chunk, so this module stays small and nothing heavy (d3, tfjs) loads before a
// demo nears the viewport.
import { DemoElement } from './demo-element';
import type { ControllerFactory } from './demo-host';
import { demos, type DemoEntry } from './demo-list';
import { setSiteRoot } from './site-root';

function elementFor(demo: DemoEntry): CustomElementConstructor {
  return class extends DemoElement {
    readonly embedSlug = demo.slug;

    protected async loadController(): Promise<ControllerFactory> {
      return (await demo.loadController()).createController;
    }
  };
}

/** Defines the elements; `siteRoot` is the course site's root URL, used in share links. */
export function defineDemoElements(siteRoot: URL): void {
  setSiteRoot(siteRoot);
  for (const demo of demos) {
    // Tolerate a second copy of the bundle on the same page (lecture + embed script).
    if (!customElements.get(demo.tag)) customElements.define(demo.tag, elementFor(demo));
  }
}

// Defines the demo elements. Each class only names the chunk holding its controller, so this
// module stays tiny and nothing heavy (d3, tfjs) loads before a demo nears the viewport.
import { DemoElement, type ControllerFactory } from './demo-element';
import { setSiteRoot } from './site-root';

class LogisticDataDemoElement extends DemoElement {
  protected async loadController(): Promise<ControllerFactory> {
    return (await import('./data-demo')).createDataDemo;
  }
}

class LogisticTrainDemoElement extends DemoElement {
  protected async loadController(): Promise<ControllerFactory> {
    return (await import('./train-demo')).createTrainDemo;
  }
}

class LossCompareDemoElement extends DemoElement {
  protected async loadController(): Promise<ControllerFactory> {
    return (await import('./compare-demo')).createCompareDemo;
  }
}

const elements: [string, CustomElementConstructor][] = [
  ['logistic-data-demo', LogisticDataDemoElement],
  ['logistic-train-demo', LogisticTrainDemoElement],
  ['loss-compare-demo', LossCompareDemoElement],
];

/** Defines the elements; `siteRoot` is the course site's root URL, used in share links. */
export function defineDemoElements(siteRoot: URL): void {
  setSiteRoot(siteRoot);
  for (const [name, constructor] of elements) {
    // Tolerate a second copy of the bundle on the same page (lecture + embed script).
    if (!customElements.get(name)) customElements.define(name, constructor);
  }
}

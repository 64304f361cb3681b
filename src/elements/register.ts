// Defines the demo elements. Each class only names the chunk holding its controller, so this
// module stays tiny and nothing heavy (d3, tfjs) loads before a demo nears the viewport.
import { DemoElement, type ControllerFactory } from './demo-element';

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
for (const [name, constructor] of elements) {
  // Tolerate a second copy of the bundle on the same page (lecture + embed script).
  if (!customElements.get(name)) customElements.define(name, constructor);
}

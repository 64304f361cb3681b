// The base of every demo element. It is all that loads with the page (a few KB): it validates
// the attributes, reflects `status`, and only when the demo nears the viewport imports its
// controller (d3, the figures) — the controller imports tfjs when training starts. The same
// class is the embed API: start(), pause(), reset(), getData(), and demo-* events.
// The pieces it wires together: viewport-watch.ts (when to load, whether it is seen),
// reader-data.ts (the reader's own data), page-query.ts (parameters from a shared link),
// shadow-render.ts (the live UI's shadow root). Controllers see it as a DemoHost (demo-host.ts).
import { demoParamSpecs, parseDemoParams, toQueryString, type DemoParams } from '../lib/params';
import { showMessage } from './message';
import type { DemoProgressDetail } from '../lib/demo-events';
import type { ControllerFactory, DemoController, DemoHost, DemoScenario, DemoStatus } from './demo-host';
import { applyPageQuery } from './page-query';
import { ReaderData } from './reader-data';
import { loadingNote, renderInShadow } from './shadow-render';
import { ViewportWatch } from './viewport-watch';

export abstract class DemoElement extends HTMLElement implements DemoHost {
  static observedAttributes = Object.keys(demoParamSpecs);

  /** The demo's iframe page, /embed/<embedSlug>/ (from the demo list, register.ts). */
  abstract readonly embedSlug: string;

  /** Imports this demo's controller module (a separate chunk). */
  protected abstract loadController(): Promise<ControllerFactory>;

  private controller: DemoController | null = null;
  private loading: Promise<DemoController | null> | null = null;
  private watch: ViewportWatch | null = null;
  private onScreen = false;
  private connected = false;
  /** The parameters (as a query string) the current demo was built from. */
  private builtFrom: string | null = null;
  /** data-control of the control to focus once the rebuilt demo is on screen. */
  private focusAfterBuild: string | null = null;
  /** The reader's own data (paste, file, data-src), kept across rebuilds until replaced. */
  private readonly readerData = new ReaderData();
  /** Bumped on every teardown, so a load that finishes after a rebuild is dropped. */
  private generation = 0;

  connectedCallback(): void {
    // Before `connected` is set, so these setAttribute calls do not trigger a rebuild.
    applyPageQuery(this);
    this.connected = true;
    if (!this.hasAttribute('status')) this.setStatus('idle');
    const params = this.readParams();
    this.builtFrom = params ? toQueryString(params) : null;
    if (!params) return;
    // Used from the embed script there is no build-time figure inside: say what is coming.
    if (this.childElementCount === 0 && !this.shadowRoot) this.render(loadingNote());
    this.watch = new ViewportWatch(this, {
      near: () => void this.load(),
      onScreen: (onScreen) => {
        this.onScreen = onScreen;
        this.controller?.setVisible(this.isVisible());
      },
      tabVisibility: () => this.controller?.setVisible(this.isVisible()),
    });
  }

  disconnectedCallback(): void {
    this.connected = false;
    this.generation++;
    this.watch?.disconnect();
    this.watch = null;
    this.controller?.dispose();
    this.controller = null;
    this.loading = null;
  }

  attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
    // During upgrade this runs once per attribute before connectedCallback: nothing to rebuild yet.
    if (oldValue === newValue || !this.connected) return;
    // The same parameters written differently (lr="0.050") change nothing.
    const parsed = this.parseParams();
    const key = parsed.ok ? toQueryString(parsed.params) : null;
    if (key !== null && key === this.builtFrom) return;
    // A new parameter means a new demo: tear down and build again from the attributes, and give
    // keyboard focus back to the control that made the change.
    this.rebuild();
  }

  /** Starts (or resumes) training; loads the demo first if needed. */
  async start(): Promise<void> {
    await (await this.load())?.start();
  }

  pause(): void {
    this.controller?.pause();
  }

  async reset(): Promise<void> {
    await (await this.load())?.reset();
  }

  /** The data this demo trains on (the reader's own, or simulated), as plain arrays (empty while its settings are invalid). */
  getData(): { x: number[]; y: number[] } {
    const parsed = this.parseParams();
    if (!parsed.ok) return { x: [], y: [] };
    const { data } = this.scenario(parsed.params);
    return { x: Array.from(data.x), y: Array.from(data.y) };
  }

  /** The data and starting point for these parameters: the reader's data when there is some. */
  scenario(params: DemoParams): DemoScenario {
    return this.readerData.scenario(params);
  }

  /**
   * Trains on the reader's CSV from now on. Returns null, or what is wrong with it
   * (Korean, then English; the demo then keeps the data it had).
   */
  useData(csv: string, source: string): string | null {
    const problem = this.readerData.useCsv(csv, source);
    if (problem === null) this.rebuild();
    return problem;
  }

  /** Back to the simulated data. */
  useSimulatedData(): void {
    if (!this.readerData.present) return;
    this.readerData.clear();
    this.rebuild();
  }

  get status(): DemoStatus {
    return (this.getAttribute('status') as DemoStatus | null) ?? 'idle';
  }

  setStatus(status: DemoStatus): void {
    if (this.getAttribute('status') !== status) this.setAttribute('status', status);
  }

  /** Shows the live demo in place of the static figure (shadow-render.ts). */
  render(...nodes: Node[]): void {
    renderInShadow(this, nodes);
  }

  /** Fires a bubbling, composed CustomEvent so host pages and iframes' parents can follow. */
  emit(type: 'demo-progress' | 'demo-done', detail: DemoProgressDetail): void;
  emit(type: 'demo-error', detail: { message: string }): void;
  emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Replaces the demo with a clear message (Korean, then English) and reports it. */
  fail(message: string, details: string[] = []): void {
    this.render(showMessage(message, details));
    this.setStatus('error');
    this.emit('demo-error', { message: [message, ...details].join('\n') });
  }

  isVisible(): boolean {
    return this.onScreen && document.visibilityState === 'visible';
  }

  private rebuild(): void {
    if (!this.connected) return;
    const focused = this.shadowRoot?.activeElement?.getAttribute('data-control');
    if (focused) this.focusAfterBuild = focused;
    this.disconnectedCallback();
    this.connectedCallback();
  }

  private parseParams() {
    return parseDemoParams((name) => this.getAttribute(name));
  }

  /** The parameters, or null after showing what is wrong with them. */
  private readParams(): DemoParams | null {
    const parsed = this.parseParams();
    if (parsed.ok) return parsed.params;
    const invalid = '데모 설정값이 올바르지 않아 학습하지 않았습니다. / The demo was not started because of invalid settings.';
    this.fail(invalid, parsed.errors.map((error) => error.message));
    return null;
  }

  private load(): Promise<DemoController | null> {
    this.loading ??= (async () => {
      const params = this.readParams();
      if (!params) return null;
      const generation = this.generation;
      this.setStatus('loading');
      try {
        const problem = await this.readerData.followDataSrc(params.dataSrc);
        if (!this.isConnected || generation !== this.generation) return null;
        if (problem) {
          this.fail('데모 데이터를 쓸 수 없습니다. / The demo data cannot be used.', [problem]);
          return null;
        }
        const createController = await this.loadController();
        if (!this.isConnected || generation !== this.generation) return null;
        this.controller = createController(this, params);
        this.controller.setVisible(this.isVisible());
        if (this.focusAfterBuild) {
          (this.shadowRoot?.querySelector(`[data-control="${this.focusAfterBuild}"]`) as HTMLElement | null)?.focus();
          this.focusAfterBuild = null;
        }
        return this.controller;
      } catch (error) {
        this.fail(
          '데모를 불러오지 못했습니다. 새로고침해 보세요. / The demo could not be loaded; try reloading the page.',
          [error instanceof Error ? error.message : String(error)],
        );
        return null;
      }
    })();
    return this.loading;
  }
}

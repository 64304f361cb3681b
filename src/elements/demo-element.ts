// The base of every demo element. It is all that loads with the page (a few KB): it validates
// the attributes, reflects `status`, and only when the demo nears the viewport imports its
// controller (d3, the figures) — the controller imports tfjs when training starts. The same
// class is the embed API: start(), pause(), reset(), getData(), and demo-* events.
import { demoParamSpecs, parseDemoParams, toQueryString, type DemoParams, type ParamError } from '../lib/params';
import { prepareScenario } from '../lib/scenario';
import type { Params } from '../lib/divergence';
import { parseUserCsv, type UserData } from '../lib/user-data';
import { showMessage } from './message';
import demoStyles from './demo.css?inline';

export type DemoStatus = 'idle' | 'loading' | 'training' | 'paused' | 'done' | 'error';

/** What demo-progress and demo-done carry: ŵ0, ŵ1 are the current estimates (at epoch 0, the start). */
export interface DemoProgressDetail {
  epoch: number;
  loss: number;
  w0: number;
  w1: number;
  backend: string;
  elapsedMs: number;
  /** <loss-compare-demo> only: which run reported ('bce' or 'mse'). */
  lossName?: 'bce' | 'mse';
  /** <loss-compare-demo> demo-done only: both runs' results. */
  runs?: Record<'bce' | 'mse', Omit<DemoProgressDetail, 'lossName' | 'runs'>>;
}

/** The live half of a demo, created once its code has loaded. */
export interface DemoController {
  start(): Promise<void>;
  pause(): void;
  reset(): Promise<void>;
  /** Called when the demo leaves or re-enters the screen, or the tab is hidden or shown. */
  setVisible(visible: boolean): void;
  dispose(): void;
}

export type ControllerFactory = (host: DemoElement, params: DemoParams) => DemoController;

/** What a demo trains on: the simulated data with its true parameters, or the reader's own (truth unknown). */
export interface DemoScenario {
  data: { x: ArrayLike<number>; y: ArrayLike<number>; v?: ArrayLike<number> };
  truth: Params | null;
  init: Params;
  /** Where the reader's own data came from (a file name, "붙여넣기", the data-src URL); null when simulated. */
  userSource: string | null;
}

/** Start loading a little before the demo scrolls into view, like Distill's d-figure. */
const LOAD_MARGIN = '600px 0px';

function loadingNote(): HTMLElement {
  const note = document.createElement('p');
  note.className = 'll-loading';
  note.textContent = '라이브 데모를 불러오는 중… / Loading the live demo…';
  return note;
}

let styleSheet: CSSStyleSheet | undefined;

/** One constructed stylesheet shared by every demo's shadow root. */
function sharedStyleSheet(): CSSStyleSheet {
  if (!styleSheet) {
    styleSheet = new CSSStyleSheet();
    styleSheet.replaceSync(demoStyles);
  }
  return styleSheet;
}

export abstract class DemoElement extends HTMLElement {
  static observedAttributes = Object.keys(demoParamSpecs);

  /** Imports this demo's controller module (a separate chunk). */
  protected abstract loadController(): Promise<ControllerFactory>;

  private controller: DemoController | null = null;
  private loading: Promise<DemoController | null> | null = null;
  private nearObserver: IntersectionObserver | null = null;
  private onScreenObserver: IntersectionObserver | null = null;
  private onScreen = false;
  private connected = false;
  /** The parameters (as a query string) the current demo was built from. */
  private builtFrom: string | null = null;
  /** data-control of the control to focus once the rebuilt demo is on screen. */
  private focusAfterBuild: string | null = null;
  /** The reader's own data (paste, file, data-src), kept across rebuilds until replaced. */
  private userData: { data: UserData; source: string; fromSrc: string | null } | null = null;
  /** Bumped on every teardown, so a load that finishes after a rebuild is dropped. */
  private generation = 0;
  private readonly onVisibilityChange = () => this.controller?.setVisible(this.isVisible());

  connectedCallback(): void {
    // Before `connected` is set, so these setAttribute calls do not trigger a rebuild.
    this.applyPageQuery();
    this.connected = true;
    if (!this.hasAttribute('status')) this.setStatus('idle');
    const params = this.readParams();
    this.builtFrom = params ? toQueryString(params) : null;
    if (!params) return;
    // Used from the embed script there is no build-time figure inside: say what is coming.
    if (this.childElementCount === 0 && !this.shadowRoot) this.render(loadingNote());
    this.nearObserver = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) void this.load();
    }, { rootMargin: LOAD_MARGIN });
    this.nearObserver.observe(this);
    this.onScreenObserver = new IntersectionObserver((entries) => {
      this.onScreen = entries[entries.length - 1].isIntersecting;
      this.controller?.setVisible(this.isVisible());
    });
    this.onScreenObserver.observe(this);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  disconnectedCallback(): void {
    this.connected = false;
    this.generation++;
    this.nearObserver?.disconnect();
    this.onScreenObserver?.disconnect();
    this.nearObserver = null;
    this.onScreenObserver = null;
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
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
    const simulated = prepareScenario(params);
    if (!this.userData) return { ...simulated, userSource: null };
    return { data: this.userData.data, truth: null, init: simulated.init, userSource: this.userData.source };
  }

  /**
   * Trains on the reader's CSV from now on. Resolves with null, or with what is wrong with it
   * (Korean, then English; the demo then keeps the data it had).
   */
  useData(csv: string, source: string): string | null {
    const parsed = parseUserCsv(csv);
    if (!parsed.ok) return parsed.message;
    this.userData = { data: parsed.data, source, fromSrc: null };
    this.rebuild();
    return null;
  }

  /** Back to the simulated data. */
  useSimulatedData(): void {
    if (!this.userData) return;
    this.userData = null;
    this.rebuild();
  }

  private rebuild(): void {
    if (!this.connected) return;
    const focused = this.shadowRoot?.activeElement?.getAttribute('data-control');
    if (focused) this.focusAfterBuild = focused;
    this.disconnectedCallback();
    this.connectedCallback();
  }

  /** Loads data-src (same-origin or CORS) unless it is what the demo already trains on. */
  private async loadDataSrc(src: string): Promise<string | null> {
    if (this.userData?.fromSrc === src) return null;
    let text: string;
    try {
      const response = await fetch(new URL(src, document.baseURI));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } catch (error) {
      return `data-src "${src}"를 불러오지 못했습니다. / Could not load data-src "${src}": ${error instanceof Error ? error.message : String(error)}`;
    }
    const parsed = parseUserCsv(text);
    if (!parsed.ok) return `data-src "${src}": ${parsed.message}`;
    this.userData = { data: parsed.data, source: src, fromSrc: src };
    return null;
  }

  get status(): DemoStatus {
    return (this.getAttribute('status') as DemoStatus | null) ?? 'idle';
  }

  setStatus(status: DemoStatus): void {
    if (this.getAttribute('status') !== status) this.setAttribute('status', status);
  }

  /**
   * Shows the live demo in an open shadow root: a host page's CSS cannot reach in and ours
   * cannot leak out (embeds on other sites). Attaching it hides the light-DOM children, which
   * are the build-time static figure, so the static figure is what shows until then.
   */
  render(...nodes: Node[]): void {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sharedStyleSheet()];
    root.replaceChildren(...nodes);
    this.replaceChildren(); // the static figure is replaced for good, also for tests and find-in-page
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

  /**
   * Parameters from the page URL: on an embed page (data-page-query) always; on a lecture page
   * only for the demo the link points at (#its-id), so one shared link configures one demo.
   * Values are copied as attribute text and validated like any attribute; never parsed as HTML.
   */
  private applyPageQuery(): void {
    const targeted = this.hasAttribute('data-page-query') || (this.id !== '' && location.hash === `#${this.id}`);
    if (!targeted || this.dataset.pageQueryApplied !== undefined) return;
    this.dataset.pageQueryApplied = '';
    const query = new URLSearchParams(location.search);
    for (const name of Object.keys(demoParamSpecs)) {
      const value = query.get(name);
      if (value !== null) this.setAttribute(name, value);
    }
  }

  private parseParams() {
    return parseDemoParams((name) => this.getAttribute(name));
  }

  /** The parameters, or null after showing what is wrong with them. */
  private readParams(): DemoParams | null {
    const parsed = this.parseParams();
    if (parsed.ok) return parsed.params;
    this.reportInvalid(parsed.errors);
    return null;
  }

  private reportInvalid(errors: ParamError[]): void {
    this.fail(
      '데모 설정값이 올바르지 않아 학습하지 않았습니다. / The demo was not started because of invalid settings.',
      errors.map((error) => error.message),
    );
  }

  private load(): Promise<DemoController | null> {
    this.loading ??= (async () => {
      const params = this.readParams();
      if (!params) return null;
      const generation = this.generation;
      this.setStatus('loading');
      try {
        if (this.userData?.fromSrc && this.userData.fromSrc !== params.dataSrc) this.userData = null;
        const problem = params.dataSrc ? await this.loadDataSrc(params.dataSrc) : null;
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

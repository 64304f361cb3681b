// How a demo draws its live UI: in an open shadow root with one constructed stylesheet that all
// demos share, so a host page's CSS cannot reach in and ours cannot leak out (embeds on other sites).
import demoStyles from './demo.css?inline';

let styleSheet: CSSStyleSheet | undefined;

function sharedStyleSheet(): CSSStyleSheet {
  if (!styleSheet) {
    styleSheet = new CSSStyleSheet();
    styleSheet.replaceSync(demoStyles);
  }
  return styleSheet;
}

/**
 * Shows `nodes` in the host's shadow root. Attaching the root hides the light-DOM children (the
 * build-time static figure), which are then removed for good, also for tests and find-in-page.
 */
export function renderInShadow(host: HTMLElement, nodes: Node[]): void {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sharedStyleSheet()];
  root.replaceChildren(...nodes);
  host.replaceChildren();
}

/** What a demo used from the embed script (no build-time figure inside) shows until its code loads. */
export function loadingNote(): HTMLElement {
  const note = document.createElement('p');
  note.className = 'll-loading';
  note.textContent = '라이브 데모를 불러오는 중… / Loading the live demo…';
  return note;
}

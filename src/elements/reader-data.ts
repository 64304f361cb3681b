// The reader's own data for a demo (pasted, a file, or the data-src attribute). It outlives the
// demo's rebuilds (a new lr keeps the reader's data) until it is replaced or dropped.
import type { DemoParams } from '../lib/params';
import { prepareScenario } from '../lib/scenario';
import { parseUserCsv, type UserData } from '../lib/user-data';
import type { DemoScenario } from './demo-host';

export class ReaderData {
  private current: { data: UserData; source: string; fromSrc: string | null } | null = null;

  get present(): boolean {
    return this.current !== null;
  }

  /** The data and starting point for these parameters: the reader's data when there is some. */
  scenario(params: DemoParams): DemoScenario {
    const simulated = prepareScenario(params);
    if (!this.current) return { ...simulated, userSource: null };
    return { data: this.current.data, truth: null, init: simulated.init, userSource: this.current.source };
  }

  /** Takes a CSV the reader gave; returns what is wrong with it (Korean, then English), keeping the old data, or null. */
  useCsv(csv: string, source: string): string | null {
    const parsed = parseUserCsv(csv);
    if (!parsed.ok) return parsed.message;
    this.current = { data: parsed.data, source, fromSrc: null };
    return null;
  }

  clear(): void {
    this.current = null;
  }

  /**
   * Follows the data-src attribute: drops data that came from a data-src no longer set, and loads
   * `src` (same-origin or CORS) unless it is what the demo already trains on. Returns the problem, or null.
   */
  async followDataSrc(src: string | undefined): Promise<string | null> {
    if (this.current?.fromSrc && this.current.fromSrc !== src) this.current = null;
    if (!src || this.current?.fromSrc === src) return null;
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
    this.current = { data: parsed.data, source: src, fromSrc: src };
    return null;
  }
}

// Tells a demo when to load (it is about to scroll into view), when it enters or leaves the
// screen, and when the tab is hidden or shown, so training pauses when nobody is watching.

/** Start loading a little before the demo scrolls into view, like Distill's d-figure. */
const LOAD_MARGIN = '600px 0px';

export interface ViewportEvents {
  near(): void;
  onScreen(onScreen: boolean): void;
  tabVisibility(): void;
}

export class ViewportWatch {
  private readonly near: IntersectionObserver;
  private readonly screen: IntersectionObserver;
  private readonly onTabVisibility = () => this.events.tabVisibility();

  constructor(target: Element, private readonly events: ViewportEvents) {
    this.near = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) events.near();
    }, { rootMargin: LOAD_MARGIN });
    this.near.observe(target);
    this.screen = new IntersectionObserver((entries) => events.onScreen(entries[entries.length - 1].isIntersecting));
    this.screen.observe(target);
    document.addEventListener('visibilitychange', this.onTabVisibility);
  }

  disconnect(): void {
    this.near.disconnect();
    this.screen.disconnect();
    document.removeEventListener('visibilitychange', this.onTabVisibility);
  }
}

// Browser-side checks shared by the e2e suites: opening a page with its problems recorded,
// and the Content-Security-Policy violations it reports.
import type { Browser, Page } from 'playwright-core';

export interface OpenedPage {
  page: Page;
  /** Console errors and warnings, page errors, failed requests. */
  problems: string[];
  /** securitypolicyviolation events: "directive blocked-uri". */
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

export async function openPage(
  browser: Browser,
  url: string,
  options: { width?: number; height?: number; colorScheme?: 'light' | 'dark'; bypassCSP?: boolean } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    // Only for injecting test tools (axe-core); every other test runs under the page's CSP.
    bypassCSP: options.bypassCSP ?? false,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Chromium cancels what is still loading when the page navigates away: its own favicon probe,
    // a font the page had just asked for. Nothing of ours failed (a missing font fails the build's
    // link check and the Korean glyph tests instead).
    if (['other', 'font'].includes(request.resourceType()) && request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`requestfailed: ${request.url()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
  return {
    page,
    problems,
    cspViolations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    close: () => context.close(),
  };
}

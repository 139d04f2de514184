import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { projectRoot } from '../../src/project-root.js';

// Debian's Chromium driven by playwright-core (Playwright's own browser download needs the
// internet). Missing browser: the suite fails and says how to install it, never skips.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = join(projectRoot, 'screenshots');

export interface BrowserSession {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  // Playwright gives each launch a new empty profile. Without the background-networking flags
  // Chromium calls Google's hosts at every start.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(screenshotDir, { recursive: true });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

export interface PageWatch {
  /** Requests to anything but loopback (aborted). */
  outside: string[];
  /** console.error messages and uncaught page errors. */
  errors: string[];
}

const LOCAL = /^(blob:|data:|about:|https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/)/;

/** Aborts and records every request that would leave the machine; records console errors. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { outside: [], errors: [] };
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (LOCAL.test(url)) return route.continue();
    watch.outside.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!LOCAL.test(url) && !watch.outside.includes(url)) watch.outside.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(String(error)));
  return watch;
}

/** An element of each panel of the overview, present once the panel is drawn from its data. */
export const FIRST_VIEW_PANELS = [
  'dl.stats div',
  'svg.weekly rect.bar',
  'svg.top-entities rect.bar',
  'svg.meetings-map .places circle',
  'ol.latest li',
];

export interface FirstView {
  /** From navigation to every panel of the overview drawn, per load. */
  loadsMs: number[];
  /** Per load: DOMContentLoaded (page and bundle) and each GraphQL request's duration. */
  details: string[];
}

/**
 * Times the dashboard's first view (every panel of FIRST_VIEW_PANELS drawn) `times` times on a warm
 * server, after one untimed load. For the browser test and for `npm run bench:dashboard`; a figure
 * to report, not a threshold.
 */
export async function timeFirstView(page: Page, url: string, times = 3): Promise<FirstView> {
  await page.goto(url);
  await page.locator('dl.stats').waitFor({ timeout: 120_000 });
  const view: FirstView = { loadsMs: [], details: [] };
  for (let load = 0; load < times; load++) {
    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await Promise.all(
      FIRST_VIEW_PANELS.map((selector) =>
        page.locator(selector).first().waitFor({ timeout: 120_000 }),
      ),
    );
    view.loadsMs.push(Date.now() - started);
    const timing = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType(
        'navigation',
      ) as PerformanceNavigationTiming[];
      const api = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('/graphql'));
      return {
        ready: Math.round(navigation?.domContentLoadedEventEnd ?? 0),
        api: api.map((entry) => Math.round(entry.duration)),
      };
    });
    view.details.push(
      `${view.loadsMs.at(-1)} ms (page and bundle ready at ${timing.ready} ms; its operations took ${timing.api.join(', ')} ms)`,
    );
  }
  return view;
}

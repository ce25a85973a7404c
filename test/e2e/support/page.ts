import { mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';
import { ROOT } from './build';

/** What the scenarios watch on every page: requests, console errors (CSP violations land there), page errors. */
export interface Watch {
  /** Every URL the browser asked for. */
  readonly requests: string[];
  /** Requests to anything but the test server's host (aborted). */
  readonly external: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Records every request of the context and aborts any that would leave this machine. */
export async function watchContext(context: BrowserContext): Promise<Watch> {
  const watch: Watch = { requests: [], external: [], consoleErrors: [], pageErrors: [] };
  const isLocal = (url: string) => {
    const u = new URL(url);
    return u.protocol === 'blob:' || u.protocol === 'data:' || LOCAL_HOSTS.has(u.hostname);
  };
  context.on('request', (r) => {
    watch.requests.push(r.url());
    if (!isLocal(r.url())) watch.external.push(r.url());
  });
  await context.route('**/*', (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
  context.on('page', (page) => watchPage(page, watch));
  return watch;
}

function watchPage(page: Page, watch: Watch): void {
  page.on('console', (m) => {
    if (m.type() === 'error') watch.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => watch.pageErrors.push(e.message));
}

/** Clicks and returns the file the page downloads, as bytes. */
export async function download(page: Page, target: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [dl]: [Download, void] = await Promise.all([page.waitForEvent('download'), target.click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

/**
 * Where screenshots go: test-output/screenshots (ignored by git) on every run, so `npm test` leaves the checkout as
 * it was; `npm run screenshots` (JUESUAN_SCREENSHOTS=docs) refreshes the ones the README shows in docs/screenshots.
 */
export const SCREENSHOTS =
  process.env.JUESUAN_SCREENSHOTS === 'docs'
    ? join(ROOT, 'docs', 'screenshots')
    : join(ROOT, 'test-output', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** "单元格：公开01表!C31、公开01表!C7" → ['公开01表!C31', '公开01表!C7']. */
export function listedCells(text: string): string[] {
  return text
    .replace(/^[^：]*：/, '')
    .split('、')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** 'Sheet!C7' → { sheet: 'Sheet', a1: 'C7' } (sheet names may contain '!'). */
export function splitRef(ref: string): { sheet: string; a1: string } {
  const i = ref.lastIndexOf('!');
  return { sheet: ref.slice(0, i).replace(/^'|'$/g, ''), a1: ref.slice(i + 1) };
}

/** data-ref of the cells the grid preview draws highlighted (on the sheet it shows). */
export function highlightedCells(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid=grid-table] td[data-highlight=true]', (els) =>
    els.map((e) => e.getAttribute('data-ref') ?? ''),
  );
}

/** Whether an element lies inside the grid's visible scroll area. */
export async function visibleInGrid(page: Page, cell: Locator): Promise<boolean> {
  const view = await page.getByTestId('grid-scroller').boundingBox();
  const box = await cell.boundingBox();
  if (!view || !box) return false;
  return (
    box.y >= view.y && box.y + box.height <= view.y + view.height && box.x >= view.x && box.x < view.x + view.width
  );
}

/** data-ref of the drawn cell covering an address: the address itself, or the top-left cell of its merged range. */
export function drawnCell(page: Page, a1: string): Promise<string | undefined> {
  return page.$$eval(
    '[data-testid=grid-table] tbody td[data-ref]',
    (tds, target) => {
      const parse = (ref: string) => {
        const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
        let col = 0;
        for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
        return { row: Number(m[2]), col };
      };
      const t = parse(target);
      for (const td of tds as HTMLTableCellElement[]) {
        const p = parse(td.dataset.ref!);
        if (t.row >= p.row && t.row < p.row + td.rowSpan && t.col >= p.col && t.col < p.col + td.colSpan)
          return td.dataset.ref;
      }
      return undefined;
    },
    a1,
  );
}

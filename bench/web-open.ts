import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { writeConsolidated } from '../scripts/gen-consolidated';
import { launchChromium } from '../test/e2e/support/browser';
import { buildWeb } from '../test/e2e/support/build';
import { serveStatic } from '../test/e2e/support/server';
import { stat, type Stat } from './stats';

/**
 * The web page as its user waits for it: the production build (`npm run build:web`, built by webpack here) served
 * from 127.0.0.1 with its CSP, Debian's chromium headless (test/e2e/support). Each run opens a fresh page (the server
 * sends no-store, so the page's lazy chunks are fetched again, as on a first visit), chooses the workbook in the file
 * input and times, in the page's own clock, from the input's change event to the first frame painted after every
 * table's mapping row is shown (映射). The page load itself is timed apart (navigation to the landing view).
 */

export interface WebOpenRow {
  readonly file: string;
  readonly bytes: number;
  readonly tables: number;
  /** change event → mapping shown (ms). */
  readonly open: Stat;
  /** navigation start → landing page shown (ms). */
  readonly load: Stat;
}

export interface WebOpenResult {
  readonly buildMs: number;
  readonly rows: WebOpenRow[];
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const RUNS = 5;

/** One fresh page: load, choose the file, wait for the mapping; both times from the page's performance clock. */
async function openOnce(
  context: BrowserContext,
  url: string,
  name: string,
  bytes: Buffer,
  tables: number,
): Promise<{ load: number; open: number }> {
  const page: Page = await context.newPage();
  try {
    await page.goto(url);
    await page.getByTestId('web-landing').waitFor();
    const load = await page.evaluate(() => performance.now());
    await page.evaluate(() => {
      const input = document.querySelector('[data-testid=web-file-input]')!;
      const w = window as unknown as { __chosenAt?: number };
      input.addEventListener('change', () => (w.__chosenAt = performance.now()), { capture: true, once: true });
    });
    await page.getByTestId('web-file-input').setInputFiles({ name, mimeType: XLSX, buffer: bytes });
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid^=mapping-row-][data-found=true]').length >= n,
      tables,
      { timeout: 600_000 },
    );
    const open = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() =>
            resolve(performance.now() - ((window as unknown as { __chosenAt?: number }).__chosenAt ?? NaN)),
          ),
        ),
    );
    return { load, open };
  } finally {
    await page.close();
  }
}

/** How many tables the page maps in a workbook: the mapping rows found on a first open (the samples have nine). */
async function tablesFound(context: BrowserContext, url: string, name: string, bytes: Buffer): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.getByTestId('web-file-input').setInputFiles({ name, mimeType: XLSX, buffer: bytes });
    await page.getByTestId('app').waitFor({ timeout: 600_000 });
    await page.locator('[data-testid^=mapping-row-]').first().waitFor({ timeout: 600_000 });
    return await page.locator('[data-testid^=mapping-row-][data-found=true]').count();
  } finally {
    await page.close();
  }
}

export async function benchWebOpen(
  root: string,
  dir: string,
  log: (s: string) => void,
  rows = 5000,
): Promise<WebOpenResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { WEB_CSP } = require(join(root, 'webpack.config.js')) as { WEB_CSP: string };
  const generated = join(dir, `web-consolidated-${rows}.xlsx`);
  if (!existsSync(generated)) await writeConsolidated(generated, { rows });
  const files = [
    join(root, 'samples', 'heshan-zfb-2021.xlsx'),
    join(root, 'samples', 'heshan-jdfw-2021.xlsx'),
    generated,
  ];
  const tmp = mkdtempSync(join(tmpdir(), 'juesuan-bench-web-'));
  const context = await launchChromium();
  try {
    const t = Date.now();
    log('[bench] web: production build of the web page');
    const build = await buildWeb(join(tmp, 'web'));
    const buildMs = Date.now() - t;
    const server = await serveStatic(build.dir, WEB_CSP);
    try {
      const out: WebOpenRow[] = [];
      for (const file of files) {
        const name = file.split(/[\\/]/).pop()!;
        const bytes = readFileSync(file);
        const tables = await tablesFound(context, server.url, name, bytes); // also the warm-up
        log(`[bench] web: ${name} (${tables} tables)`);
        const loads: number[] = [];
        const opens: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const r = await openOnce(context, server.url, name, bytes, tables);
          loads.push(r.load);
          opens.push(r.open);
        }
        out.push({ file: name, bytes: bytes.length, tables, open: stat(opens), load: stat(loads) });
      }
      return { buildMs, rows: out };
    } finally {
      await server.close();
    }
  } finally {
    await context.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

import { execFile } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { promisify } from 'util';
import { parse } from 'acorn';
import { ROOT } from './support/build';

/**
 * The add-in build parses where Excel runs the pane (issue 17): Excel for Mac uses the system WebKit, and before
 * Safari 16.4 a class static block (shipped by a Fluent UI dependency) is a parse error — a blank pane. Every script
 * of dist/ must parse as ES2021 — what Safari 14 parses (BigInt, optional chaining, logical assignment; not the
 * ES2022 class fields, private methods and static blocks) — and the boot script as ES5, so that its "cannot run here" message shows even in Internet Explorer 11.
 */
let dir: string;
let html: string;

/** JUESUAN_PANE_DIST: check an existing production build (`npx webpack --mode production`) instead of building. */
beforeAll(async () => {
  dir = process.env.JUESUAN_PANE_DIST ?? join(mkdtempSync(join(tmpdir(), 'juesuan-pane-')), 'dist');
  if (!process.env.JUESUAN_PANE_DIST) {
    const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
    await promisify(execFile)(process.execPath, [cli, '--mode', 'production', '--env', `outDir=${dir}`], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
  }
  html = readFileSync(join(dir, 'taskpane.html'), 'utf8');
}, 1_800_000); // babel over Fluent UI: minutes on a busy 2-core machine

test('taskpane.html loads the boot script before the pane, and the boot script is ES5', () => {
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((s) => !/office/.test(s));
  expect(scripts.map((s) => s.replace(/\.[0-9a-f]{8}\.js$/, ''))).toEqual(['boot', 'taskpane']);
  const boot = readFileSync(join(dir, scripts[0]), 'utf8');
  expect(() => parse(boot, { ecmaVersion: 5 })).not.toThrow();
  expect(boot).toContain('浏览器组件版本过旧');
});

test('every script of the build parses as ES2021 (WebKit of Safari 14): no class static blocks or fields', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  expect(files.length).toBeGreaterThan(2);
  const bad = files.filter((f) => {
    try {
      parse(readFileSync(join(dir, f), 'utf8'), { ecmaVersion: 2021, sourceType: 'script' });
      return false;
    } catch {
      return true;
    }
  });
  expect(bad).toEqual([]);
});

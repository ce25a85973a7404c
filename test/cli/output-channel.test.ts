import { spawn, spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/**
 * The CLI as a pipe sees it (bin/juesuan.js, src/cli/exit.ts): the whole output reaches a slow reader even when the
 * exit code is not 0, and a reader that goes away ends the command quietly. Runs the built CLI (lib/, npm run
 * build:cli) on the sample workbook and a long narrative whose numbers the workbook does not hold.
 */
const BIN = join(__dirname, '../../bin/juesuan.js');
const SAMPLE = join(__dirname, '../../samples/heshan-zfb-2021.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'juesuan-pipe-'));
const narrative = join(dir, 'narrative.txt');
writeFileSync(
  narrative,
  Array.from(
    { length: 1600 },
    (_, i) => `（${i + 1}）本年支出合计${1000 + i}.${i % 100}万元，比上年增加${i}.${i % 10}万元，增长${i % 50}%。`,
  ).join('\n'),
);
const lintArgs = [BIN, 'lint', narrative, '--workbook', SAMPLE, '--json'];

test('lint --json with findings (exit 1) delivers its whole output to a reader that starts late', async () => {
  const direct = spawnSync(process.execPath, lintArgs, { maxBuffer: 64 * 1024 * 1024 });
  expect(direct.status).toBe(1);
  expect(direct.stdout.length).toBeGreaterThan(256 * 1024); // well past a pipe's 64 KB
  // The same through a pipe nobody reads for a while: the child has written and wants to exit meanwhile.
  const child = spawn(process.execPath, lintArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pause();
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  await new Promise((r) => setTimeout(r, 1500));
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stdout.resume();
  const closed = new Promise((r) => child.stdout.on('close', r));
  expect(await exited).toBe(1);
  await closed;
  const out = Buffer.concat(chunks);
  expect(out.length).toBe(direct.stdout.length);
  expect(() => JSON.parse(out.toString('utf8'))).not.toThrow();
}, 60_000);

test('a reader that goes away (juesuan rules | head) ends the command quietly: no EPIPE stack trace', async () => {
  const child = spawn(process.execPath, [BIN, 'rules'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  child.stdout.destroy(); // the reader is gone before the first line
  const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
  expect(err).toBe('');
  expect(code).toBe(0);
}, 60_000);

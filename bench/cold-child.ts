/**
 * First calls in a fresh process (what a CLI user pays once per run), one JSON line on stdout:
 *   node -r ./scripts/register-ts.js bench/cold-child.ts <file.xlsx> exceljs   require('exceljs'), then its first load
 *   node -r ./scripts/register-ts.js bench/cold-child.ts <file.xlsx> engine    lean read, then map, check, derive, draft
 */
import { readFileSync } from 'fs';
import { readGridFromBytes } from '../src/io/xlsx';
import { stages } from './pipeline';
import { now } from './stats';

const [file, mode] = process.argv.slice(2);

async function main() {
  const buf = readFileSync(file);
  if (mode === 'exceljs') {
    const t = now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ExcelJS = require('exceljs') as typeof import('exceljs');
    await new ExcelJS.Workbook().xlsx.load(
      buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer,
    );
    process.stdout.write(JSON.stringify({ exceljsLoad: now() - t }) + '\n');
    return;
  }
  const lap = (() => {
    let t = now();
    return () => {
      const d = now() - t;
      t = now();
      return d;
    };
  })();
  const grid = readGridFromBytes(buf, file);
  const read = lap();
  const a = stages.map(grid);
  const map = lap();
  stages.check(a);
  const check = lap();
  stages.derive(grid, a);
  const derive = lap();
  stages.draft(a);
  const draft = lap();
  process.stdout.write(
    JSON.stringify({ read, map, check, derive, draft, engine: map + check + derive + draft }) + '\n',
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

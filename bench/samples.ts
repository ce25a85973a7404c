import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { basename, join } from 'path';
import ExcelJS from 'exceljs';
import { gridFromWorkbook } from '../src/io/workbook';
import { readGridFromBytes } from '../src/io/xlsx';
import { stages } from './pipeline';
import { measure, stat, type Stat } from './stats';

export interface SampleResult {
  readonly file: string;
  /** ExcelJS alone: bytes → workbook (the floor for any file-based run). */
  readonly load: Stat;
  /** ExcelJS workbook → the engine's Grid. */
  readonly grid: Stat;
  /** map + check + derive + draft + lint. */
  readonly engine: Stat;
  readonly stages: Record<'map' | 'check' | 'derive' | 'draft' | 'lint', Stat>;
  /** engine median ÷ load median. */
  readonly ratio: number;
  /** The lean reader (what the tool now reads with): bytes → Grid, steady. */
  readonly leanRead: Stat;
  /** (map + check + derive + draft) medians ÷ ExcelJS load median, steady. */
  readonly steadyRatio: number;
  /**
   * First calls in fresh processes (COLD_RUNS each): require('exceljs') and its first load; the lean read; the
   * four stages (their modules already loaded, as ExcelJS's are for its load). ratio = engine ÷ ExcelJS load.
   */
  readonly cold: { exceljsRequire: Stat; exceljsLoad: Stat; read: Stat; engine: Stat; ratio: number };
}

const RUNS = 9;
const COLD_RUNS = 5;

function coldRuns(root: string, file: string, mode: 'exceljs' | 'engine'): Record<string, number>[] {
  const out: Record<string, number>[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const line = execFileSync(
      process.execPath,
      ['-r', join(root, 'scripts/register-ts.js'), join(__dirname, 'cold-child.ts'), file, mode],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    out.push(JSON.parse(line.trim().split('\n').pop()!));
  }
  return out;
}

export async function benchSamples(root: string): Promise<SampleResult[]> {
  const files = ['heshan-zfb-2021.xlsx', 'heshan-jdfw-2021.xlsx'].map((f) => join(root, 'samples', f));
  const out: SampleResult[] = [];
  for (const file of files) {
    const buf = readFileSync(file);
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    const load = await measure(() => new ExcelJS.Workbook().xlsx.load(ab), { runs: RUNS, warmup: true });
    const leanRead = await measure(() => readGridFromBytes(buf, file), { runs: RUNS, warmup: true });
    const grid = await measure(() => gridFromWorkbook(load.last), { runs: RUNS, warmup: true });
    const g = grid.last;
    const m = await measure(() => stages.map(g), { runs: RUNS, warmup: true });
    const a = m.last;
    const check = await measure(() => stages.check(a), { runs: RUNS, warmup: true });
    const derive = await measure(() => stages.derive(g, a), { runs: RUNS, warmup: true });
    const draft = await measure(() => stages.draft(a), { runs: RUNS, warmup: true });
    const lint = await measure(() => stages.lint(draft.last, a), { runs: RUNS, warmup: true });
    const engine = await measure(
      () => {
        const x = stages.map(g);
        stages.check(x);
        stages.derive(g, x);
        stages.lint(stages.draft(x), x);
      },
      { runs: RUNS, warmup: true },
    );
    out.push({
      file: basename(file),
      load: load.stat,
      grid: grid.stat,
      engine: engine.stat,
      stages: { map: m.stat, check: check.stat, derive: derive.stat, draft: draft.stat, lint: lint.stat },
      ratio: engine.stat.median / load.stat.median,
      leanRead: leanRead.stat,
      steadyRatio: (m.stat.median + check.stat.median + derive.stat.median + draft.stat.median) / load.stat.median,
      cold: cold(root, file),
    });
  }
  return out;
}

function cold(root: string, file: string): SampleResult['cold'] {
  const ex = coldRuns(root, file, 'exceljs');
  const load = stat(ex.map((r) => r.exceljsLoad));
  const en = coldRuns(root, file, 'engine');
  const engine = stat(en.map((r) => r.engine));
  return {
    exceljsRequire: stat(ex.map((r) => r.exceljsRequire)),
    exceljsLoad: load,
    read: stat(en.map((r) => r.read)),
    engine,
    ratio: engine.median / load.median,
  };
}

import { readFileSync } from 'fs';
import { basename, join } from 'path';
import ExcelJS from 'exceljs';
import { gridFromWorkbook } from '../src/io/workbook';
import { stages } from './pipeline';
import { measure, type Stat } from './stats';

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
}

const RUNS = 9;

export async function benchSamples(root: string): Promise<SampleResult[]> {
  const files = ['heshan-zfb-2021.xlsx', 'heshan-jdfw-2021.xlsx'].map((f) => join(root, 'samples', f));
  const out: SampleResult[] = [];
  for (const file of files) {
    const buf = readFileSync(file);
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    const load = await measure(() => new ExcelJS.Workbook().xlsx.load(ab), { runs: RUNS, warmup: true });
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
    });
  }
  return out;
}

import { buildConsolidated } from '../../scripts/gen-consolidated';
import { runChecks } from '../../src/core/checks/run';
import { planFill } from '../../src/core/derive';
import { analyseGrid, type Analysis } from '../../src/core/engine';
import type { Grid } from '../../src/core/grid/grid';
import { lintNarrative } from '../../src/core/lint';
import type { Disclosure, TableModel } from '../../src/core/model/types';
import type { TableMapping, WorkbookMapping } from '../../src/core/mapping/types';
import { draftNarrative } from '../../src/core/narrative/draft';
import { renderText } from '../../src/core/narrative/render-text';
import { readGridFromBuffer } from '../../src/io/workbook';

/**
 * check, derive (fill) and lint must stay linear in the number of 科目 rows (docs/performance.md: a scan of the whole
 * table per row made them quadratic: 185 s for one check of 50,000 rows). Time is too noisy on a shared machine, so
 * this counts what a scan costs: every property read on a 科目 row object. Per row that count must not grow with the
 * table (a scan per row makes it grow with the number of rows: 8× here).
 */

/** Every row object of the tables replaced by a proxy that counts property reads into `reads.n`. */
function countRows<T extends object>(rows: readonly T[], reads: { n: number }): T[] {
  return rows.map(
    (r) =>
      new Proxy(r, {
        get(target, prop, receiver) {
          reads.n++;
          return Reflect.get(target, prop, receiver) as unknown;
        },
      }),
  );
}

function countedDisclosure(d: Disclosure, reads: { n: number }): Disclosure {
  const tables = Object.fromEntries(
    Object.entries(d.tables).map(([id, t]: [string, TableModel]) => [id, { ...t, rows: countRows(t.rows, reads) }]),
  );
  return { ...d, tables };
}

function countedMapping(m: WorkbookMapping, reads: { n: number }): WorkbookMapping {
  return { ...m, tables: m.tables.map((t): TableMapping => ({ ...t, rows: countRows(t.rows, reads) })) };
}

interface Generated {
  readonly rows: number;
  readonly grid: Grid;
  readonly analysis: Analysis;
  readonly text: string;
}

async function generated(rows: number): Promise<Generated> {
  const wb = buildConsolidated({ rows, units: 10, seed: rows });
  const { grid } = await readGridFromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()), `generated-${rows}.xlsx`);
  const analysis = analyseGrid(grid);
  return { rows, grid, analysis, text: renderText(draftNarrative(analysis.disclosure)) };
}

/** Row reads per 科目 row of one stage on a workbook. */
type Stage = (g: Generated, reads: { n: number }) => void;

const stages: [string, Stage][] = [
  [
    'check',
    (g, reads) => {
      const r = runChecks(countedDisclosure(g.analysis.disclosure, reads));
      expect(r.summary.error + r.summary.warning).toBe(0);
    },
  ],
  [
    'derive (fill)',
    (g, reads) => {
      const analysis = { ...g.analysis, mapping: countedMapping(g.analysis.mapping, reads) };
      const fill = planFill(g.grid, analysis, { mode: 'formulas', overwrite: 'none', now: '2024-01-01' });
      expect(fill.conflicts).toEqual([]);
    },
  ],
  [
    'lint',
    (g, reads) => {
      const r = lintNarrative(g.text, { disclosure: countedDisclosure(g.analysis.disclosure, reads) });
      expect(r.findings.filter((f) => f.rule !== 'placeholder')).toEqual([]); // the draft's 【请填写】 are reported
    },
  ],
];

describe('check, derive and lint read each 科目 row a bounded number of times', () => {
  let small: Generated;
  let large: Generated;
  beforeAll(async () => {
    small = await generated(600);
    large = await generated(4800);
  }, 120_000);

  it.each(stages)('%s: row reads per row do not grow with 8× the rows', (_, stage) => {
    const perRow = (g: Generated) => {
      const reads = { n: 0 };
      stage(g, reads);
      return reads.n / g.rows;
    };
    const a = perRow(small);
    const b = perRow(large);
    expect(a).toBeGreaterThan(0); // the stage does read the rows
    // Linear: about the same per row (a quadratic scan: about 8× as many).
    expect(b / a).toBeLessThan(1.5);
  });
});

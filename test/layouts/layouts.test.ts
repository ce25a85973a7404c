import { join } from 'path';
import { runChecks } from '../../src/core/checks/run';
import { planFill } from '../../src/core/derive';
import { analyseGrid, type Analysis } from '../../src/core/engine';
import { refToString, type CellRef, type Grid } from '../../src/core/grid/grid';
import type { Disclosure, Figure } from '../../src/core/model/types';
import { draftNarrative } from '../../src/core/narrative/draft';
import { renderText } from '../../src/core/narrative/render-text';
import { readGridFromFile } from '../../src/io/xlsx';
import { gridOf } from '../helpers/xlsx';
import { decOf, variantsOf, type Base } from './variants';

/**
 * Property: on every layout variant of every sample, map finds the same tables with the same fields, check reports
 * no error (舍位差异 only where the base has them), fill restores blanked totals exactly, and the draft is the
 * base's draft word for word (same figures, same unit name).
 */

const SAMPLES = ['heshan-zfb-2021.xlsx', 'heshan-jdfw-2021.xlsx'];

/** Every figure of a model by a layout-free key: table, item key or 科目 code and column. */
function figures(d: Disclosure): Map<string, Figure> {
  const out = new Map<string, Figure>();
  for (const t of Object.values(d.tables)) {
    if (!t) continue;
    for (const [k, f] of Object.entries(t.items)) out.set(`${t.id} ${k}`, f);
    for (const [k, f] of Object.entries(t.totalRow ?? {})) out.set(`${t.id} 合计 ${k}`, f);
    for (const r of t.rows) for (const [k, f] of Object.entries(r.values)) out.set(`${t.id} ${r.code} ${k}`, f);
  }
  return out;
}

/** The 合计/小计/总计 and 类 cells holding a non-zero amount: what `fill` must be able to restore. */
function totals(d: Disclosure): Figure[] {
  const out: Figure[] = [];
  for (const t of Object.values(d.tables)) {
    if (!t) continue;
    for (const [k, f] of Object.entries(t.items)) if (/total|grand/.test(k)) out.push(f);
    out.push(...Object.values(t.totalRow ?? {}));
    for (const r of t.rows) if (r.level === 1 && t.id !== 'T01' && t.id !== 'T04') out.push(...Object.values(r.values));
  }
  return out.filter((f) => f.state === 'number' && !f.value.isZero());
}

/** The grid with these cells emptied (in memory, as a user would clear them). */
function blanked(grid: Grid, cells: readonly CellRef[]): Grid {
  const keys = new Set(cells.map(refToString));
  return {
    sheets: grid.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((row, i) =>
        row?.map((c, j) => (c && keys.has(refToString({ sheet: s.name, row: i + 1, col: j + 1 })) ? undefined : c)),
      ),
    })),
  };
}

const draftOf = (a: Analysis) => renderText(draftNarrative(a.disclosure, { profile: a.mapping.profile }));

const bases = new Map<string, Base & { draft: string; summary: ReturnType<typeof runChecks>['summary'] }>();
beforeAll(async () => {
  for (const name of SAMPLES) {
    const grid = await readGridFromFile(join(__dirname, '..', '..', 'samples', name));
    const analysis = analyseGrid(grid);
    bases.set(name, { grid, analysis, draft: draftOf(analysis), summary: runChecks(analysis.disclosure).summary });
  }
});

describe.each(SAMPLES)('layout variants of %s', (sample) => {
  test('every variant: same tables and fields, no error, totals restored exactly, the same draft', async () => {
    const base = bases.get(sample)!;
    const baseFigures = figures(base.analysis.disclosure);
    const variants = variantsOf(base);
    expect(variants.length).toBeGreaterThanOrEqual(13);
    for (const v of variants) {
      const grid = await gridOf(v.sheets);
      const a = analyseGrid(grid);
      const label = `${sample} · ${v.name}`;
      // map: the same tables, each with the same fields and 科目 rows, nothing missing that the base has.
      expect([label, a.mapping.tables.map((t) => t.id)]).toEqual([
        label,
        base.analysis.mapping.tables.map((t) => t.id),
      ]);
      const got = figures(a.disclosure);
      expect([label, [...got.keys()].sort()]).toEqual([label, [...baseFigures.keys()].sort()]);
      // The same amounts, exactly (in 万元, whatever unit the variant prints).
      const differing = [...baseFigures].filter(([k, f]) => !got.get(k)?.value.eq(f.value)).map(([k]) => k);
      expect([label, differing]).toEqual([label, []]);
      // check: no error; 舍位差异 and warnings exactly as on the base.
      const { summary, findings } = runChecks(a.disclosure);
      const errors = findings.filter((f) => f.severity === 'error').map((f) => f.message);
      expect([label, errors]).toEqual([label, []]);
      expect([label, summary.rounding, summary.warning]).toEqual([label, base.summary.rounding, base.summary.warning]);
      // fill: blank every non-zero total, fill (values), each comes back as it was.
      const targets = totals(a.disclosure);
      const empty = blanked(
        grid,
        targets.map((f) => f.cell),
      );
      const fill = planFill(empty, analyseGrid(empty), { mode: 'values', now: '2026-01-01T00:00:00Z' });
      const written = new Map(fill.written.map((w) => [refToString(w.cell), w.new]));
      const wrong = targets
        .filter((f) => {
          const w = written.get(refToString(f.cell));
          return !w || !decOf(w).shift(shiftOf(f)).eq(f.value);
        })
        .map((f) => `${refToString(f.cell)} ${f.text} → ${written.get(refToString(f.cell)) ?? '未填'}`);
      expect([label, wrong]).toEqual([label, []]);
      expect([label, fill.conflicts]).toEqual([label, []]);
      // draft: word for word the base's.
      expect([label, draftOf(a) === base.draft]).toEqual([label, true]);
    }
  });
});

/** Power of ten from a figure's unit to 万元. */
function shiftOf(f: Figure): number {
  return f.unit === '元' ? -4 : f.unit === '千元' ? -1 : 0;
}

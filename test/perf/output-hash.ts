import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';
import { blankTotals } from '../../bench/pipeline';
import { buildConsolidated } from '../../scripts/gen-consolidated';
import { runChecks } from '../../src/core/checks/run';
import { Dec } from '../../src/core/decimal/dec';
import { planFill } from '../../src/core/derive';
import { analyseGrid, type Analysis } from '../../src/core/engine';
import type { Grid, GridCell } from '../../src/core/grid/grid';
import { lintNarrative } from '../../src/core/lint';
import { draftNarrative } from '../../src/core/narrative/draft';
import { renderText } from '../../src/core/narrative/render-text';
import { readGridFromBytes, readGridFromFile } from '../../src/io/xlsx';
import { gridOf } from '../helpers/xlsx';
import { variantsOf } from '../layouts/variants';

/**
 * Fingerprints of everything the engine outputs (map, check, derive, draft, lint) on every sample, every layout
 * variant of test/layouts/variants.ts, a copy of each sample with wrong figures (findings, fill conflicts) and a
 * generated consolidated workbook. Used by output-hash.test.ts and scripts/gen-output-hashes.ts (the golden).
 */

const ROOT = join(__dirname, '..', '..');
export const GOLDEN_FILE = join(__dirname, 'output-hashes.json');

/** Sample and the published narrative of the same unit (test/fixtures/lint), linted against its workbook. */
const SAMPLES: readonly [string, string][] = [
  ['heshan-zfb-2021.xlsx', 'seed-000-heshan-zfb-2021.txt'],
  ['heshan-jdfw-2021.xlsx', 'seed-004-heshan-jdfw-2021.txt'],
];

export type StageHashes = Record<'map' | 'check' | 'derive' | 'draft' | 'lint', string>;
export type OutputHashes = Record<string, StageHashes>;

/**
 * One text for any output value: object keys sorted (their order carries no meaning), arrays, Maps and Sets in
 * their order, a Dec as its units and scale (1.5 and 1.50 differ), undefined properties left out as JSON does.
 */
export function canonical(v: unknown, seen: Set<object> = new Set()): string {
  if (v === undefined) return 'undefined';
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'function') return 'function';
  if (typeof v !== 'object') return String(v);
  if (v instanceof Dec) return `Dec(${v.units},${v.scale})`;
  if (seen.has(v)) throw new Error('cycle in an engine output');
  seen.add(v);
  let out: string;
  if (Array.isArray(v)) out = `[${v.map((x) => canonical(x, seen)).join(',')}]`;
  else if (v instanceof Map)
    out = `Map{${[...v].map(([k, x]) => `${canonical(k, seen)}=>${canonical(x, seen)}`).join(',')}}`;
  else if (v instanceof Set) out = `Set{${[...v].map((x) => canonical(x, seen)).join(',')}}`;
  else if (v instanceof RegExp) out = String(v);
  else {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    out = `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(o[k], seen)}`).join(',')}}`;
  }
  seen.delete(v);
  return out;
}

const hash = (v: unknown): string => createHash('sha256').update(canonical(v)).digest('hex').slice(0, 32);

const NOW = '2024-01-01T00:00:00.000Z';

/** The five stages' outputs on one workbook, hashed stage by stage. */
export function stageHashes(grid: Grid, seed?: string): StageHashes {
  const a = analyseGrid(grid);
  const check = runChecks(a.disclosure);
  // derive: on the workbook as it is, and with its 合计/类/款 cells blank (the fill has work), both modes.
  const blank = blankTotals(grid, a);
  const ab = analyseGrid(blank);
  const derive = [
    planFill(grid, a, { mode: 'formulas', overwrite: 'none', now: NOW }),
    planFill(grid, a, { mode: 'values', overwrite: 'all', now: NOW }),
    planFill(blank, ab, { mode: 'formulas', overwrite: 'none', now: NOW }),
    planFill(blank, ab, { mode: 'values', overwrite: 'none', now: NOW }),
  ];
  const draft = draftNarrative(a.disclosure, { profile: a.mapping.profile });
  const text = renderText(draft);
  const lint = [text, seed].flatMap((t) => (t === undefined ? [] : [lintNarrative(t, { disclosure: a.disclosure })]));
  return {
    map: hash(a),
    check: hash(check),
    derive: hash(derive),
    draft: hash([draft, text]),
    lint: hash(lint),
  };
}

/**
 * The sample with wrong figures: every 7th number of every mapped table +1 (its displayed text dropped, as a
 * typed value has none yet), every 23rd replaced by text — so check has findings and the fill has conflicts.
 */
export function withWrongFigures(grid: Grid, a: Analysis): Grid {
  const edits = new Map<string, (c: GridCell) => GridCell>();
  let i = 0;
  for (const t of Object.values(a.disclosure.tables)) {
    if (!t) continue;
    const figures = [...Object.values(t.items), ...Object.values(t.totalRow ?? {})];
    for (const r of t.rows) figures.push(...Object.values(r.values));
    for (const f of figures) {
      i++;
      const key = `${f.cell.sheet}!${f.cell.row},${f.cell.col}`;
      if (i % 23 === 0) edits.set(key, (c) => ({ ...c, value: '见附表', text: undefined, formula: undefined }));
      else if (i % 7 === 0)
        edits.set(key, (c) =>
          typeof c.value === 'number' ? { ...c, value: c.value + 1, text: undefined, formula: undefined } : c,
        );
    }
  }
  return {
    sheets: grid.sheets.map((s) => ({
      ...s,
      rows: s.rows.map((row, r) =>
        row?.map((c, col) => {
          const edit = c && edits.get(`${s.name}!${r + 1},${col + 1}`);
          return edit ? edit(c) : c;
        }),
      ),
    })),
  };
}

/** Every case: name → its stage hashes. */
export async function outputHashes(): Promise<OutputHashes> {
  const out: OutputHashes = {};
  for (const [sample, seedFile] of SAMPLES) {
    const seed = readFileSync(join(ROOT, 'test', 'fixtures', 'lint', seedFile), 'utf8');
    const grid = await readGridFromFile(join(ROOT, 'samples', sample));
    const analysis = analyseGrid(grid);
    out[`${sample} · as published`] = stageHashes(grid, seed);
    out[`${sample} · wrong figures`] = stageHashes(withWrongFigures(grid, analysis), seed);
    for (const v of variantsOf({ grid, analysis })) out[`${sample} · ${v.name}`] = stageHashes(await gridOf(v.sheets));
  }
  const wb = buildConsolidated({ rows: 300, units: 6, seed: 19 });
  const generated = readGridFromBytes(new Uint8Array(await wb.xlsx.writeBuffer()), 'generated-300.xlsx');
  out['generated consolidated, 300 科目 rows'] = stageHashes(generated);
  return out;
}

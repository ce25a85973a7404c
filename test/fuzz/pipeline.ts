import { RULES } from '../../src/core/checks/rules';
import { runChecks } from '../../src/core/checks/run';
import { isToolContent, planFill, readJournal } from '../../src/core/derive';
import { analyseGrid } from '../../src/core/engine';
import { findSheet, getCell, refToString, type CellRef, type Grid } from '../../src/core/grid/grid';
import { lintNarrative } from '../../src/core/lint';
import { draftNarrative } from '../../src/core/narrative/draft';
import { renderText } from '../../src/core/narrative/render-text';
import { PROFILE_IDS } from '../../src/core/profiles/profiles';
import { STORE_SHEET } from '../../src/core/store/store';

/** Problems about one cell must say which (the others name a table or sheet). */
const CELL_PROBLEMS = /^(cell|supp|store)\./;
const RULE_IDS = new Set(RULES.map((r) => r.meta.id));

function expectCellExists(grid: Grid, ref: CellRef, what: string): void {
  const ok =
    !!findSheet(grid, ref.sheet) &&
    Number.isInteger(ref.row) &&
    ref.row >= 1 &&
    Number.isInteger(ref.col) &&
    ref.col >= 1;
  if (!ok) throw new Error(`${what} names a cell that does not exist: ${JSON.stringify(ref)}`);
}

function isEmpty(grid: Grid, ref: CellRef): boolean {
  const sheet = findSheet(grid, ref.sheet);
  const c = sheet && getCell(sheet, ref.row, ref.col);
  return !c || (!c.formula && (c.value === null || c.value === ''));
}

/**
 * The whole engine on one grid, with the promises of docs/reliability.md checked: nothing throws, no rule
 * breaks, every problem and finding about cells names existing cells, the fill never plans a write over a
 * user's cell unless told to, and the draft's text lints without error.
 */
export function checkPipeline(grid: Grid): { findings: number; writes: number; conflicts: number } {
  const analysis = analyseGrid(grid);
  const { disclosure } = analysis;

  for (const p of disclosure.problems) {
    if (p.cell) expectCellExists(grid, p.cell, `problem ${p.code}`);
    if (CELL_PROBLEMS.test(p.code) && !p.cell) throw new Error(`problem ${p.code} has no cell: ${p.message}`);
    if (p.cell && !p.message.includes(refToString(p.cell)) && !p.message.includes(p.cell.sheet))
      throw new Error(`problem ${p.code} does not name its cell ${refToString(p.cell)}: ${p.message}`);
    if (p.sheet && p.code !== 'table.ambiguous' && !findSheet(grid, p.sheet))
      throw new Error(`problem ${p.code} names a sheet that does not exist: ${p.sheet}`);
  }

  const result = runChecks(disclosure);
  for (const f of result.findings) {
    if (f.fingerprint.endsWith('|crash')) throw new Error(`rule crashed: ${f.message}`);
    for (const c of f.cells) {
      expectCellExists(grid, c.cell, `finding ${f.rule}`);
      if (c.ref !== refToString(c.cell)) throw new Error(`finding ${f.rule}: ref ${c.ref} ≠ ${refToString(c.cell)}`);
    }
    if (RULE_IDS.has(f.rule) && f.cells.length === 0) throw new Error(`finding ${f.rule} names no cell: ${f.message}`);
  }

  const { journal } = readJournal(grid);
  let writes = 0;
  let conflicts = 0;
  for (const mode of ['formulas', 'values'] as const) {
    const safe = planFill(grid, analysis, { mode, overwrite: 'none', now: '2024-01-01T00:00:00Z' });
    const conflictKeys = new Set(safe.conflicts.map((c) => refToString(c.cell)));
    const editKeys = new Set<string>();
    for (const e of safe.plan.edits) {
      if (e.ref.sheet === STORE_SHEET) continue;
      const key = refToString(e.ref);
      editKeys.add(key);
      const cell = getCell(findSheet(grid, e.ref.sheet)!, e.ref.row, e.ref.col);
      if (!isEmpty(grid, e.ref) && !isToolContent(cell, journal.get(key)))
        throw new Error(`fill (${mode}, overwrite none) writes over the user's cell ${key}: ${JSON.stringify(cell)}`);
      if (conflictKeys.has(key)) throw new Error(`fill writes the conflicting cell ${key}`);
    }
    const writtenKeys = safe.written.map((w) => refToString(w.cell)).sort();
    if (JSON.stringify(writtenKeys) !== JSON.stringify([...editKeys].sort()))
      throw new Error(`fill (${mode}): the list of written cells differs from the plan's edits`);
    // With overwrite 'all' user cells may be written, and each shows what it replaces.
    const all = planFill(grid, analysis, { mode, overwrite: 'all', now: '2024-01-01T00:00:00Z' });
    for (const w of all.written)
      if (!isEmpty(grid, w.cell) && w.old === null)
        throw new Error(`fill (${mode}, overwrite all) replaces ${refToString(w.cell)} without showing its content`);
    writes += safe.written.length;
    conflicts += safe.conflicts.length;
  }

  for (const profile of PROFILE_IDS) {
    const draft = draftNarrative(disclosure, { profile });
    const text = renderText(draft);
    for (const f of lintNarrative(text, { disclosure }).findings)
      if (!f.quote || text.slice(f.offset, f.offset + f.quote.length) !== f.quote)
        throw new Error(`lint finding ${f.rule} without its quote in the draft`);
  }
  return { findings: result.findings.length, writes, conflicts };
}

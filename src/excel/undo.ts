/// <reference types="office-js" />
import type { GridCell } from '../core/grid/grid';
import type { UndoOutcome, UndoRecord } from '../core/plan/types';
import { holdsBefore, holdsWriteOrMix, holdsWritten } from './content';
import { explain } from './errors';
import { readState } from './state';
import { thenDeleteSheets, restoreSteps, runSteps, StepFailure } from './steps';
import { DEFAULT_SYNC_TIMEOUT_MS, withContext } from './timeout';
import type { WriteOptions } from './write';

type RecordCell = UndoRecord['cells'][number];

/**
 * Undoes a write: reads back the record's cells and created sheets first, then restores only the cells that still
 * hold what the write put there and deletes only the created sheets nobody has edited since (a VeryHidden one is set
 * Hidden first: Excel refuses to delete it, office-js#365). A cell already back to its old content is skipped, so
 * an undo that failed half-way can simply be run again. What was changed since is left alone and returned.
 * Ctrl+Z is no substitute: Excel undoes add-in writes only from ExcelApi 1.20, and changing a sheet's visibility
 * clears its undo stack on Windows and Mac (engineering-notes.md).
 */
export async function undo(
  record: UndoRecord,
  context?: Excel.RequestContext,
  options: WriteOptions = {},
): Promise<UndoOutcome> {
  if (record.cells.length === 0 && record.createdSheets.length === 0) return { kept: [], keptSheets: [] };
  const ms = options.timeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
  const created = new Set(record.createdSheets);
  return withContext(context, async (ctx) => {
    const onExisting = record.cells.filter((c) => !created.has(c.ref.sheet));
    const state = await readState(
      ctx,
      onExisting.map((c) => c.ref),
      record.createdSheets,
      { ms, budget: options.budget, step: '撤销前读取单元格' },
    );
    const restore: RecordCell[] = [];
    const kept: RecordCell['ref'][] = [];
    for (const c of onExisting) {
      if (!state.sheets.has(c.ref.sheet)) {
        kept.push(c.ref);
        continue;
      }
      const now = state.cell(c.ref);
      if (holdsBefore(now, c.before)) continue; // already as before
      if (c.after === undefined || holdsWriteOrMix(now, c.before, c.after)) restore.push(c);
      else kept.push(c.ref);
    }
    const remove: string[] = [];
    const keptSheets: string[] = [];
    for (const name of record.createdSheets) {
      const now = state.whole.get(name);
      if (!now) continue; // already gone
      if (
        unchangedSheet(
          now,
          record.cells.filter((c) => c.ref.sheet === name),
        )
      )
        remove.push(name);
      else keptSheets.push(name);
    }
    try {
      await runSteps(
        ctx,
        thenDeleteSheets(restoreSteps(restore, options.budget), remove, state.sheets),
        options.onProgress,
      );
    } catch (e) {
      const cause = e instanceof StepFailure ? e.error : e;
      const err = explain(cause, '撤销写入');
      err.message += '。已恢复的单元格在再次撤销时会被跳过：排除原因后可再按「撤销这次写入」。';
      throw err;
    }
    return { kept, keptSheets };
  });
}

/**
 * May a created sheet be deleted without losing anything of the user's? Yes when every cell on it holds what the
 * write put there (a cell of ours missing — never written, or cleared since — loses nothing).
 */
function unchangedSheet(now: ReadonlyMap<string, GridCell>, cells: readonly RecordCell[]): boolean {
  const ours = new Map<string, RecordCell>(cells.map((c) => [`${c.ref.row},${c.ref.col}`, c] as const));
  for (const [k, cell] of now) {
    const c = ours.get(k);
    if (!c || (c.after !== undefined && !holdsWritten(cell, c.after))) return false;
  }
  return true;
}

import { Dec } from '../decimal/dec';
import { parseAmount } from '../decimal/amount';
import type { Grid, GridCell } from '../grid/grid';
import type { EditPlan } from '../plan/types';
import { readStore, recordsOf, replaceKind, storePlan, type StoreRecord } from '../store/store';
import { sameFormula } from './formula';
import type { FillJournalEntry } from './types';

/**
 * The fill journal: every cell the tool wrote, with what it wrote (store kind 'fill', key 'Sheet!C7').
 * A cell still holding what the journal says is the tool's own and may be rewritten; once the user changes
 * it, it is the user's again.
 */
export function readJournal(grid: Grid): { records: StoreRecord[]; journal: Map<string, FillJournalEntry> } {
  const { records } = readStore(grid);
  return { records, journal: recordsOf<FillJournalEntry>(records, 'fill') };
}

/** True when the cell still holds exactly what the tool wrote there. */
export function isToolContent(cell: GridCell | undefined, entry: FillJournalEntry | undefined): boolean {
  if (!cell || !entry) return false;
  if (entry.formula !== undefined) return sameFormula(cell.formula, entry.formula);
  if (cell.formula || entry.value === undefined) return false;
  const now = parseAmount(cell.value);
  const was = Dec.parse(entry.value);
  return now.kind === 'number' && was !== undefined && now.value.eq(was);
}

/** Plan that records the new entries in the journal (keeping every other record of the store). */
export function journalPlan(
  grid: Grid,
  records: readonly StoreRecord[],
  journal: ReadonlyMap<string, FillJournalEntry>,
  updates: ReadonlyMap<string, FillJournalEntry>,
): EditPlan {
  const merged = new Map(journal);
  for (const [k, v] of updates) merged.set(k, v);
  const fill: StoreRecord[] = [...merged].map(([key, value]) => ({ kind: 'fill', key, value }));
  return storePlan(grid, replaceKind(records, 'fill', fill));
}

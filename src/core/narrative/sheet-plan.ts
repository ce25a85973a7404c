/**
 * The draft written into a `情况说明` sheet: one paragraph per row in column A (numbers included), the section id in
 * column B so the task pane can find a section's rows. Rows left over from an earlier, longer draft are blanked.
 */
import type { CellEdit, EditPlan } from '../plan/types';
import { paragraphText, type Draft } from './types';

export const NARRATIVE_SHEET_NAME = '情况说明';

export interface SheetPlanOptions {
  readonly sheetName?: string;
  /** The sheet already exists (do not create it). */
  readonly exists?: boolean;
  /** Rows used by the previous draft in that sheet, blanked when the new draft is shorter. */
  readonly previousRows?: number;
}

export function narrativeSheetPlan(draft: Draft, opts: SheetPlanOptions = {}): EditPlan {
  const sheet = opts.sheetName ?? NARRATIVE_SHEET_NAME;
  const edits: CellEdit[] = [];
  draft.paragraphs.forEach((p, i) => {
    const row = i + 1;
    edits.push({ ref: { sheet, row, col: 1 }, value: paragraphText(p), reason: '情况说明' });
    edits.push({ ref: { sheet, row, col: 2 }, value: p.section, reason: '情况说明' });
  });
  for (let row = draft.paragraphs.length + 1; row <= (opts.previousRows ?? 0); row++) {
    edits.push({ ref: { sheet, row, col: 1 }, value: null, reason: '情况说明' });
    edits.push({ ref: { sheet, row, col: 2 }, value: null, reason: '情况说明' });
  }
  return {
    createSheets: opts.exists ? [] : [{ name: sheet, visibility: 'visible', widths: [120, 18] }],
    edits,
  };
}

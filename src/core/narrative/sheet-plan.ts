/**
 * The draft written into a `情况说明` sheet: the part's title in row 1 (as the .docx prints it), then one paragraph per
 * row in column A (numbers included), the section id in column B so the task pane can find a section's rows. Column A
 * wraps so that the sheet prints. Rows left over from an earlier, longer draft are blanked.
 */
import type { CellEdit, EditPlan } from '../plan/types';
import { partThreeTitle } from './draft';
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
  const edits: CellEdit[] = [
    { ref: { sheet, row: 1, col: 1 }, value: partThreeTitle(draft), reason: '情况说明' },
    { ref: { sheet, row: 1, col: 2 }, value: 'title', reason: '情况说明' },
  ];
  draft.paragraphs.forEach((p, i) => {
    const row = i + 2;
    edits.push({ ref: { sheet, row, col: 1 }, value: paragraphText(p), reason: '情况说明' });
    edits.push({ ref: { sheet, row, col: 2 }, value: p.section, reason: '情况说明' });
  });
  for (let row = draft.paragraphs.length + 2; row <= (opts.previousRows ?? 0); row++) {
    edits.push({ ref: { sheet, row, col: 1 }, value: null, reason: '情况说明' });
    edits.push({ ref: { sheet, row, col: 2 }, value: null, reason: '情况说明' });
  }
  return {
    createSheets: opts.exists ? [] : [{ name: sheet, visibility: 'visible', widths: [120, 18], wrap: [1] }],
    edits,
  };
}

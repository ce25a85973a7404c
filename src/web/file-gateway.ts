import type ExcelJS from 'exceljs';
import type { CellRef, Grid } from '../core/grid/grid';
import type { EditPlan, UndoRecord } from '../core/plan/types';
import { applyPlan, undoPlan } from '../io/apply-plan';
import { gridFromWorkbook, readGridFromBuffer } from '../io/workbook';
import type { Selection, WorkbookGateway } from '../taskpane/gateway';

type Listener = (refs: readonly CellRef[]) => void;

/**
 * The web page's workbook: a .xlsx held in memory as an ExcelJS workbook. Plans go through the same
 * plan-then-apply function as the CLI (src/io/apply-plan.ts); "selecting" cells tells the grid preview to show
 * and highlight them; the preview reports the user's own selection back for 「使用当前选择」.
 * Import this module lazily (it pulls in ExcelJS) so the page paints first.
 */
export class FileGateway implements WorkbookGateway {
  readonly kind = 'file' as const;
  private readonly listeners = new Set<Listener>();
  private selection: Selection | undefined;

  private constructor(
    private readonly workbook: ExcelJS.Workbook,
    readonly name: string,
  ) {}

  /** Opens .xlsx bytes; throws GridReadError with a Chinese + English reason when they are not a workbook. */
  static async open(bytes: Uint8Array, name: string): Promise<FileGateway> {
    const { workbook } = await readGridFromBuffer(bytes, name);
    return new FileGateway(workbook, name);
  }

  async read(): Promise<Grid> {
    return gridFromWorkbook(this.workbook);
  }

  async apply(plan: EditPlan): Promise<UndoRecord> {
    return applyPlan(this.workbook, plan);
  }

  async undo(record: UndoRecord): Promise<void> {
    undoPlan(this.workbook, record);
  }

  async select(refs: readonly CellRef[]): Promise<void> {
    for (const l of this.listeners) l(refs);
  }

  /** The grid preview subscribes to be told which cells to show; returns the unsubscribe function. */
  onSelect(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called by the grid preview when the user selects a range there. */
  setSelection(selection: Selection | undefined): void {
    this.selection = selection;
  }

  async currentSelection(): Promise<Selection | undefined> {
    return this.selection;
  }

  async save(): Promise<Uint8Array> {
    return new Uint8Array((await this.workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }
}

import type ExcelJS from 'exceljs';
import type { CellRef, Grid } from '../core/grid/grid';
import type { EditPlan, UndoRecord } from '../core/plan/types';
import { applyPlan, undoPlan } from '../io/apply-plan';
import { gridFromWorkbook, loadExcelJSWorkbook } from '../io/workbook';
import { openWorkbookBytes } from '../io/open-bytes';
import { xlsNote, xlsxNameOf } from '../io/xls';
import type { Selection, WorkbookGateway } from '../taskpane/gateway';

type Listener = (refs: readonly CellRef[]) => void;
type ChangeListener = () => void;
type WriteListener = (label: string, record: UndoRecord) => void;

/**
 * The web page's workbook: a .xlsx held in memory, read by the lean reader (no ExcelJS to open and map it) and
 * loaded into ExcelJS only when a plan is applied or the file saved (ExcelJS is its own lazy chunk). Plans go
 * through the same plan-then-apply function as the CLI (src/io/apply-plan.ts); "selecting" cells tells the grid
 * preview to show and highlight them; the preview reports the user's own selection back for 「使用当前选择」.
 */
export class FileGateway implements WorkbookGateway {
  readonly kind = 'file' as const;
  private readonly listeners = new Set<Listener>();
  private readonly previewListeners = new Set<Listener>();
  private readonly changeListeners = new Set<ChangeListener>();
  private readonly writeListeners = new Set<WriteListener>();
  private selection: Selection | undefined;
  /** The grid of the workbook as it is now; dropped by every edit (the task pane and the preview both read it). */
  private grid: Grid | undefined;
  private edits = 0;

  /** ExcelJS's workbook of the bytes, loaded on the first edit or save. */
  private workbook: Promise<ExcelJS.Workbook> | undefined;

  private constructor(
    private readonly bytes: Uint8Array,
    readonly name: string,
    grid: Grid,
    /** For a legacy .xls: the note that it was converted and is saved as .xlsx. */
    readonly note?: string,
  ) {
    this.grid = grid;
  }

  /**
   * Opens .xlsx bytes (or a legacy .xls, converted: the gateway then holds the .xlsx and its name ends in .xlsx);
   * throws GridReadError with a Chinese + English reason when they are not a workbook.
   */
  static async open(bytes: Uint8Array, name: string): Promise<FileGateway> {
    const opened = await openWorkbookBytes(bytes, name);
    if (!opened.convertedFrom) return new FileGateway(bytes, name, opened.grid);
    return new FileGateway(opened.bytes, xlsxNameOf(name), opened.grid, xlsNote(name));
  }

  /** Loads ExcelJS and the workbook into it ahead of the first write (else the first write waits for both). */
  async loadForWriting(): Promise<void> {
    await this.excel();
  }

  private excel(): Promise<ExcelJS.Workbook> {
    this.workbook ??= loadExcelJSWorkbook(this.bytes, this.name);
    return this.workbook;
  }

  async read(): Promise<Grid> {
    this.grid ??= gridFromWorkbook(await this.excel());
    return this.grid;
  }

  async apply(plan: EditPlan): Promise<UndoRecord> {
    const workbook = await this.excel();
    try {
      return applyPlan(workbook, plan);
    } finally {
      this.changed();
    }
  }

  async undo(record: UndoRecord): Promise<void> {
    const workbook = await this.excel();
    try {
      undoPlan(workbook, record);
    } finally {
      this.changed();
    }
  }

  /**
   * A write made in the page itself (a 补充信息 value typed in the grid): applied like every plan, then announced
   * to the pane, which keeps it as its last write (one-step undo) and re-reads the workbook.
   */
  async edit(plan: EditPlan, label: string): Promise<UndoRecord> {
    const record = await this.apply(plan);
    for (const l of this.writeListeners) l(label, record);
    return record;
  }

  onWrite(listener: WriteListener): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  /**
   * 重新读取 on the web: reads the workbook again from what 下载工作簿 would save (the file with every unsaved edit
   * applied), by the same reader that opened it, so the pane and the grid show exactly what will be downloaded.
   */
  async reload(): Promise<void> {
    // Nothing written since the file was opened: the grid read then is the file as it is.
    if (!this.workbook || this.edits === 0) return;
    const opened = await openWorkbookBytes(await this.save(), this.name);
    this.grid = opened.grid;
    for (const l of this.changeListeners) l();
  }

  /** How many plans and undos were applied since the file was opened (the page warns before losing them). */
  get editCount(): number {
    return this.edits;
  }

  /** The grid preview re-reads the workbook after every edit; returns the unsubscribe function. */
  onChange(listener: ChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private changed(): void {
    this.grid = undefined;
    this.edits++;
    for (const l of this.changeListeners) l();
  }

  async select(refs: readonly CellRef[]): Promise<void> {
    for (const l of this.listeners) l(refs);
  }

  /** The grid preview subscribes to be told which cells to show; returns the unsubscribe function. */
  /** Cells a figure points at while hovered or focused ([] when it leaves): the grid preview outlines them. */
  preview(refs: readonly CellRef[]): void {
    for (const l of this.previewListeners) l(refs);
  }

  onPreview(listener: Listener): () => void {
    this.previewListeners.add(listener);
    return () => this.previewListeners.delete(listener);
  }

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

  /** The workbook as it is now: the file's own bytes until a plan has been applied. */
  async save(): Promise<Uint8Array> {
    if (!this.workbook) return this.bytes;
    return new Uint8Array((await (await this.workbook).xlsx.writeBuffer()) as ArrayBuffer);
  }
}

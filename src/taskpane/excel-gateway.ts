/// <reference types="office-js" />
import type { CellRef, Grid } from '../core/grid/grid';
import type { EditPlan, UndoRecord } from '../core/plan/types';
import { applyPlan, currentSelection, readWorkbook, selectCells, undo, type GatewayOptions } from '../excel';
import type { Selection, WorkbookGateway } from './gateway';

export interface ExcelGatewayOptions extends GatewayOptions {
  /** The workbook's file name, when Office tells it (shown in the pane, used for download names). */
  readonly name?: string;
  /** A request context to reuse (tests pass a fake); by default every call runs in its own `Excel.run` batch. */
  readonly context?: Excel.RequestContext;
}

/**
 * The task pane's gateway in Excel: each call is one function of src/excel, with its fixed number of syncs
 * (read 2, apply 2, undo 1, select 1, current selection 1), each sync under the timeout of src/excel/timeout.ts.
 */
export class ExcelGateway implements WorkbookGateway {
  readonly kind = 'excel' as const;
  readonly name?: string;
  private readonly context?: Excel.RequestContext;
  private readonly sync: GatewayOptions;

  constructor(options: ExcelGatewayOptions = {}) {
    this.name = options.name;
    this.context = options.context;
    this.sync = options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {};
  }

  read(): Promise<Grid> {
    return readWorkbook(this.context, this.sync);
  }

  apply(plan: EditPlan): Promise<UndoRecord> {
    return applyPlan(plan, this.context, this.sync);
  }

  undo(record: UndoRecord): Promise<void> {
    return undo(record, this.context, this.sync);
  }

  select(refs: readonly CellRef[]): Promise<void> {
    return selectCells(refs, this.context, this.sync);
  }

  currentSelection(): Promise<Selection | undefined> {
    return currentSelection(this.context, this.sync);
  }
}

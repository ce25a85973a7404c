/// <reference types="office-js" />
import type { CellRef, Grid } from '../core/grid/grid';
import type { EditPlan, UndoOutcome, UndoRecord } from '../core/plan/types';
import { readWorkbook } from '../excel/read';
import { selectCells } from '../excel/select';
import { currentSelection } from '../excel/selection';
import type { GatewayOptions } from '../excel/timeout';
import type { Selection, WorkbookGateway } from './gateway';

/** The write side (apply, undo) is its own chunk, fetched on the first write: 映射 only reads and selects. */
const loadWrite = () => import(/* webpackChunkName: "excel-write" */ '../excel/write');

export interface ExcelGatewayOptions extends GatewayOptions {
  /** The workbook's file name, when Office tells it (shown in the pane, used for download names). */
  readonly name?: string;
  /** A request context to reuse (tests pass a fake); by default every call runs in its own `Excel.run` batch. */
  readonly context?: Excel.RequestContext;
  /** Bytes per request/response to aim under (tests; default: Excel on the web's 5 MB with a margin). */
  readonly budget?: number;
}

/**
 * The task pane's gateway in Excel: each call is one function of src/excel. Reads run under the timeout of
 * src/excel/timeout.ts; writes and undo never do (a sync cannot be cancelled) and report their syncs to
 * `onProgress` instead. Errors reach the pane as Chinese messages chosen by Excel's error code (src/excel/errors.ts);
 * a failed write says what the workbook holds now (WriteFailedError).
 */
export class ExcelGateway implements WorkbookGateway {
  readonly kind = 'excel' as const;
  readonly name?: string;
  /** Set by the pane to show a long write's progress (syncs done / in all). */
  onProgress?: (done: number, total: number) => void;
  private readonly context?: Excel.RequestContext;
  private readonly options: GatewayOptions & { budget?: number };

  constructor(options: ExcelGatewayOptions = {}) {
    this.name = options.name;
    this.context = options.context;
    this.options = {
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.budget !== undefined ? { budget: options.budget } : {}),
    };
  }

  read(): Promise<Grid> {
    return readWorkbook(this.context, this.options);
  }

  async apply(plan: EditPlan): Promise<UndoRecord> {
    const { applyPlan } = await loadWrite();
    return applyPlan(plan, this.context, { ...this.options, onProgress: (d, t) => this.onProgress?.(d, t) });
  }

  async undo(record: UndoRecord): Promise<UndoOutcome> {
    const { undo } = await loadWrite();
    return undo(record, this.context, { ...this.options, onProgress: (d, t) => this.onProgress?.(d, t) });
  }

  select(refs: readonly CellRef[]): Promise<void> {
    return selectCells(refs, this.context, this.options);
  }

  currentSelection(): Promise<Selection | undefined> {
    return currentSelection(this.context, this.options);
  }
}

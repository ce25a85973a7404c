/**
 * The Office.js gateway: everything the add-in does to the open workbook goes through these functions, each in a
 * fixed, small number of `context.sync()` calls (read: 2, apply a plan: 2, undo: 1, select: 1, current selection: 1).
 */
export { readWorkbook } from './read';
export { applyPlan, undo, SUSPEND_CALC_ABOVE } from './write';
export { selectCells, HIGHLIGHT_FILL } from './select';
export { currentSelection, boxFromAddress, type SheetRange } from './selection';
export {
  withTimeout,
  syncWithTimeout,
  ExcelTimeoutError,
  DEFAULT_SYNC_TIMEOUT_MS,
  type GatewayOptions,
} from './timeout';

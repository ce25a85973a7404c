/**
 * The Office.js gateway: everything the add-in does to the open workbook goes through these functions. Reads run
 * under a timeout and are cut to Excel on the web's 5 MB limit; writes are never raced against a timer, report
 * progress, and survive a failed batch (see write.ts).
 */
export { readWorkbook, type ReadOptions } from './read';
export { applyPlan, WriteFailedError, type WriteOptions } from './write';
export { undo } from './undo';
export { SUSPEND_CALC_ABOVE } from './steps';
export { selectCells, HIGHLIGHT_FILL } from './select';
export { currentSelection, boxFromAddress, type SheetRange } from './selection';
export { ExcelGatewayError, explain, reasonFor } from './errors';
export {
  withTimeout,
  syncWithTimeout,
  ExcelTimeoutError,
  DEFAULT_SYNC_TIMEOUT_MS,
  type GatewayOptions,
} from './timeout';

/// <reference types="office-js" />
import type { CellRef } from '../core/grid/grid';
import { a1, colLetters, rangeA1 } from '../core/grid/grid';
import type { CellEdit, CellWritten, EditPlan, UndoRecord } from '../core/plan/types';
import { coverBoxes } from './blocks';
import { contentToOffice, visibilityToOffice } from './cells';
import { holdsBefore } from './content';
import { errorCode, ExcelGatewayError, explain, reasonFor } from './errors';
import { bandIndex, loadRanges } from './load-ranges';
import { cellAt, readState } from './state';
import {
  bySheet,
  thenDeleteSheets,
  restoreSteps,
  runSteps,
  StepFailure,
  SUSPEND_CALC_ABOVE,
  writeSteps,
  type CellWrite,
  type Step,
} from './steps';
import { DEFAULT_SYNC_TIMEOUT_MS, syncWithTimeout, withContext, type GatewayOptions } from './timeout';

export { SUSPEND_CALC_ABOVE };
export { undo } from './undo';

export interface WriteOptions extends GatewayOptions {
  /** Bytes per request to aim under (default PAYLOAD_BUDGET: Excel on the web's 5 MB with a margin). */
  readonly budget?: number;
  /** After each write sync: syncs done, syncs in all (a large write on the web takes several). */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * A write that did not complete. `outcome` says what the workbook looks like now:
 * - 'unchanged': nothing was written, or everything written was put back (compensating undo);
 * - 'partial': `changed` lists the cells the write changed and could not put back — `record` undoes them;
 * - 'unknown': Excel could not even be read back; `record` is the whole write's undo record.
 */
export class WriteFailedError extends ExcelGatewayError {
  constructor(
    message: string,
    code: string | undefined,
    readonly outcome: 'unchanged' | 'partial' | 'unknown',
    readonly record: UndoRecord | undefined,
    readonly changed: readonly CellRef[],
  ) {
    super(message, code, undefined);
    this.name = 'WriteFailedError';
  }
}

/**
 * Applies a plan: one sync (more only past the payload budget) reads the old content of every edited cell and the
 * sheet list, then the writes go in as few syncs as the 5 MB request limit allows. Each sheet's edits are covered by
 * a few rectangles (coverBoxes) written with 2-D arrays holding null for every cell outside the plan: Office.js
 * leaves such a cell unchanged (docs: "Blank and null values in Excel add-ins"). A sheet the plan creates is hidden
 * in the same command list right after it is added, before anything is written into it.
 *
 * A batch is not a transaction (engineering-notes.md): when a write sync fails, the cells are read back, every cell
 * that no longer holds its old content is put back and the created sheets deleted (a compensating undo), and the
 * error says so; if that fails too, the error lists the changed cells and carries the undo record. Write syncs have
 * no timeout (a sync cannot be cancelled); `onProgress` reports them instead.
 */
export async function applyPlan(
  plan: EditPlan,
  context?: Excel.RequestContext,
  options: WriteOptions = {},
): Promise<UndoRecord> {
  if (plan.createSheets.length === 0 && plan.edits.length === 0) return { cells: [], createdSheets: [] };
  const ms = options.timeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS;
  const edits = lastEditPerCell(plan.edits);
  const created = new Set(plan.createSheets.map((s) => s.name));
  return withContext(context, async (ctx) => {
    const worksheets = ctx.workbook.worksheets;
    // 1. Old contents of the boxes covering the edits of existing sheets, the sheet list, the tables under formulas.
    const onExisting = edits.filter((e) => !created.has(e.ref.sheet));
    const reads = [...bySheet(onExisting)].flatMap(([sheet, list]) =>
      coverBoxes(list.map((e) => ({ row: e.ref.row, col: e.ref.col, item: e }))).map((b) => ({
        sheet,
        box: b.box,
        formulas: b.items.some((r) => r.some((e) => e?.formula !== undefined)),
      })),
    );
    const probes: { sheet: string; tables: Excel.TableScopedCollection }[] = [];
    let bands;
    try {
      bands = await loadRanges(ctx, reads, ['values', 'numberFormat', 'formulas'], '读取将被改写的单元格', {
        ms,
        budget: options.budget,
        first: () => {
          probes.length = 0; // sent again with a retried first sync
          worksheets.load('items/name');
          for (const r of reads.filter((x) => x.formulas)) {
            const tables = worksheets.getItem(r.sheet).getRange(rangeA1(r.box)).getTables(false);
            tables.load('items/name');
            probes.push({ sheet: r.sheet, tables });
          }
        },
      });
    } catch (e) {
      throw readFailure(e, [...new Set(reads.map((r) => r.sheet))]);
    }
    const existing = new Set(worksheets.items.map((w) => w.name));
    const clash = plan.createSheets.filter((s) => existing.has(s.name)).map((s) => `「${s.name}」`);
    if (clash.length) throw new Error(`工作簿中已有工作表 ${clash.join('、')}，未做任何修改。`);
    await refuseTableFormulas(ctx, probes, onExisting, ms);

    const at = bandIndex(bands);
    const record: UndoRecord = {
      cells: edits.map((e) => {
        const hit = created.has(e.ref.sheet) ? undefined : at(e.ref.sheet, e.ref.row, e.ref.col);
        return { ref: e.ref, before: hit && cellAt(hit.band, hit.i, hit.j), after: written(e) };
      }),
      createdSheets: plan.createSheets.map((s) => s.name),
    };

    // 2. Create and hide the new sheets, then write, in syncs under the request budget.
    const steps = writeSteps(
      edits.map((e) => ({ ref: e.ref, write: editToWrite(e) })),
      {
        budget: options.budget,
        suspendCalc: edits.length > SUSPEND_CALC_ABOVE,
        prefix: (c, sheet) => {
          for (const s of plan.createSheets) {
            const ws = sheet(s.name, c.workbook.worksheets.add(s.name));
            if (s.visibility !== 'visible') ws.visibility = visibilityToOffice(s.visibility) as Excel.SheetVisibility;
            s.widths?.forEach((w, i) => {
              const col = colLetters(i + 1);
              ws.getRange(`${col}:${col}`).format.columnWidth = charsToPoints(w);
            });
            s.wrap?.forEach((n) => {
              const col = colLetters(n);
              ws.getRange(`${col}:${col}`).format.wrapText = true;
            });
          }
        },
      },
    );
    try {
      await runSteps(ctx, steps, options.onProgress);
    } catch (e) {
      if (!(e instanceof StepFailure)) throw e;
      return recover(ctx, record, steps, e, { ms, budget: options.budget });
    }
    return record;
  });
}

/**
 * After write step `failure.index` failed: read back, put back every cell that changed and delete the created
 * sheets; always ends by throwing a WriteFailedError that says exactly what the workbook holds now.
 */
async function recover(
  ctx: Excel.RequestContext,
  record: UndoRecord,
  steps: readonly Step[],
  failure: StepFailure,
  options: { ms: number; budget?: number },
): Promise<never> {
  const code = errorCode(failure.error);
  const why = `写入工作簿失败：${reasonFor(failure.error)}（Excel 错误代码 ${code ?? '无'}）`;
  const created = new Set(record.createdSheets);
  let state;
  try {
    const refs = record.cells.filter((c) => !created.has(c.ref.sheet)).map((c) => c.ref);
    state = await readState(ctx, refs, [], { ...options, step: '写入失败后读回单元格' });
  } catch {
    const maybe = steps.slice(0, failure.index + 1).flatMap((s) => s.cells);
    throw new WriteFailedError(
      `${why}。Excel 可能已写入部分单元格，且无法读回核对（最多 ${maybe.length} 个：${listRefs(maybe)}${
        created.size ? `；可能已新建工作表 ${names(record.createdSheets)}` : ''
      }）。本次写入的撤销记录已保留：排除上述原因后，请按「撤销这次写入」。`,
      code,
      'unknown',
      record,
      maybe,
    );
  }
  const changed = record.cells.filter(
    (c) => !created.has(c.ref.sheet) && state.sheets.has(c.ref.sheet) && !holdsBefore(state.cell(c.ref), c.before),
  );
  const sheetsNow = record.createdSheets.filter((s) => state.sheets.has(s));
  if (changed.length === 0 && sheetsNow.length === 0)
    throw new WriteFailedError(`${why}。工作簿未被修改。`, code, 'unchanged', undefined, []);
  const back: UndoRecord = { cells: changed, createdSheets: sheetsNow };
  try {
    await runSteps(ctx, thenDeleteSheets(restoreSteps(changed, options.budget), sheetsNow, state.sheets));
  } catch (e) {
    const cause = e instanceof StepFailure ? e.error : e;
    throw new WriteFailedError(
      `${why}。自动恢复也未成功（${reasonFor(cause)}）。已被改写的单元格 ${changed.length} 个：${listRefs(
        changed.map((c) => c.ref),
      )}${sheetsNow.length ? `；已新建的工作表：${names(sheetsNow)}` : ''}。本次写入的撤销记录已保留：排除原因后，请按「撤销这次写入」。`,
      code,
      'partial',
      back,
      changed.map((c) => c.ref),
    );
  }
  throw new WriteFailedError(
    `${why}。已写入的 ${changed.length} 个单元格已自动恢复${
      sheetsNow.length ? `、新建的工作表 ${names(sheetsNow)} 已删除` : ''
    }，工作簿与写入前相同。`,
    code,
    'unchanged',
    undefined,
    [],
  );
}

/**
 * Office.js writes a formula into an Excel table's column as a calculated column: the whole column takes it
 * (office-js#2093), changing cells outside the plan. A plan that would do so is refused before anything is written.
 * Costs a sync only when an edited area overlaps a table.
 */
async function refuseTableFormulas(
  ctx: Excel.RequestContext,
  probes: readonly { sheet: string; tables: Excel.TableScopedCollection }[],
  edits: readonly CellEdit[],
  ms: number,
): Promise<void> {
  const bodies = probes.flatMap((p) =>
    p.tables.items.map((t) => {
      const body = t.getDataBodyRange();
      body.load('address');
      return { sheet: p.sheet, name: t.name, body };
    }),
  );
  if (bodies.length === 0) return;
  try {
    await syncWithTimeout(ctx, '检查表格区域', ms);
  } catch (e) {
    throw explain(e, '检查表格区域');
  }
  for (const { sheet, name, body } of bodies) {
    const box = boxOf(body.address);
    const hits = edits.filter(
      (e) =>
        e.formula !== undefined &&
        e.ref.sheet === sheet &&
        box &&
        e.ref.row >= box.top &&
        e.ref.row <= box.bottom &&
        e.ref.col >= box.left &&
        e.ref.col <= box.right,
    );
    if (hits.length)
      throw new Error(
        `公式将写入工作表「${sheet}」中 Excel 表格「${name}」的数据区（${listRefs(hits.map((h) => h.ref))}）：` +
          'Excel 会把整列变成计算列，改写该列的其他单元格。未做任何修改。请先把该表格转换为普通区域（表设计 → 转换为区域）后重试。',
      );
  }
}

function boxOf(address: string) {
  const m = /([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address.replace(/\$/g, ''));
  if (!m) return undefined;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1]), bottom: Number(m[4] ?? m[2]), right: col(m[3] ?? m[1]) };
}

/** At most 20 cells by address, then how many more. */
export function listRefs(refs: readonly CellRef[]): string {
  const shown = refs.slice(0, 20).map((r) => `${r.sheet}!${a1(r.row, r.col)}`);
  return refs.length > 20 ? `${shown.join('、')} 等 ${refs.length} 个` : shown.join('、');
}

const names = (list: readonly string[]) => list.map((s) => `「${s}」`).join('、');

function written(e: CellEdit): CellWritten {
  const content = e.formula !== undefined ? { formula: e.formula } : e.value !== undefined ? { value: e.value } : {};
  return e.numFmt !== undefined ? { ...content, numFmt: e.numFmt } : content;
}

function editToWrite(e: CellEdit): CellWrite {
  const hasContent = e.formula !== undefined || e.value !== undefined;
  return { content: hasContent ? contentToOffice(e) : null, numFmt: e.numFmt ?? null };
}

/** Later edits of the same cell override earlier ones field by field. */
function lastEditPerCell(edits: readonly CellEdit[]): CellEdit[] {
  const m = new Map<string, CellEdit>();
  for (const e of edits) {
    const k = `${e.ref.sheet}\u0000${e.ref.row}\u0000${e.ref.col}`;
    const prev = m.get(k);
    if (!prev) m.set(k, e);
    else if (e.formula !== undefined || e.value !== undefined)
      m.set(k, {
        ...e,
        numFmt: e.numFmt ?? prev.numFmt,
        formula: e.formula,
        value: e.formula !== undefined ? undefined : e.value,
      });
    else m.set(k, { ...prev, numFmt: e.numFmt ?? prev.numFmt });
  }
  return [...m.values()];
}

/** Column width: characters (as in ExcelJS) → points (Office.js); a character of the default font is about 7 px. */
function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function readFailure(e: unknown, sheets: string[]): Error {
  if (e instanceof Error && e.name === 'ExcelTimeoutError') return e;
  const list = sheets.map((s) => `「${s}」`).join('、');
  const why = e instanceof Error ? e.message : String(e);
  return new Error(`写入前读取原内容失败，未做任何修改（涉及工作表 ${list || '（无）'}；可能已被改名或删除）：${why}`);
}

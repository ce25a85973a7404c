import type { Grid, RangeBox } from '../../src/core/grid/grid';
import { isCellError, parseRangeA1, rangeA1 } from '../../src/core/grid/grid';

/**
 * A small hand-written fake of the Excel objects the gateway uses (office-addin-mock cannot mock collections and
 * counts nothing — engineering-notes.md). It behaves like Office.js where the gateway depends on it:
 * - writes are queued and happen at `sync()`; loaded properties are readable only after a sync (else it throws);
 * - 2-D arrays: null leaves a cell unchanged; '' clears content / resets the number format to General;
 * - it counts syncs and proxy objects (ranges among them), so tests can check batching;
 * - it records every cell a 2-D array write touches (a non-null entry) and the cells loaded, so tests can check
 *   that cells outside a plan are never written, and how much a read asks for;
 * - a range over `readCellLimit` cells loads null arrays, as Excel does past about 5,000,000 cells per read.
 * And it is no kinder than Excel where real users get hurt (engineering-notes.md, "Found later"):
 * - a batch is not a transaction: the operations before a failing one stay applied, none after it run;
 * - a VeryHidden sheet cannot be deleted (InvalidOperation, office-js#365), nor a hidden sheet activated;
 * - `requestLimit` / `responseLimit` (Excel on the web: `web()`, about 5 MB each) are measured on the serialized
 *   request (before anything runs: RequestPayloadSizeLimitExceeded) and response (after the batch ran, so its writes
 *   stay: ResponsePayloadSizeLimitExceeded); every sync's sizes are kept in `requestBytes` / `responseBytes`;
 * - a refused or failed sync delivers no loaded value: properties it loaded stay unreadable (PropertyNotLoaded);
 * - `getMergedAreasOrNullObject` fails above `mergedAreaLimit` (512) areas and, like Excel (office-js#3611), reports
 *   only areas whose top-left cell lies in the range;
 * - cell-edit mode (`book.cellEditMode`) refuses every batch (InvalidOperationInCellEditMode), a protected sheet every
 *   write to it (AccessDenied);
 * - `formulas` of text typed as `'=…` is that text without its apostrophe (office-js#6687);
 * - a formula written into a table (ListObject) column fills the whole column (a calculated column, office-js#2093);
 * - `delayMs` delays every answer while the batch still lands (a sync cannot be cancelled), and `failOp` makes the
 *   n-th operation of a sync fail, for partial-failure tests.
 */

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numFmt?: string;
  text?: string;
  fill?: string;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, FakeCell>;
  merges: RangeBox[];
  columnWidths: Map<string, number>;
  /** A protected sheet: every write to it fails with AccessDenied. */
  protected?: boolean;
  /** Excel tables (ListObjects): header row = box.top, data body below it. */
  tables?: { name: string; box: RangeBox }[];
}

/** An Office.js-like error: `code` is what the gateway must look at; `message` is developer text. */
export function excelError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code, name: 'RichApi.Error' });
}

export const key = (row: number, col: number) => `${row},${col}`;

export class FakeBook {
  sheets: FakeSheet[] = [];
  selection: { sheet: string; address: string } | undefined;
  active: string | undefined;
  calcSuspensions = 0;
  /** A cell is being edited in Excel: every batch is refused. */
  cellEditMode = false;
  mergedAreaLimit = 512;
  find(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  get(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw excelError('ItemNotFound', `ItemNotFound: ${name}`);
    return s;
  }
  addSheet(name: string): FakeSheet {
    if (this.find(name)) throw excelError('ItemAlreadyExists', `ItemAlreadyExists: ${name}`);
    const s: FakeSheet = { name, visibility: 'Visible', cells: new Map(), merges: [], columnWidths: new Map() };
    this.sheets.push(s);
    return s;
  }
}

/** A fake workbook holding exactly the cells of a Grid (errors as their code string, as Office.js shows them). */
export function fakeBookFromGrid(grid: Grid): FakeBook {
  const book = new FakeBook();
  for (const gs of grid.sheets) {
    const s = book.addSheet(gs.name);
    s.visibility = gs.visibility === 'hidden' ? 'Hidden' : gs.visibility === 'veryHidden' ? 'VeryHidden' : 'Visible';
    s.merges = [...gs.merges];
    gs.rows.forEach((row, i) =>
      row?.forEach((c, j) => {
        if (!c) return;
        const v = c.value;
        s.cells.set(key(i + 1, j + 1), {
          value: v === null ? '' : isCellError(v) ? v.error : v,
          formula: c.formula,
          numFmt: c.numFmt,
          text: c.text,
        });
      }),
    );
  }
  return book;
}

type Box = RangeBox;

/** One queued command: what it does at sync, its size in the serialized request, a label for `failOp`. */
interface Op {
  readonly run: () => void;
  readonly bytes: number;
  readonly kind: string;
}

/** Size of a value as JSON in UTF-8: how the request and response payloads are measured. */
export function jsonBytes(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8');
}

/** Excel on the web's request and response limit (engineering-notes.md: about 5 MB each). */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class FakeContext {
  syncCount = 0;
  proxyCount = 0;
  rangeCount = 0;
  /** Cells whose values, formulas or number format got a non-null entry of a 2-D array: `Sheet!row,col`. */
  readonly written = new Set<string>();
  /** Cells loaded by range reads (per property set, not per property). */
  cellsLoaded = 0;
  readCellLimit = 5_000_000;
  /** Payload limits in bytes (undefined: none, as on the desktop). */
  requestLimit: number | undefined;
  responseLimit: number | undefined;
  /** Serialized size of every request and response Excel accepted and delivered, in order. */
  readonly requestBytes: number[] = [];
  readonly responseBytes: number[] = [];
  /** Error codes of the syncs refused for their payload, in order. */
  readonly refused: string[] = [];
  /** Set to make the next syncs never resolve (Excel on the web when busy). */
  hang = false;
  /** Every sync (sync n, given a function) answers after this many milliseconds; its commands run then, whoever
   * still waits for them. */
  delayMs: number | ((sync: number) => number) = 0;
  /** Makes the operation `index` (0-based, in queue order) of sync `sync` (1-based) fail with the error returned. */
  failOp: ((sync: number, index: number, kind: string) => Error | undefined) | undefined;
  private queue: Op[] = [];
  private response = 0;
  readonly workbook: FakeWorkbook;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  constructor(readonly book: FakeBook) {
    this.workbook = new FakeWorkbook(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.enqueue(() => book.calcSuspensions++, 'calc'),
    };
  }
  /** Excel on the web: 5 MB per request and per response. */
  web(): this {
    this.requestLimit = WEB_PAYLOAD_LIMIT;
    this.responseLimit = WEB_PAYLOAD_LIMIT;
    return this;
  }
  enqueue(run: () => void, kind = 'op', bytes = 120) {
    this.queue.push({ run, kind, bytes });
  }
  /** Called by loads while the batch runs: the loaded value's share of the response. */
  respond(value: unknown) {
    this.response += jsonBytes(value);
  }
  proxy() {
    this.proxyCount++;
  }
  /** Proxies that loaded something in the running batch. */
  private touched = new Set<Loadable>();
  touch(proxy: Loadable) {
    this.touched.add(proxy);
  }
  sync(): Promise<void> {
    const n = ++this.syncCount;
    if (this.hang) return new Promise<void>(() => undefined);
    const ops = this.queue;
    this.queue = [];
    const request = 200 + ops.reduce((a, o) => a + o.bytes, 0);
    const run = (): void => {
      if (this.book.cellEditMode) throw excelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
      if (this.requestLimit !== undefined && request > this.requestLimit) {
        this.refused.push('RequestPayloadSizeLimitExceeded');
        throw excelError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
      }
      this.requestBytes.push(request);
      this.response = 200;
      ops.forEach((op, i) => {
        const injected = this.failOp?.(n, i, op.kind);
        if (injected) throw injected;
        op.run(); // no rollback: what ran before a failure stays
      });
      if (this.responseLimit !== undefined && this.response > this.responseLimit) {
        this.refused.push('ResponsePayloadSizeLimitExceeded');
        throw excelError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
      }
      this.responseBytes.push(this.response);
    };
    // A refused or failed batch returns an error, not values: what it loaded stays unreadable (its writes stay).
    const deliver = (ok: boolean) => {
      for (const p of this.touched) p.deliver(ok);
      this.touched.clear();
    };
    const settle = () => {
      try {
        run();
        deliver(true);
        return Promise.resolve();
      } catch (e) {
        deliver(false);
        return Promise.reject(e);
      }
    };
    const delay = typeof this.delayMs === 'function' ? this.delayMs(n) : this.delayMs;
    if (delay > 0) return new Promise((r) => setTimeout(r, delay)).then(settle);
    return settle();
  }
}

/** Holds loaded property values; reading one before the sync that loads it throws, like Office.js. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  protected isNull: boolean | undefined;
  /** Values a batch loaded, held until its response arrives: a refused or failed sync delivers none of them. */
  private staged = new Map<string, unknown>();
  private stagedNull: boolean | undefined;
  constructor(protected ctx: FakeContext) {
    ctx.proxy();
  }
  protected stage<T>(name: string, value: T): T {
    this.staged.set(name, value);
    this.ctx.touch(this);
    return value;
  }
  protected stageNull(value: boolean): boolean {
    this.stagedNull = value;
    this.ctx.touch(this);
    return value;
  }
  /** The batch's response arrived: its loaded values become readable. */
  deliver(ok: boolean) {
    if (ok) {
      for (const [k, v] of this.staged) this.loaded.set(k, v);
      if (this.stagedNull !== undefined) this.isNull = this.stagedNull;
    }
    this.staged.clear();
    this.stagedNull = undefined;
  }
  protected prop<T>(name: string): T {
    if (!this.loaded.has(name))
      throw new Error(`PropertyNotLoaded: ${name} (call load('${name}') and context.sync() first)`);
    return this.loaded.get(name) as T;
  }
  get isNullObject(): boolean {
    if (this.isNull === undefined) throw new Error('PropertyNotLoaded: isNullObject');
    return this.isNull;
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  constructor(private ctx: FakeContext) {
    ctx.proxy();
    this.worksheets = new FakeWorksheets(ctx);
  }
  /** The selected range; with no cell range selected (a chart, a shape) the sync fails with InvalidSelection. */
  getSelectedRange(): FakeRange {
    const selected = () => {
      const s = this.ctx.book.selection;
      if (!s) throw Object.assign(new Error('InvalidSelection: no range selected'), { code: 'InvalidSelection' });
      return s;
    };
    return new FakeRange(
      this.ctx,
      () => this.ctx.book.get(selected().sheet),
      () => parseAddress(selected().address),
    );
  }
}

class FakeWorksheets extends Loadable {
  load(props: string) {
    const want = props.split(',').map((p) => p.trim().replace(/^items\//, ''));
    this.ctx.enqueue(() => {
      this.stage(
        'items',
        this.ctx.book.sheets.map((s) => {
          const ws = new FakeWorksheet(this.ctx, () => this.ctx.book.get(s.name));
          ws.snapshot(want);
          return ws;
        }),
      );
      this.ctx.respond(this.ctx.book.sheets.map((s) => want.map((w) => (w === 'name' ? s.name : s.visibility))));
    }, 'load');
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.prop('items');
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.get(name));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      () => this.ctx.book.get(name),
      () => this.ctx.book.find(name) === undefined,
    );
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.ctx.enqueue(() => {
      created = this.ctx.book.addSheet(name);
    }, 'add');
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw new Error('InvalidObjectPath: sheet not created yet');
      return created;
    });
  }
}

class FakeWorksheet extends Loadable {
  constructor(
    ctx: FakeContext,
    private resolve: () => FakeSheet,
    private missing?: () => boolean,
  ) {
    super(ctx);
  }
  snapshot(props: string[]) {
    if (this.stageNull(this.missing?.() ?? false)) return;
    const s = this.resolve();
    for (const p of props) this.stage(p, p === 'name' ? s.name : p === 'visibility' ? s.visibility : undefined);
  }
  load(props: string) {
    this.ctx.enqueue(() => this.snapshot(props.split(',').map((p) => p.trim())), 'load');
    return this;
  }
  get name(): string {
    return this.prop('name');
  }
  get visibility(): string {
    return this.prop('visibility');
  }
  set visibility(v: string) {
    this.ctx.enqueue(() => {
      this.resolve().visibility = v as FakeSheet['visibility'];
    }, 'visibility');
  }
  /** Excel refuses to delete a VeryHidden sheet (office-js#365: set it Hidden first). */
  delete() {
    this.ctx.enqueue(() => {
      const s = this.resolve();
      if (s.visibility === 'VeryHidden')
        throw excelError('InvalidOperation', 'This operation is not permitted for the current object.');
      this.ctx.book.sheets = this.ctx.book.sheets.filter((x) => x !== s);
    }, 'delete');
  }
  activate() {
    this.ctx.enqueue(() => {
      const s = this.resolve();
      if (s.visibility !== 'Visible') throw excelError('InvalidOperation', 'The sheet is hidden.');
      this.ctx.book.active = s.name;
    }, 'activate');
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () => (address === undefined ? 'all' : parseAddress(address)));
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () => usedBox(this.resolve(), valuesOnly), true);
  }
  get tables(): FakeTables {
    return new FakeTables(this.ctx, () => this.resolve().tables ?? []);
  }
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;

function parseAddress(address: string): Box {
  const whole = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (whole) {
    const b = parseRangeA1(`${whole[1]}1:${whole[2]}1`)!;
    return { ...b, top: 1, bottom: MAX_ROW };
  }
  const b = parseRangeA1(address);
  if (!b) throw new Error(`InvalidArgument: address ${address}`);
  return b;
}

function usedBox(s: FakeSheet, valuesOnly: boolean): Box | undefined {
  let box: Box | undefined;
  for (const [k, c] of s.cells) {
    if (valuesOnly ? c.value === '' && c.formula === undefined : false) continue;
    const [r, col] = k.split(',').map(Number);
    box = box
      ? {
          top: Math.min(box.top, r),
          left: Math.min(box.left, col),
          bottom: Math.max(box.bottom, r),
          right: Math.max(box.right, col),
        }
      : { top: r, left: col, bottom: r, right: col };
  }
  return box;
}

function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

class FakeRange extends Loadable {
  readonly format: { fill: { color: string }; columnWidth: number };
  constructor(
    ctx: FakeContext,
    private sheet: () => FakeSheet,
    private box: () => Box | 'all' | undefined,
    private orNull = false,
  ) {
    super(ctx);
    ctx.rangeCount++;
    const fillColor = (c: string) =>
      this.eachCell((s, r, col) => {
        if (s.protected) throw excelError('AccessDenied', 'The sheet is protected.');
        const cell = s.cells.get(key(r, col)) ?? { value: '' };
        s.cells.set(key(r, col), { ...cell, fill: c });
      });
    const setWidth = (w: number) =>
      ctx.enqueue(() => {
        const b = this.resolveBox();
        for (let c = b.left; c <= b.right; c++) this.sheet().columnWidths.set(String(c), w);
      }, 'width');
    ctx.proxy(); // format
    ctx.proxy(); // format.fill
    this.format = {
      fill: {
        get color(): string {
          throw new Error('PropertyNotLoaded: format.fill.color');
        },
        set color(c: string) {
          fillColor(c);
        },
      },
      get columnWidth(): number {
        throw new Error('PropertyNotLoaded: format.columnWidth');
      },
      set columnWidth(w: number) {
        setWidth(w);
      },
    };
  }
  private resolveBox(): Box {
    const b = this.box();
    if (b === undefined) throw new Error('InvalidObjectPath: null object');
    return b === 'all' ? { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL } : b;
  }
  private eachCell(fn: (s: FakeSheet, r: number, c: number) => void) {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      const b = this.resolveBox();
      for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) fn(s, r, c);
    }, 'format');
  }
  load(props: string) {
    const names = props.split(',').map((p) => p.trim());
    this.ctx.enqueue(() => {
      const s = this.sheet();
      const b = this.box();
      if (this.stageNull(this.orNull && b === undefined)) return;
      const box = this.resolveBox();
      const cells = (box.bottom - box.top + 1) * (box.right - box.left + 1);
      const arrays = ['values', 'text', 'numberFormat', 'formulas'];
      if (names.some((n) => arrays.includes(n))) this.ctx.cellsLoaded += cells;
      const grid = <T>(f: (c: FakeCell | undefined) => T): T[][] => {
        const out: T[][] = [];
        for (let r = box.top; r <= box.bottom; r++) {
          const row: T[] = [];
          for (let c = box.left; c <= box.right; c++) row.push(f(s.cells.get(key(r, c))));
          out.push(row);
        }
        return out;
      };
      for (const n of names) {
        let loaded: unknown;
        if (arrays.includes(n) && cells > this.ctx.readCellLimit) loaded = this.stage(n, null);
        else if (n === 'values')
          loaded = this.stage(
            n,
            grid((c) => c?.value ?? ''),
          );
        else if (n === 'text')
          loaded = this.stage(
            n,
            grid((c) => c?.text ?? String(c?.value ?? '')),
          );
        else if (n === 'numberFormat')
          loaded = this.stage(
            n,
            grid((c) => c?.numFmt ?? 'General'),
          );
        else if (n === 'formulas')
          loaded = this.stage(
            n,
            grid((c) => (c?.formula !== undefined ? `=${c.formula}` : (c?.value ?? ''))),
          );
        else if (n === 'rowIndex') loaded = this.stage(n, box.top - 1);
        else if (n === 'columnIndex') loaded = this.stage(n, box.left - 1);
        else if (n === 'address') loaded = this.stage(n, `${quoteName(s.name)}!${rangeA1(box)}`);
        else if (n === 'rowCount') loaded = this.stage(n, box.bottom - box.top + 1);
        else if (n === 'columnCount') loaded = this.stage(n, box.right - box.left + 1);
        else throw new Error(`fake: property ${n} not supported`);
        this.ctx.respond(loaded);
      }
    }, 'load');
    return this;
  }
  get values(): unknown[][] {
    return this.prop('values');
  }
  set values(v: unknown[][]) {
    this.write(v, (cell, x) => ({ ...cell, value: x as FakeCell['value'], formula: undefined, text: undefined }));
  }
  get text(): string[][] {
    return this.prop('text');
  }
  get numberFormat(): unknown[][] {
    return this.prop('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.write(v, (cell, x) => ({
      ...cell,
      numFmt: x === '' || x === 'General' ? undefined : String(x),
      text: undefined,
    }));
  }
  get formulas(): unknown[][] {
    return this.prop('formulas');
  }
  set formulas(v: unknown[][]) {
    this.write(v, (cell, x) => {
      if (typeof x === 'string' && x.startsWith('='))
        return { ...cell, formula: x.slice(1), value: '', text: undefined };
      // A leading apostrophe forces text, as when typing in Excel.
      const value = typeof x === 'string' && x.startsWith("'") ? x.slice(1) : (x as FakeCell['value']);
      return { ...cell, formula: undefined, value, text: undefined };
    });
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get address(): string {
    return this.prop('address');
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }
  /**
   * Office.js: the 2-D array must match the range's size; null leaves a cell unchanged. A formula written into a
   * table's data body fills its whole column (office-js#2093).
   */
  private write(v: unknown[][], f: (cell: FakeCell, x: unknown) => FakeCell) {
    const bytes = jsonBytes(v) + 80;
    this.ctx.enqueue(
      () => {
        const s = this.sheet();
        const b = this.resolveBox();
        if (s.protected) throw excelError('AccessDenied', 'The sheet is protected.');
        if (v.length !== b.bottom - b.top + 1 || v.some((r) => r.length !== b.right - b.left + 1))
          throw new Error(`InvalidArgument: array size does not match ${rangeA1(b)}`);
        v.forEach((row, i) =>
          row.forEach((x, j) => {
            if (x === null) return;
            const k = key(b.top + i, b.left + j);
            this.ctx.written.add(`${s.name}!${k}`);
            const next = f(s.cells.get(k) ?? { value: '' }, x);
            if (next.value === '' && next.formula === undefined && next.numFmt === undefined && next.fill === undefined)
              s.cells.delete(k);
            else s.cells.set(k, next);
            if (next.formula !== undefined) calculatedColumn(s, b.top + i, b.left + j, next.formula);
          }),
        );
      },
      'write',
      bytes,
    );
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.sheet);
  }
  select() {
    this.ctx.enqueue(() => {
      if (this.sheet().visibility !== 'Visible') throw excelError('InvalidOperation', 'The sheet is hidden.');
      this.ctx.book.selection = { sheet: this.sheet().name, address: rangeA1(this.resolveBox()) };
    }, 'select');
  }
  /** On a null object (an empty sheet's used range) the result is a null object too. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.sheet, () => this.box());
  }
  /** Tables that overlap the range (ExcelApi 1.9, `fullyContained` false). */
  getTables(fullyContained = false): FakeTables {
    return new FakeTables(this.ctx, () => {
      const b = this.resolveBox();
      return (this.sheet().tables ?? []).filter((t) =>
        fullyContained
          ? t.box.top >= b.top && t.box.bottom <= b.bottom && t.box.left >= b.left && t.box.right <= b.right
          : t.box.top <= b.bottom && t.box.bottom >= b.top && t.box.left <= b.right && t.box.right >= b.left,
      );
    });
  }
  /** A box of this range's sheet (for a table's data body). */
  sub(box: Box): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => box);
  }
}

/** office-js#2093: a formula entered in a table's data body becomes the formula of its whole column. */
function calculatedColumn(s: FakeSheet, row: number, col: number, formula: string) {
  for (const t of s.tables ?? []) {
    if (row <= t.box.top || row > t.box.bottom || col < t.box.left || col > t.box.right) continue;
    for (let r = t.box.top + 1; r <= t.box.bottom; r++) {
      const k = key(r, col);
      s.cells.set(k, { ...(s.cells.get(k) ?? { value: '' }), formula, value: '', text: undefined });
    }
  }
}

class FakeTables extends Loadable {
  constructor(
    ctx: FakeContext,
    private list: () => { name: string; box: RangeBox }[],
  ) {
    super(ctx);
  }
  load(_props?: string) {
    this.ctx.enqueue(() => {
      const items = this.list().map((t) => new FakeTable(this.ctx, t));
      this.stage('items', items);
      this.ctx.respond(items.map((t) => t.name));
    }, 'load');
    return this;
  }
  get items(): FakeTable[] {
    return this.prop('items');
  }
}

class FakeTable {
  readonly name: string;
  constructor(
    private ctx: FakeContext,
    private t: { name: string; box: RangeBox },
  ) {
    ctx.proxy();
    this.name = t.name;
  }
  getDataBodyRange(): { load(p: string): unknown; readonly address: string } {
    const body = { ...this.t.box, top: this.t.box.top + 1 };
    const ctx = this.ctx;
    let address: string | undefined;
    const proxy = {
      load() {
        ctx.enqueue(() => {
          address = rangeA1(body);
          ctx.respond(address);
        }, 'load');
        return proxy;
      },
      get address(): string {
        if (address === undefined) throw new Error('PropertyNotLoaded: address');
        return address;
      },
    };
    ctx.proxy();
    return proxy;
  }
}

class FakeRangeAreas extends Loadable {
  constructor(
    ctx: FakeContext,
    private sheet: () => FakeSheet,
    private box: () => Box | 'all' | undefined,
  ) {
    super(ctx);
  }
  load(props: string) {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      const raw = this.box();
      if (raw === undefined) {
        this.stageNull(true);
        return;
      }
      const b = raw === 'all' ? { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COL } : raw;
      // Only areas whose top-left cell is in the range (office-js#3611).
      const inside = s.merges.filter(
        (m) => m.top >= b.top && m.top <= b.bottom && m.left >= b.left && m.left <= b.right,
      );
      if (inside.length > this.ctx.book.mergedAreaLimit)
        throw excelError('GeneralException', 'There was an internal error while processing the request.');
      if (!this.stageNull(inside.length === 0) && props.includes('address')) {
        const address = this.stage('address', inside.map((m) => `${quoteName(s.name)}!${rangeA1(m)}`).join(','));
        this.ctx.respond(address);
      }
    }, 'load');
    return this;
  }
  get address(): string {
    return this.prop('address');
  }
}

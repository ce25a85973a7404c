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
}

export const key = (row: number, col: number) => `${row},${col}`;

export class FakeBook {
  sheets: FakeSheet[] = [];
  selection: { sheet: string; address: string } | undefined;
  active: string | undefined;
  calcSuspensions = 0;
  find(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  get(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: 'ItemNotFound' });
    return s;
  }
  addSheet(name: string): FakeSheet {
    if (this.find(name)) throw Object.assign(new Error(`ItemAlreadyExists: ${name}`), { code: 'ItemAlreadyExists' });
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

export class FakeContext {
  syncCount = 0;
  proxyCount = 0;
  rangeCount = 0;
  /** Cells whose values, formulas or number format got a non-null entry of a 2-D array: `Sheet!row,col`. */
  readonly written = new Set<string>();
  /** Cells loaded by range reads (per property set, not per property). */
  cellsLoaded = 0;
  readCellLimit = 5_000_000;
  /** Set to make the next syncs never resolve (Excel on the web when busy). */
  hang = false;
  private queue: (() => void)[] = [];
  readonly workbook: FakeWorkbook;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  constructor(readonly book: FakeBook) {
    this.workbook = new FakeWorkbook(this);
    this.application = { suspendApiCalculationUntilNextSync: () => this.enqueue(() => book.calcSuspensions++) };
  }
  enqueue(op: () => void) {
    this.queue.push(op);
  }
  proxy() {
    this.proxyCount++;
  }
  sync(): Promise<void> {
    this.syncCount++;
    if (this.hang) return new Promise<void>(() => undefined);
    const ops = this.queue;
    this.queue = [];
    try {
      for (const op of ops) op();
    } catch (e) {
      return Promise.reject(e);
    }
    return Promise.resolve();
  }
}

/** Holds loaded property values; reading one before the sync that loads it throws, like Office.js. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  protected isNull: boolean | undefined;
  constructor(protected ctx: FakeContext) {
    ctx.proxy();
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
      this.loaded.set(
        'items',
        this.ctx.book.sheets.map((s) => {
          const ws = new FakeWorksheet(this.ctx, () => this.ctx.book.get(s.name));
          ws.snapshot(want);
          return ws;
        }),
      );
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.prop('items');
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.get(name));
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.ctx.enqueue(() => {
      created = this.ctx.book.addSheet(name);
    });
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
  ) {
    super(ctx);
  }
  snapshot(props: string[]) {
    const s = this.resolve();
    for (const p of props) this.loaded.set(p, p === 'name' ? s.name : p === 'visibility' ? s.visibility : undefined);
  }
  load(props: string) {
    this.ctx.enqueue(() => this.snapshot(props.split(',').map((p) => p.trim())));
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
    });
  }
  delete() {
    this.ctx.enqueue(() => {
      const s = this.resolve();
      this.ctx.book.sheets = this.ctx.book.sheets.filter((x) => x !== s);
    });
  }
  activate() {
    this.ctx.enqueue(() => {
      this.ctx.book.active = this.resolve().name;
    });
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () => (address === undefined ? 'all' : parseAddress(address)));
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () => usedBox(this.resolve(), valuesOnly), true);
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
        const cell = s.cells.get(key(r, col)) ?? { value: '' };
        s.cells.set(key(r, col), { ...cell, fill: c });
      });
    const setWidth = (w: number) =>
      ctx.enqueue(() => {
        const b = this.resolveBox();
        for (let c = b.left; c <= b.right; c++) this.sheet().columnWidths.set(String(c), w);
      });
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
    });
  }
  load(props: string) {
    const names = props.split(',').map((p) => p.trim());
    this.ctx.enqueue(() => {
      const s = this.sheet();
      const b = this.box();
      this.isNull = this.orNull && b === undefined;
      if (this.isNull) return;
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
        if (arrays.includes(n) && cells > this.ctx.readCellLimit) this.loaded.set(n, null);
        else if (n === 'values')
          this.loaded.set(
            n,
            grid((c) => c?.value ?? ''),
          );
        else if (n === 'text')
          this.loaded.set(
            n,
            grid((c) => c?.text ?? String(c?.value ?? '')),
          );
        else if (n === 'numberFormat')
          this.loaded.set(
            n,
            grid((c) => c?.numFmt ?? 'General'),
          );
        else if (n === 'formulas')
          this.loaded.set(
            n,
            grid((c) => (c?.formula !== undefined ? `=${c.formula}` : (c?.value ?? ''))),
          );
        else if (n === 'rowIndex') this.loaded.set(n, box.top - 1);
        else if (n === 'columnIndex') this.loaded.set(n, box.left - 1);
        else if (n === 'address') this.loaded.set(n, `${quoteName(s.name)}!${rangeA1(box)}`);
        else throw new Error(`fake: property ${n} not supported`);
      }
    });
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
    this.write(v, (cell, x) => ({ ...cell, numFmt: x === '' ? undefined : String(x), text: undefined }));
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
  /** Office.js: the 2-D array must match the range's size; null leaves a cell unchanged. */
  private write(v: unknown[][], f: (cell: FakeCell, x: unknown) => FakeCell) {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      const b = this.resolveBox();
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
        }),
      );
    });
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.sheet);
  }
  select() {
    this.ctx.enqueue(() => {
      this.ctx.book.selection = { sheet: this.sheet().name, address: rangeA1(this.resolveBox()) };
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.sheet, () => this.resolveBox());
  }
}

class FakeRangeAreas extends Loadable {
  constructor(
    ctx: FakeContext,
    private sheet: () => FakeSheet,
    private box: () => Box,
  ) {
    super(ctx);
  }
  load(props: string) {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      const b = this.box();
      const inside = s.merges.filter(
        (m) => m.top <= b.bottom && m.bottom >= b.top && m.left <= b.right && m.right >= b.left,
      );
      this.isNull = inside.length === 0;
      if (!this.isNull && props.includes('address'))
        this.loaded.set('address', inside.map((m) => `${quoteName(s.name)}!${rangeA1(m)}`).join(','));
    });
    return this;
  }
  get address(): string {
    return this.prop('address');
  }
}

import type { CellRef } from './grid';

/**
 * A Map keyed by cell (sheet, row, column) without building an address string per lookup ("Sheet!C7" costs a
 * string and a column-letters loop each time; a hot spot of the fill at 10,000 rows). Excel has at most 16,384
 * columns, so row × 16,385 + column is one exact number per cell of a sheet.
 */
export class CellMap<V> {
  private readonly sheets = new Map<string, Map<number, V>>();

  private static key(ref: CellRef): number {
    return ref.row * 16_385 + ref.col;
  }

  get(ref: CellRef): V | undefined {
    return this.sheets.get(ref.sheet)?.get(CellMap.key(ref));
  }

  has(ref: CellRef): boolean {
    return this.sheets.get(ref.sheet)?.has(CellMap.key(ref)) ?? false;
  }

  set(ref: CellRef, value: V): this {
    let cells = this.sheets.get(ref.sheet);
    if (!cells) this.sheets.set(ref.sheet, (cells = new Map()));
    cells.set(CellMap.key(ref), value);
    return this;
  }
}

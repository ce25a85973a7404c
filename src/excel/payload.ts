import type { RangeBox } from '../core/grid/grid';

/**
 * Excel on the web refuses a request or a response over about 5 MB (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded; Microsoft Learn, "Resource limits and performance optimization for Office
 * Add-ins"; engineering-notes.md). Every read and write of the gateway is cut into syncs whose payload stays under
 * this budget: the margin covers the JSON envelope of each command and the estimate's error on reads.
 */
export const PAYLOAD_BUDGET = 4_000_000;

/**
 * Estimated response bytes per cell when reading values, text, number format and formulas: a short Chinese label is
 * about 28 bytes in each of values, text and formulas plus "General" — measured on the fake's serialized responses
 * for the test workbooks (≈ 40–95 bytes a cell). A read that still passes the limit is split in halves and retried.
 */
export const READ_BYTES_PER_CELL = 100;

/** UTF-8 bytes of a value's JSON: what the serialized request or response carries for it. */
export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v) ?? '';
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The box cut into bands of whole rows of at most `maxCells` cells (at least one row each). */
export function rowBands(box: RangeBox, maxCells: number): RangeBox[] {
  const width = box.right - box.left + 1;
  const rows = Math.max(1, Math.floor(maxCells / width));
  const out: RangeBox[] = [];
  for (let top = box.top; top <= box.bottom; top += rows)
    out.push({ ...box, top, bottom: Math.min(box.bottom, top + rows - 1) });
  return out;
}

/** The box in two halves by rows (undefined for a single row). */
export function halveRows(box: RangeBox): [RangeBox, RangeBox] | undefined {
  if (box.bottom === box.top) return undefined;
  const mid = box.top + Math.floor((box.bottom - box.top) / 2);
  return [
    { ...box, bottom: mid },
    { ...box, top: mid + 1 },
  ];
}

/** Consecutive groups of items whose sizes add up to at most `budget` (an item over the budget stays alone). */
export function packBySize<T>(items: readonly T[], size: (t: T) => number, budget = PAYLOAD_BUDGET): T[][] {
  const groups: T[][] = [];
  let cur: T[] = [];
  let total = 0;
  for (const it of items) {
    const s = size(it);
    if (cur.length > 0 && total + s > budget) {
      groups.push(cur);
      cur = [];
      total = 0;
    }
    cur.push(it);
    total += s;
  }
  if (cur.length) groups.push(cur);
  return groups;
}

export const cellsOf = (b: RangeBox) => (b.bottom - b.top + 1) * (b.right - b.left + 1);

/**
 * A shared formula (ECMA-376 §18.3.1.40, `<f t="shared" si="…">`) is written once, in its master cell; every other
 * cell of the group holds only its index and means the master's formula moved by the offset between the two
 * cells: relative references move, `$`-anchored parts stay. Text in quotes, quoted sheet names, function names
 * and names that merely look like references are left alone.
 */

const MAX_COL = 16384;
const MAX_ROW = 1048576;

function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return n;
}

/** "C7" or "$C$7" → row 7, col 3 (0 where a part is missing). */
export function decodeRefA1(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/.exec(ref.trim());
  return m ? { row: Number(m[2]), col: colNumber(m[1].toUpperCase()) } : { row: 0, col: 0 };
}

function colLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// A cell reference, a whole-column range (A:C) or a whole-row range (1:3), each part optionally $-anchored.
const TOKEN =
  /(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![0-9A-Za-z_.(!])|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![0-9A-Za-z_.(!])|(\$?)([0-9]{1,7}):(\$?)([0-9]{1,7})(?![0-9A-Za-z_.(!:])/y;

/** Moves the relative references of `formula` by (dRow, dCol); a reference moved off the sheet becomes #REF!. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A string literal or a quoted sheet name: copied whole ("" and '' are escaped quotes).
      let j = i + 1;
      for (; j < n; j++)
        if (formula[j] === ch)
          if (formula[j + 1] === ch) j++;
          else break;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '[') {
      // A structured reference or an external-book index: not moved.
      const j = formula.indexOf(']', i);
      const end = j < 0 ? n : j + 1;
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    if (!/[0-9A-Za-z_.$\u0080-\uffff]/.test(prev)) {
      TOKEN.lastIndex = i;
      const m = TOKEN.exec(formula);
      if (m) {
        out += m[2] !== undefined ? cell(m, dRow, dCol) : m[6] !== undefined ? cols(m, dCol) : rows(m, dRow);
        i = TOKEN.lastIndex;
        continue;
      }
    }
    // Copy a run of name characters whole, so the tail of a name (ABC1 in XABC1) is never read as a reference.
    if (/[0-9A-Za-z_.\u0080-\uffff]/.test(ch)) {
      let j = i + 1;
      while (j < n && /[0-9A-Za-z_.\u0080-\uffff]/.test(formula[j])) j++;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function cell(m: RegExpExecArray, dRow: number, dCol: number): string {
  const col = colNumber(m[2].toUpperCase());
  const row = Number(m[4]);
  if (col > MAX_COL || row < 1 || row > MAX_ROW) return m[0]; // a name, not a reference
  const c = m[1] ? col : col + dCol;
  const r = m[3] ? row : row + dRow;
  if (c < 1 || c > MAX_COL || r < 1 || r > MAX_ROW) return '#REF!';
  return `${m[1]}${colLetters(c)}${m[3]}${r}`;
}

function cols(m: RegExpExecArray, dCol: number): string {
  const a = colNumber(m[6].toUpperCase());
  const b = colNumber(m[8].toUpperCase());
  if (a > MAX_COL || b > MAX_COL) return m[0];
  const x = m[5] ? a : a + dCol;
  const y = m[7] ? b : b + dCol;
  if (x < 1 || y < 1 || x > MAX_COL || y > MAX_COL) return '#REF!';
  return `${m[5]}${colLetters(x)}:${m[7]}${colLetters(y)}`;
}

function rows(m: RegExpExecArray, dRow: number): string {
  const a = Number(m[10]);
  const b = Number(m[12]);
  const x = m[9] ? a : a + dRow;
  const y = m[11] ? b : b + dRow;
  if (x < 1 || y < 1 || x > MAX_ROW || y > MAX_ROW) return '#REF!';
  return `${m[9]}${x}:${m[11]}${y}`;
}

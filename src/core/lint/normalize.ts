/**
 * Normalises narrative text before numbers are read, keeping a map back to the original offsets so that every
 * finding quotes the input exactly. What real texts bring (domain.md, "Reading real PDFs' text"):
 * - full-width digits, letters and ％ (１２３．４５％) → ASCII; half-width ( ) , : ; → full-width （ ），：；
 *   (a comma between digit groups "1,234.56" and a colon between digits stay ASCII);
 * - spaces PDF extraction puts between Chinese and digits ("2021 年度收入 1217.92 万元") are dropped
 *   (one space is kept between two ASCII letters/digits);
 * - Markdown marks from converters ("## **一、…**", "- " bullets) are dropped;
 * - lines wrapped mid-sentence are joined: a line is joined with the next unless it ends a sentence (。！？：),
 *   is a heading, or the next line starts a heading or a numbered item.
 * The result keeps one "\n" between paragraphs.
 */
export interface NormalisedText {
  readonly text: string;
  /** map[i] = offset in the original of text[i]; map[text.length] = original length. */
  readonly map: readonly number[];
}

export const SECTION_RE = /^([一二三四五六七八九十]{1,3})、/;
export const SUB_RE = /^（([一二三四五六七八九十]{1,3}|\d{1,2})）/;
/** A numbered item ("1、", "12.", up to "1234、": a consolidated 五（三） can list hundreds of 项). */
export const ITEM_RE = /^(\d{1,5})(、|\.(?!\d))/;
export const PART_RE = /^第([一二三四五])部分/;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const ASCII_ALNUM = /[A-Za-z0-9]/;
const SPACE = /[ \t\f\v\u00a0\u3000\u2000-\u200b\u202f\u205f\ufeff]/;

interface Line {
  chars: string[];
  map: number[];
  /** Offset of the line break after it (or end of input). */
  breakAt: number;
}

/** A cleaned line: its text and, when cleaning changed it, the original offset of each character. */
interface CleanLine {
  text: string;
  /** undefined: the line is the input from `start` on, unchanged. */
  map?: number[];
  start: number;
  breakAt: number;
}

/**
 * A character cleanLine may change or drop (Markdown marks, spaces, full-width forms other than （），：；！？,
 * half-width ( ) ; ! ?, a , or : not between digits, a . after a Chinese character not before a digit). A line
 * without one is its own result: kept as one string, not split into one string per character.
 */
const NEEDS_CLEANING =
  /[*_ \t\f\v\u00a0\u3000\u2000-\u200b\u202f\u205f\ufeff()!?;\ufe6a\uff02-\uff07\uff0a\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5e]|^[#>]|(?:^|[^0-9])[,:]|[,:](?![0-9])|[\u3400-\u9fff\uf900-\ufaff]\.(?![0-9])/;

function clean(input: string, raw: { start: number; breakAt: number }, fastLines: boolean): CleanLine {
  const text = input.slice(raw.start, raw.breakAt);
  if (fastLines && !NEEDS_CLEANING.test(text)) return { text, start: raw.start, breakAt: raw.breakAt };
  const chars = text.split('');
  const line = cleanLine({ chars, map: chars.map((_, k) => raw.start + k), breakAt: raw.breakAt });
  return { text: line.chars.join(''), map: line.map, start: raw.start, breakAt: raw.breakAt };
}

/** `fastLines` false: every line through the character-by-character cleaning (for tests of the fast path). */
export function normalise(input: string, fastLines = true): NormalisedText {
  const lines = splitLines(input)
    .map((l) => clean(input, l, fastLines))
    .filter((l) => l.text.length > 0);
  // Each line's text once; the output as line strings (not one string per character: a consolidated workbook's
  // draft runs to millions of characters).
  const texts = lines.map((l) => l.text);
  const breaks = texts.map((t, i) => i + 1 < texts.length && !joins(t, texts[i + 1]));
  const out: string[] = [];
  const map: number[] = new Array<number>(lines.reduce((n, l, i) => n + l.text.length + (breaks[i] ? 1 : 0), 1));
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    out.push(texts[i]);
    if (line.map) for (let k = 0; k < line.map.length; k++) map[at++] = line.map[k];
    else for (let k = 0; k < line.text.length; k++) map[at++] = line.start + k;
    if (breaks[i]) {
      out.push('\n');
      map[at++] = line.breakAt;
    }
  }
  map[at] = input.length;
  return { text: out.join(''), map };
}

/** The original span for normalised [start, end): offset and exact quote. */
export function originalSpan(
  input: string,
  norm: NormalisedText,
  start: number,
  end: number,
): { offset: number; quote: string } {
  const s = Math.max(0, Math.min(start, norm.text.length - 1));
  const e = Math.max(s + 1, Math.min(end, norm.text.length));
  if (norm.text.length === 0) return { offset: 0, quote: input.slice(0, 1) };
  const offset = norm.map[s];
  const last = norm.map[e - 1];
  return { offset, quote: input.slice(offset, last + 1) };
}

/** Each line's span: from `start` to the line break at `breakAt` (or the end of input). */
function splitLines(input: string): { start: number; breakAt: number }[] {
  const lines: { start: number; breakAt: number }[] = [];
  let start = 0;
  for (let i = 0; i <= input.length; i++) {
    const c = input[i];
    if (i === input.length || c === '\n' || c === '\r') {
      lines.push({ start, breakAt: i });
      if (c === '\r' && input[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  return lines;
}

function cleanLine(line: Line): Line {
  // 1. Drop Markdown emphasis and heading marks.
  let chars: string[] = [];
  let map: number[] = [];
  for (let k = 0; k < line.chars.length; k++) {
    const c = line.chars[k];
    if ((c === '*' || c === '_') && (line.chars[k + 1] === c || line.chars[k - 1] === c)) continue;
    chars.push(c);
    map.push(line.map[k]);
  }
  let lead = 0;
  while (lead < chars.length && (chars[lead] === '#' || chars[lead] === '>' || SPACE.test(chars[lead]))) lead++;
  if ((chars[lead] === '-' || chars[lead] === '•' || chars[lead] === '·') && SPACE.test(chars[lead + 1] ?? ''))
    lead += 2;
  chars = chars.slice(lead);
  map = map.slice(lead);
  // 2. Fold widths and punctuation; 3. drop spaces except between ASCII letters/digits.
  const outC: string[] = [];
  const outM: number[] = [];
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k];
    if (SPACE.test(c)) {
      const prev = outC[outC.length - 1];
      let j = k + 1;
      while (j < chars.length && SPACE.test(chars[j])) j++;
      const next = j < chars.length ? fold(chars[j]) : undefined;
      if (prev && next && ASCII_ALNUM.test(prev) && ASCII_ALNUM.test(next) && prev !== ' ') {
        outC.push(' ');
        outM.push(map[k]);
      }
      continue;
    }
    outC.push(punct(fold(c), outC[outC.length - 1], nextNonSpace(chars, k + 1)));
    outM.push(map[k]);
  }
  return { chars: outC, map: outM, breakAt: line.breakAt };
}

function nextNonSpace(chars: string[], from: number): string | undefined {
  for (let j = from; j < chars.length; j++) if (!SPACE.test(chars[j])) return fold(chars[j]);
  return undefined;
}

/** Full-width ASCII-range characters to ASCII, except the Chinese punctuation we keep full-width. */
function fold(c: string): string {
  const code = c.charCodeAt(0);
  if (c === '％' || c === '﹪') return '%';
  if (c === '（' || c === '）' || c === '，' || c === '：' || c === '；' || c === '！' || c === '？') return c;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return c;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Half-width punctuation in Chinese text → full-width; keeps number punctuation ("1,234.56", "12:30"). */
function punct(c: string, prev: string | undefined, next: string | undefined): string {
  switch (c) {
    case '(':
      return '（';
    case ')':
      return '）';
    case ',':
      return isDigit(prev) && isDigit(next) ? ',' : '，';
    case ':':
      return isDigit(prev) && isDigit(next) ? ':' : '：';
    case ';':
      return '；';
    case '!':
      return '！';
    case '?':
      return '？';
    case '.':
      return prev !== undefined && CJK.test(prev) && !isDigit(next) ? '。' : '.';
    default:
      return c;
  }
}

function startsMarker(line: string): boolean {
  return SECTION_RE.test(line) || SUB_RE.test(line) || ITEM_RE.test(line) || PART_RE.test(line);
}

function isHeading(line: string): boolean {
  return (
    (SECTION_RE.test(line) || SUB_RE.test(line) || PART_RE.test(line)) && !/[。；]/.test(line) && line.length <= 60
  );
}

function joins(line: string, next: string): boolean {
  const last = line[line.length - 1];
  if ('。！？：'.includes(last)) return false;
  if (isHeading(line) || line === '目录' || line === '目 录') return false;
  return !startsMarker(next);
}

import { ITEM_RE, PART_RE, SECTION_RE, SUB_RE } from './normalize';
import type { Marker, Sentence } from './types';

/**
 * Finding part 三 in a whole disclosure and splitting it into sections 一、… , sub-sections （一）… and
 * items 1、/1. (domain.md, "Text style"). Works on normalised text (one paragraph per line).
 */

/** [start, end) of part 三's body: from a line "第三部分…" to the next line "第四部分…". Seed texts have a 目录
 * listing all parts first, so of all candidate spans the longest is the body. Whole text when there is none. */
export function findPartThree(text: string): { start: number; end: number } {
  const starts = lineStarts(text, '三');
  if (starts.length === 0) return { start: 0, end: text.length };
  const ends = lineStarts(text, '四');
  let best = { start: 0, end: text.length, len: -1 };
  for (const s of starts) {
    // A 目录 entry's span ends at the body's own "第三部分" heading at the latest.
    const e = Math.min(ends.find((x) => x > s) ?? text.length, starts.find((x) => x > s) ?? text.length);
    if (e - s > best.len) best = { start: s, end: e, len: e - s };
  }
  return { start: best.start, end: best.end };
}

function lineStarts(text: string, part: string): number[] {
  const out: number[] = [];
  let i = 0;
  while (i <= text.length) {
    const nl = text.indexOf('\n', i);
    const end = nl < 0 ? text.length : nl;
    const m = PART_RE.exec(text.slice(i, Math.min(end, i + 8)));
    if (m && m[1] === part) out.push(i);
    if (nl < 0) break;
    i = nl + 1;
  }
  return out;
}

export const CN_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一 → 1 … 十四 → 14, 二十 → 20; NaN for anything else. */
export function chineseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const d = (c: string) => CN_NUMERALS.indexOf(c);
  if (s.length === 1) return s === '十' ? 10 : d(s) > 0 ? d(s) : NaN;
  if (s.length === 2 && s[0] === '十') return 10 + d(s[1]);
  if (s.length === 2 && s[1] === '十') return d(s[0]) * 10;
  if (s.length === 3 && s[1] === '十') return d(s[0]) * 10 + d(s[2]);
  return NaN;
}

export function toChineseNumber(n: number): string {
  if (n <= 10) return n === 10 ? '十' : CN_NUMERALS[n];
  if (n < 20) return '十' + CN_NUMERALS[n - 10];
  return CN_NUMERALS[Math.floor(n / 10)] + '十' + (n % 10 ? CN_NUMERALS[n % 10] : '');
}

/** What a section or sub-section is about, from its title (both profiles' wording). Order matters. */
export function sectionKind(title: string): string {
  const t = title;
  if (/三公/.test(t)) return 'threePublic';
  if (/基本支出/.test(t)) return 'basic';
  if (/政府性基金/.test(t)) return 'fund';
  if (/国有资本/.test(t)) return 'soe';
  if (/机关运行经费/.test(t)) return 'operatingCost';
  if (/一般性支出|会议费|培训费/.test(t)) return 'meeting';
  if (/政府采购/.test(t)) return 'procurement';
  if (/国有资产/.test(t)) return 'assets';
  if (/绩效/.test(t)) return 'performance';
  if (/财政拨款收入支出|财政拨款收支/.test(t)) return 'fiscal';
  if (/收入支出|收支/.test(t)) return 'overall';
  if (/一般公共预算财政拨款支出|财政拨款支出决算/.test(t)) return 'general';
  if (/收入决算/.test(t)) return 'income';
  if (/支出决算/.test(t)) return 'expense';
  return 'other';
}

export interface Paragraph {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly section: string;
  readonly sectionKind: string;
  readonly sub?: string;
  readonly itemTitle?: string;
  readonly index: number;
}

/** Splits part 三 into paragraphs with their section / sub-section / item context, and lists the markers. */
export function splitSections(
  text: string,
  span: { start: number; end: number },
): { paragraphs: Paragraph[]; markers: Marker[] } {
  const paragraphs: Paragraph[] = [];
  const markers: Marker[] = [];
  let section = '';
  let kind = 'other';
  let sub: string | undefined;
  let subKind: string | undefined;
  let itemTitle: string | undefined;
  let i = span.start;
  while (i < span.end) {
    const nl = text.indexOf('\n', i);
    const end = nl < 0 || nl > span.end ? span.end : nl;
    const p = text.slice(i, end);
    let m: RegExpExecArray | null;
    if ((m = SECTION_RE.exec(p))) {
      section = m[1];
      const title = p.slice(m[0].length);
      kind = sectionKind(title);
      sub = undefined;
      subKind = undefined;
      itemTitle = undefined;
      markers.push(marker('section', chineseNumber(m[1]), m[0], i, section, title));
    } else if ((m = SUB_RE.exec(p))) {
      sub = m[0];
      const title = p.slice(m[0].length);
      const k = sectionKind(title);
      subKind = ['operatingCost', 'procurement', 'assets', 'performance', 'meeting'].includes(k) ? k : undefined;
      itemTitle = undefined;
      markers.push(marker('sub', chineseNumber(m[1]), m[0], i, section, title));
    } else if ((m = ITEM_RE.exec(p))) {
      const rest = p.slice(m[0].length);
      const cut = rest.search(/。|年初预算|支出决算/);
      itemTitle = cut < 0 ? rest.slice(0, 80) : rest.slice(0, cut);
      markers.push(marker('item', Number(m[1]), m[0], i, section, rest));
    }
    if (!PART_RE.test(p)) {
      paragraphs.push({
        start: i,
        end,
        text: p,
        section,
        sectionKind: subKind ?? kind,
        sub,
        itemTitle,
        index: paragraphs.length,
      });
    }
    if (nl < 0 || nl >= span.end) break;
    i = nl + 1;
  }
  return { paragraphs, markers };
}

/**
 * The numbering markers of the document outside part 三's body (capability 10): parts 第一部分 … 第五部分 (a 目录
 * lists them too), and the 一、/（一）/1、 headings of parts 一, 二, 四, 五 and of anything before part 一.
 * `section` holds the part heading the marker is under ("第五部分", '' before the first one).
 */
export function outerMarkers(text: string, body: { start: number; end: number }): Marker[] {
  const out: Marker[] = [];
  let part = '';
  let i = 0;
  while (i < text.length) {
    const nl = text.indexOf('\n', i);
    const end = nl < 0 ? text.length : nl;
    const p = text.slice(i, end);
    const inBody = i >= body.start && i < body.end;
    let m: RegExpExecArray | null;
    if ((m = PART_RE.exec(p)) && (!inBody || i === body.start)) {
      part = m[0];
      out.push(marker('part', chineseNumber(m[1]), m[0], i, part, p.slice(m[0].length)));
    } else if (inBody) {
      // Part 三's body (its heading counted above among the parts) is numbered by splitSections.
      i = body.end;
      continue;
    } else if ((m = SECTION_RE.exec(p)))
      out.push(marker('section', chineseNumber(m[1]), m[0], i, part, p.slice(m[0].length)));
    else if ((m = SUB_RE.exec(p))) out.push(marker('sub', chineseNumber(m[1]), m[0], i, part, p.slice(m[0].length)));
    else if ((m = ITEM_RE.exec(p))) out.push(marker('item', Number(m[1]), m[0], i, part, p.slice(m[0].length)));
    if (nl < 0) break;
    i = nl + 1;
  }
  return out;
}

function marker(
  level: Marker['level'],
  number: number,
  label: string,
  start: number,
  section: string,
  title: string,
): Marker {
  return { level, number, label, start, end: start + label.length, section, title: title.slice(0, 40) };
}

/** Two sentences belong to one item: the same paragraph, or the same numbered item of the same (sub-)section. */
export function sameItem(a: Sentence, b: Sentence): boolean {
  return (
    a.paragraph === b.paragraph ||
    (a.itemTitle !== undefined && a.itemTitle === b.itemTitle && a.section === b.section && a.sub === b.sub)
  );
}

import type { Disclosure } from '../model/types';
import { assignConcepts } from './concepts';
import { readMentions } from './mentions';
import { normalise, originalSpan, type NormalisedText } from './normalize';
import { findPartThree, outerMarkers, splitSections } from './structure';
import type { LintFinding, LintSeverity, Marker, Mention, Sentence } from './types';

/** Everything a rule needs: the text, its sentences and numbers, the facts by concept, and a reporter. */
export interface LintContext {
  readonly input: string;
  readonly norm: NormalisedText;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly markers: readonly Marker[];
  /** Numbering markers outside part 三's body (parts, and the headings of parts 一, 二, 四, 五). */
  readonly outerMarkers: readonly Marker[];
  /** Figures by concept key, in text order. */
  readonly facts: ReadonlyMap<string, readonly Mention[]>;
  readonly disclosure?: Disclosure;
  /** The sentence holding a normalised offset. */
  sentenceAt(offset: number): Sentence | undefined;
  /** The original text of a normalised span (spaces and widths as the author wrote them). */
  quote(start: number, end: number): string;
  /** "五、（三）": the section and sub-section of a sentence as the document numbers them. */
  placeOf(s: Sentence | undefined): string;
  /** Marks numbers as checked and right. */
  ok(...ms: (Mention | undefined)[]): void;
  /** Has a check confirmed this number (so far)? */
  isOk(m: Mention): boolean;
  /** Has a finding (error or warning) already named this number as wrong? One root cause, one finding. */
  blamed(m: Mention): boolean;
  /** Tags a number for later rules ("label-reported": its label was found wrong, the number is right). */
  note(m: Mention, tag: string): void;
  noted(m: Mention, tag: string): boolean;
  report(f: Report): void;
}

export interface Report {
  readonly rule: string;
  readonly severity: LintSeverity;
  /** Normalised span to quote. */
  readonly start: number;
  readonly end: number;
  readonly section?: string;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly suggestion?: string;
  /** Workbook cells compared with ("公开01表!C7"). */
  readonly cells?: readonly string[];
  /** Numbers found wrong by this report (not counted as verified when severity is error). */
  readonly wrong?: readonly (Mention | undefined)[];
}

export interface BuiltContext extends LintContext {
  readonly findings: LintFinding[];
  verifiedCount(): number;
}

export function buildContext(input: string, disclosure?: Disclosure): BuiltContext {
  const norm = normalise(input);
  const text = norm.text;
  const span = findPartThree(text);
  const { paragraphs, markers } = splitSections(text, span);
  const body = text.slice(span.start, span.end);
  const wan = (body.match(/\d\s*万元/g) ?? []).length;
  const yuan = (body.match(/\d\s*元/g) ?? []).length - wan;
  const yuanIsWan = wan > 0 && wan >= 3 * yuan;
  let id = 0;
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    const re = /[^。！？]+[。！？]?/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(p.text))) {
      const start = p.start + m.index;
      const sText = m[0];
      const index = sentences.length;
      const mentions = readMentions(sText, start, {
        sentence: index,
        yuanIsWan,
        unitName: disclosure?.unitName,
        nextId: () => id++,
      });
      const s: Sentence = {
        index,
        start,
        end: start + sText.length,
        text: sText,
        section: p.section,
        sectionKind: p.sectionKind,
        sub: p.sub,
        itemTitle: p.itemTitle,
        paragraph: p.index,
        mentions,
      };
      assignConcepts(s);
      sentences.push(s);
    }
  }
  const mentions = sentences.flatMap((s) => s.mentions);
  const facts = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (!m.concept) continue;
    const list = facts.get(m.concept) ?? [];
    list.push(m);
    facts.set(m.concept, list);
  }
  const good = new Set<number>();
  const bad = new Set<number>();
  const blamed = new Set<number>();
  const notes = new Set<string>();
  const findings: LintFinding[] = [];
  const seen = new Set<string>();
  const starts = sentences.map((s) => s.start);
  const sentenceAt = (offset: number): Sentence | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && offset < sentences[found].end ? sentences[found] : undefined;
  };
  const placeOf = (s: Sentence | undefined): string => (s?.section ? `${s.section}、${s.sub ?? ''}` : '');
  // Outside part 三's sections: the part as the document names it ("第五部分").
  const parts: { at: number; label: string }[] = [];
  for (const m of text.matchAll(/(?:^|\n)(第[一二三四五六七八九十]部分)/g)) parts.push({ at: m.index, label: m[1] });
  const partOf = (offset: number): string => parts.filter((p) => p.at <= offset).pop()?.label ?? '';
  return {
    input,
    norm,
    placeOf,
    sentences,
    mentions,
    markers,
    outerMarkers: outerMarkers(text, span),
    facts,
    disclosure,
    findings,
    sentenceAt,
    quote: (start, end) => originalSpan(input, norm, start, end).quote,
    ok: (...ms) => ms.forEach((m) => m && good.add(m.id)),
    isOk: (m) => good.has(m.id),
    blamed: (m) => blamed.has(m.id),
    note: (m, tag) => notes.add(`${m.id}|${tag}`),
    noted: (m, tag) => notes.has(`${m.id}|${tag}`),
    report(f) {
      const { offset, quote } = originalSpan(input, norm, f.start, f.end);
      const key = `${f.rule}|${offset}|${quote.length}|${f.message}`;
      if (seen.has(key)) return;
      seen.add(key);
      if (f.severity === 'error') f.wrong?.forEach((m) => m && bad.add(m.id));
      if (f.severity === 'error' || f.severity === 'warning') f.wrong?.forEach((m) => m && blamed.add(m.id));
      findings.push({
        rule: f.rule,
        severity: f.severity,
        section: f.section ?? sentenceAt(f.start)?.section ?? '',
        place:
          f.section !== undefined
            ? f.section
              ? f.section + '、'
              : partOf(f.start)
            : placeOf(sentenceAt(f.start)) || partOf(f.start),
        quote,
        offset,
        message: f.message,
        ...(f.expected !== undefined ? { expected: f.expected } : {}),
        ...(f.actual !== undefined ? { actual: f.actual } : {}),
        ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
        ...(f.cells && f.cells.length > 0 ? { cells: f.cells } : {}),
      });
    },
    verifiedCount: () => mentions.filter((m) => good.has(m.id) && !bad.has(m.id)).length,
  };
}

/**
 * The drafted 第三部分 情况说明 as data: paragraphs made of text runs, figure tokens and placeholders.
 *
 * Every figure the draft states is a Token: its exact value (Dec), the text shown, the cells it comes from and
 * how it was computed, so that the task pane can highlight a figure and jump to its cells and a test can trace
 * every number back to the workbook.
 */
import type { Dec } from '../decimal/dec';
import type { CellRef } from '../grid/grid';
import type { ProfileId } from '../model/types';

/** One input of a computed figure: a table cell or a 补充信息 line. */
export interface Operand {
  /** Accountant's name of the input, e.g. "公开01表 本年收入合计" or "补充信息 上年收入合计（本年收入）". */
  readonly label: string;
  readonly value: Dec;
  readonly cells: readonly CellRef[];
}

/**
 * How a figure was computed:
 * - cell: the value of one input as it stands;
 * - sum: Σ of the inputs;
 * - diff: |a − b| (变动额: 本年 vs 上年, 决算 vs 预算);
 * - growth: |a − b| / b × 100 (增长率/下降率, b = 上年);
 * - share: a / b × 100 (占比, b = the table's own total);
 * - ratio: a / b × 100 (完成率, b = 预算).
 */
export type CalcOp = 'cell' | 'sum' | 'diff' | 'growth' | 'share' | 'ratio';

export interface Calc {
  readonly op: CalcOp;
  readonly of: readonly Operand[];
}

export type TokenUnit = '万元' | '%' | 'count' | 'score';

export interface Token {
  readonly kind: 'token';
  /** Exact value (amounts in 万元; percentages as a number of per cent, rounded as shown). */
  readonly value: Dec;
  /** Text shown in the paragraph ("1217.92", "3.62", "100"); the unit word follows as a text run. */
  readonly text: string;
  readonly unit: TokenUnit;
  /** Every cell the figure depends on (union of the operands' cells). */
  readonly sources: readonly CellRef[];
  readonly calc: Calc;
}

/** A visible gap the accountant must fill: a reason, a use, a 补充信息 figure or a table figure that is missing. */
export interface Placeholder {
  readonly kind: 'placeholder';
  /** The 补充信息 key to fill (e.g. 'reason.income', 'budget.subject.2010301') or 'T01.income.total' for a table item. */
  readonly key: string;
  /** What to fill, in Chinese (the 补充信息 label or the table item's name). */
  readonly label: string;
  /** Text shown in the draft, e.g. 【请填写主要原因】. */
  readonly text: string;
}

export type Run = string | Token | Placeholder;

export type ParagraphRole = 'heading' | 'subheading' | 'item' | 'text';

export interface Paragraph {
  /** Section id of the profile (e.g. 'overall', 'general.detail'). */
  readonly section: string;
  readonly role: ParagraphRole;
  /** Generated number printed before a heading or item: "一、", "（一）", "1、". */
  readonly number?: string;
  readonly runs: readonly Run[];
}

export interface PlaceholderRef {
  readonly section: string;
  readonly key: string;
  readonly label: string;
  readonly text: string;
}

export interface Draft {
  readonly profile: ProfileId;
  readonly unitName?: string;
  readonly year?: number;
  readonly paragraphs: readonly Paragraph[];
  /** Gaps left to fill, in the order they occur. */
  readonly placeholders: readonly PlaceholderRef[];
}

export function isToken(r: Run): r is Token {
  return typeof r !== 'string' && r.kind === 'token';
}

export function isPlaceholder(r: Run): r is Placeholder {
  return typeof r !== 'string' && r.kind === 'placeholder';
}

export function runText(r: Run): string {
  return typeof r === 'string' ? r : r.text;
}

/** Plain text of a paragraph, number included. */
export function paragraphText(p: Paragraph): string {
  return (p.number ?? '') + p.runs.map(runText).join('');
}

/** Every token of a draft (or of some paragraphs), in reading order. */
export function draftTokens(paragraphs: readonly Paragraph[]): Token[] {
  return paragraphs.flatMap((p) => p.runs.filter(isToken));
}

import type { Dec } from '../decimal/dec';
import type { Shown } from '../decimal/interval';
import type { Disclosure } from '../model/types';

/**
 * The narrative linter (文字核对): reads every number in a written 第三部分 情况说明 and checks it.
 *
 * Glossary: 情况说明 = narrative part 三; 本年 = current year; 上年 = prior year; 年初预算 = budget at the
 * start of the year; 决算 = final (actual) figure; 完成率 = 决算 / 预算; 占比 = share of a whole; 增减额 = Δ.
 */
export type LintSeverity = 'error' | 'warning' | 'rounding' | 'info';

export interface LintFinding {
  readonly rule: string;
  readonly severity: LintSeverity;
  /** Section number of part 三 ('一' … '十四'), '' outside any section. */
  readonly section: string;
  /** Where the finding is, as the document numbers it: "一、", "五、（三）"; '' outside any section. */
  readonly place: string;
  /** Exact span of the ORIGINAL input. */
  readonly quote: string;
  /** Offset of `quote` in the original input. */
  readonly offset: number;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
  /** Replacement fragment for the quote (or its key part). */
  readonly suggestion?: string;
  /** The workbook cells the finding compares with ("公开01表!C7"), for the pane and the web page to select. */
  readonly cells?: readonly string[];
}

export interface LintResult {
  readonly findings: readonly LintFinding[];
  /** Numbers read (amounts, percentages, counts). */
  readonly claims: number;
  /** Numbers that at least one check confirmed and none found wrong. */
  readonly verified: number;
}

export interface LintOptions {
  /** The workbook model to compare figures with (公开01–09表 and 补充信息). */
  readonly disclosure?: Disclosure;
}

export type MentionKind = 'amount' | 'percent' | 'count';
/** main = a figure of the current year; prior = 上年 figure; diff = a 增减额 / 增减幅度; budget = 年初预算. */
export type MentionRole = 'main' | 'prior' | 'diff' | 'budget';
export type Direction = 'up' | 'down' | 'flat' | 'bad';
/** Capability 4: 年初预算 (initial), 全年预算/调整预算 (adjusted), and 预算 written without saying which (plain). */
export type BudgetKind = 'initial' | 'adjusted' | 'plain';

/** A number as written in the text, with what is written before it. Offsets are in the normalised text. */
export interface Mention {
  readonly id: number;
  readonly kind: MentionKind;
  /** Amounts in 万元 (a figure written in 元 that is really 万元 keeps the written number: see unitSuspect). */
  readonly value: Dec;
  readonly shown: Shown;
  readonly decimals: number;
  /** As written: '万元', '元', '%', '辆', '个' … */
  readonly unit: string;
  readonly start: number;
  readonly end: number;
  /** Text of the clause before the number (trimmed of leading 其中/year). */
  readonly label: string;
  /** Text of the clause before the number, untouched. */
  readonly rawLabel: string;
  /** Text right after the mention up to the clause end. */
  readonly after: string;
  readonly role: MentionRole;
  /** For role 'budget': which budget the text names. */
  readonly budgetKind?: BudgetKind;
  readonly direction?: Direction;
  /** The direction word as written and its span (normalised offsets). */
  readonly directionWord?: { readonly word: string; readonly start: number; readonly end: number };
  /** A 元 amount among 万元 amounts: read as 万元 for arithmetic and reported by unit-yuan. */
  readonly unitSuspect?: boolean;
  /** Concept key (see concepts.ts), e.g. 'income.total', 'tp.reception.actual'. */
  concept?: string;
  /** Sentence index in the document. */
  readonly sentence: number;
}

/** A part (第五部分) / section (一、) / sub-section (（一）) / item (1、) heading as written. */
export interface Marker {
  readonly level: 'part' | 'section' | 'sub' | 'item';
  readonly number: number;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  /** Part 三's section ('五'); for markers outside part 三, the part heading above it ("第五部分"). */
  readonly section: string;
  /** Heading text after the marker (first 40 characters). */
  readonly title: string;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly section: string;
  /** What the section is about, from its title: 'overall', 'income', 'threePublic' … */
  readonly sectionKind: string;
  readonly sub?: string;
  /** Item title (text after "1、" up to its first 。) when the sentence is inside a numbered item. */
  readonly itemTitle?: string;
  readonly paragraph: number;
  readonly mentions: Mention[];
}

export type CheckStatus = 'exact' | 'rounding' | 'error';

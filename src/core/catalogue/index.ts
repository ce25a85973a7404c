/**
 * 科目 catalogues (支出功能分类 and 部门预算支出经济分类) with lookup helpers. Data lives in functional.ts and
 * economic.ts (sourced, see SOURCES.md); this file only builds the Subject objects and the lookups.
 */
import { FUNCTIONAL_ROWS, T01_CLASS_LINES } from './functional';
import { ECONOMIC_GROUPS, ECONOMIC_ROWS } from './economic';

export { T01_CLASS_LINES } from './functional';
export type { EconomicGroup } from './economic';

/** 1 = 类 (3 digits), 2 = 款 (5), 3 = 项 (7) — economic: 1 = 类 (3), 2 = 款 (5). */
export type SubjectLevel = 1 | 2 | 3;

export interface Subject {
  readonly code: string;
  readonly name: string;
  readonly level: SubjectLevel;
  readonly aliases?: readonly string[];
  readonly group?: '人员经费' | '公用经费';
}

const LEVEL_BY_LENGTH: Readonly<Record<number, SubjectLevel>> = { 3: 1, 5: 2, 7: 3 };

/** Level of a 功能分类 code by its length (3/5/7 digits); undefined for anything else. */
export function functionalLevel(code: string): SubjectLevel | undefined {
  return /^\d+$/.test(code) ? LEVEL_BY_LENGTH[code.length] : undefined;
}

/** '2010301' → '20103' → '201' → undefined (also for codes that are not 3/5/7 digits). */
export function parentCode(code: string): string | undefined {
  const level = functionalLevel(code);
  return level === 3 ? code.slice(0, 5) : level === 2 ? code.slice(0, 3) : undefined;
}

function freeze<T extends object>(o: T): T {
  return Object.freeze(o);
}

export const FUNCTIONAL_SUBJECTS: readonly Subject[] = Object.freeze(
  FUNCTIONAL_ROWS.map(([code, name, , aliases]) =>
    freeze({ code, name, level: functionalLevel(code) as SubjectLevel, ...(aliases ? { aliases } : {}) }),
  ),
);

export const ECONOMIC_SUBJECTS: readonly Subject[] = Object.freeze(
  ECONOMIC_ROWS.map(([code, name, , aliases]) => {
    const group = ECONOMIC_GROUPS[code.slice(0, 3)];
    return freeze({
      code,
      name,
      level: (code.length === 3 ? 1 : 2) as SubjectLevel,
      ...(aliases ? { aliases } : {}),
      ...(group ? { group } : {}),
    });
  }),
);

/** 类 codes in the order tables 01/04 print them (Shanghai 2024 template); lines whose code is unsourced are absent. */
export const T01_CLASS_ORDER: readonly string[] = Object.freeze(
  T01_CLASS_LINES.flatMap((line) => (line.code ? [line.code] : [])),
);

const FUNCTIONAL_BY_CODE = new Map(FUNCTIONAL_SUBJECTS.map((s) => [s.code, s]));
const ECONOMIC_BY_CODE = new Map(ECONOMIC_SUBJECTS.map((s) => [s.code, s]));

export function functionalSubject(code: string): Subject | undefined {
  return FUNCTIONAL_BY_CODE.get(code.trim());
}

export function economicSubject(code: string): Subject | undefined {
  return ECONOMIC_BY_CODE.get(code.trim());
}

/**
 * Normalise a printed 科目 name: drop all whitespace (wrapped cells), make brackets full-width, strip a leading
 * ordinal ("一、", "二十四、", "（一）", "1、", "1.") and a trailing level marker ("（类）", "（款）", "（项）", also with
 * a code: "201（类）", "（221类）", "（05款）").
 */
export function normaliseSubjectName(raw: string): string {
  let s = raw.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
  s = s.replace(/^(?:[一二三四五六七八九十百]+[、．.]|（[一二三四五六七八九十]+）|\d+[、．.](?!\d))/, '');
  s = s.replace(/\d*（\d*[类款项]）$/, '');
  return s;
}

function matches(subject: Subject, name: string): boolean {
  return subject.name === name || (subject.aliases?.includes(name) ?? false);
}

/** The single subject matching `name`, or undefined when none or several distinct ones match. */
function unique(candidates: readonly Subject[], name: string): Subject | undefined {
  const found = candidates.filter((s) => matches(s, name));
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Find a 功能分类 subject by its printed name (normalised, see normaliseSubjectName), matching name or alias.
 * With `parent` (a 类 or 款 code) only its descendants are considered. A 类 may also be named without its
 * trailing "支出" ("一般公共服务（类）"). Returns undefined when the name is unknown or ambiguous
 * (e.g. "行政运行" without a parent).
 */
export function findFunctionalByName(name: string, parent?: string): Subject | undefined {
  const n = normaliseSubjectName(name);
  if (!n) return undefined;
  const p = parent?.trim();
  const pool = p
    ? FUNCTIONAL_SUBJECTS.filter((s) => s.code.length > p.length && s.code.startsWith(p))
    : FUNCTIONAL_SUBJECTS;
  const direct = unique(pool, n);
  if (direct || n.endsWith('支出')) return direct;
  return unique(
    pool.filter((s) => s.level === 1),
    `${n}支出`,
  );
}

/** Find a 经济分类 subject by its printed name (normalised), matching name or alias; undefined if unknown/ambiguous. */
export function findEconomicByName(name: string): Subject | undefined {
  const n = normaliseSubjectName(name);
  return n ? unique(ECONOMIC_SUBJECTS, n) : undefined;
}

/** '2010301' → '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）'; undefined if any level is unknown. */
export function fullFunctionalName(code: string): string | undefined {
  const c = code.trim();
  const level = functionalLevel(c);
  if (!level) return undefined;
  const parts: string[] = [];
  const marks = ['（类）', '（款）', '（项）'];
  for (let l = 1; l <= level; l++) {
    const s = FUNCTIONAL_BY_CODE.get(c.slice(0, [3, 5, 7][l - 1]));
    if (!s) return undefined;
    parts.push(s.name + marks[l - 1]);
  }
  return parts.join('');
}

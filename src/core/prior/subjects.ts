import type { SubjectRow } from '../model/types';

/**
 * Pairs this year's 科目 rows with last year's: by code first, then — for rows left on both sides — by name at
 * the same level (a 科目 re-coded between editions keeps its name). Names are compared without spaces and
 * bracket-width differences, since exports wrap and print them differently.
 */
export interface SubjectPair {
  readonly current?: SubjectRow;
  readonly prior?: SubjectRow;
  /** 'same' code and name; 'renamed' same code, other name; 'recoded' same name, other code; 'new' / 'dropped'. */
  readonly change: 'same' | 'renamed' | 'recoded' | 'new' | 'dropped';
}

export function normName(name: string): string {
  return name
    .replace(/[\s\u3000]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/^[一二三四五六七八九十]+、/, '');
}

export function matchSubjects(current: readonly SubjectRow[], prior: readonly SubjectRow[]): SubjectPair[] {
  const out: SubjectPair[] = [];
  const priorByCode = new Map<string, SubjectRow>();
  for (const r of prior) if (!priorByCode.has(r.code)) priorByCode.set(r.code, r);
  const used = new Set<SubjectRow>();
  const unmatched: SubjectRow[] = [];
  for (const c of current) {
    const p = priorByCode.get(c.code);
    if (p && !used.has(p)) {
      used.add(p);
      out.push({ current: c, prior: p, change: normName(p.name) === normName(c.name) ? 'same' : 'renamed' });
    } else unmatched.push(c);
  }
  // Last year's rows left over, by level and name (only names that occur once there, so the pairing is sure).
  const left = prior.filter((p) => !used.has(p));
  const byName = new Map<string, SubjectRow[]>();
  for (const p of left) {
    const k = `${p.level}|${normName(p.name)}`;
    byName.set(k, [...(byName.get(k) ?? []), p]);
  }
  for (const c of unmatched) {
    const cands = byName.get(`${c.level}|${normName(c.name)}`);
    if (cands?.length === 1 && !used.has(cands[0])) {
      used.add(cands[0]);
      out.push({ current: c, prior: cands[0], change: 'recoded' });
    } else out.push({ current: c, change: 'new' });
  }
  for (const p of prior) if (!used.has(p)) out.push({ prior: p, change: 'dropped' });
  return out;
}

import type { Grid } from '../grid/grid';
import type { EditPlan } from '../plan/types';
import { recordsOf, upsertPlan, type StoreRecord } from '../store/store';
import type { Finding, Waiver } from './types';

/**
 * Waivers (出错说明): a written reason that accepts a warning, stored with the workbook in the _juesuan sheet as
 * kind 'waiver', key = the finding's fingerprint (rule + cells), value = { reason, by?, at }. Only warnings and
 * 提示 can be accepted: an error must be fixed before submission, and 舍位差异 needs no reason.
 */
export const WAIVABLE = new Set(['warning', 'info']);

export function isWaivable(f: Finding): boolean {
  return WAIVABLE.has(f.severity);
}

/** Waivers from the store's records; records without a usable reason are ignored. */
export function waiversFromRecords(records: readonly StoreRecord[]): Map<string, Waiver> {
  const out = new Map<string, Waiver>();
  for (const [key, value] of recordsOf<unknown>(records, 'waiver')) {
    const w = value as Partial<Waiver> | null;
    if (!w || typeof w !== 'object' || typeof w.reason !== 'string' || w.reason.trim() === '') continue;
    out.set(key, {
      reason: w.reason.trim(),
      ...(typeof w.by === 'string' ? { by: w.by } : {}),
      at: typeof w.at === 'string' ? w.at : '',
    });
  }
  return out;
}

/** The store record accepting a finding; throws for a finding that cannot be waived or an empty reason. */
export function waiverRecord(f: Finding, reason: string, at: string, by?: string): StoreRecord {
  if (!isWaivable(f))
    throw new Error(`${f.rule}：${f.severity === 'error' ? '错误必须更正，不能说明后通过' : '舍位差异无需说明'}`);
  if (reason.trim() === '') throw new Error('说明不能为空');
  const value: Waiver = { reason: reason.trim(), ...(by ? { by } : {}), at };
  return { kind: 'waiver', key: f.fingerprint, value };
}

/** Attaches waivers to the findings they accept (waivable findings only). */
export function applyWaivers(findings: readonly Finding[], waivers: ReadonlyMap<string, Waiver>): Finding[] {
  if (waivers.size === 0) return [...findings];
  return findings.map((f) => {
    const w = isWaivable(f) ? waivers.get(f.fingerprint) : undefined;
    return w ? { ...f, waiver: w } : f;
  });
}

/** Waivers whose finding no longer occurs (the figures changed): the UI can offer to drop them. */
export function staleWaivers(findings: readonly Finding[], waivers: ReadonlyMap<string, Waiver>): string[] {
  const live = new Set(findings.map((f) => f.fingerprint));
  return [...waivers.keys()].filter((k) => !live.has(k));
}

/** Plan that stores (or replaces) the waiver of one finding in the workbook's _juesuan sheet. */
export function waiverPlan(grid: Grid, f: Finding, reason: string, at: string, by?: string): EditPlan {
  return upsertPlan(grid, [waiverRecord(f, reason, at, by)]);
}

/** Plan that withdraws waivers (by their findings' fingerprints), e.g. one the user takes back or every stale one. */
export function withdrawWaiverPlan(grid: Grid, ...fingerprints: string[]): EditPlan {
  return upsertPlan(
    grid,
    [],
    fingerprints.map((key) => ({ kind: 'waiver', key })),
  );
}

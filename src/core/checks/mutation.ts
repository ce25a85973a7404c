import { Dec } from '../decimal/dec';
import type { Disclosure, Figure } from '../model/types';
import { runChecks } from './run';
import type { CheckOptions, Finding, Severity } from './types';
import { allFigures, replaceFigure } from './walk';

/**
 * Mutation testing of the rule catalogue: change each figure of a model in turn (+0.01, +1, ×10) and see whether
 * a new finding names that cell. Figures nothing notices are free-standing inputs (no relation holds them).
 */
export type MutationKind = '+0.01' | '+1' | '×10';
export const MUTATIONS: readonly MutationKind[] = ['+0.01', '+1', '×10'];

export interface MutationOutcome {
  readonly ref: string;
  readonly where: string;
  readonly mutation: MutationKind;
  /** Most severe new finding naming the cell; undefined = nothing noticed; 'unchanged' = the change is a no-op (0 × 10). */
  readonly noticed: Severity | 'unchanged' | undefined;
}

function mutated(f: Figure, kind: MutationKind): Figure | undefined {
  const value =
    kind === '+0.01' ? f.value.add(Dec.from('0.01')) : kind === '+1' ? f.value.add(Dec.ONE) : f.value.mul(Dec.from(10));
  if (value.eq(f.value)) return undefined;
  return { ...f, value, state: 'number', text: value.toFixed(Math.max(f.decimals, 2)) };
}

const key = (f: Finding) =>
  `${f.fingerprint}|${f.severity}|${f.difference?.toFixed() ?? ''}|${f.actual?.toFixed() ?? ''}`;
const ORDER: readonly Severity[] = ['error', 'warning', 'rounding', 'info'];

export function mutationOutcomes(d: Disclosure, options: CheckOptions = {}): MutationOutcome[] {
  const base = new Set(runChecks(d, options).findings.map(key));
  const out: MutationOutcome[] = [];
  const seen = new Set<string>();
  for (const { figure, ref, where } of allFigures(d)) {
    if (figure.state === 'invalid' || seen.has(ref)) continue;
    seen.add(ref);
    for (const mutation of MUTATIONS) {
      const next = mutated(figure, mutation);
      if (!next) {
        out.push({ ref, where, mutation, noticed: 'unchanged' });
        continue;
      }
      const fresh = runChecks(
        replaceFigure(d, ref, () => next),
        options,
      ).findings.filter((f) => !base.has(key(f)) && f.cells.some((c) => c.ref === ref));
      const noticed = ORDER.find((s) => fresh.some((f) => f.severity === s));
      out.push({ ref, where, mutation, noticed });
    }
  }
  return out;
}

/** Cells no mutation was noticed on (free-standing inputs), with where they sit in the model. */
export function unnoticedCells(outcomes: readonly MutationOutcome[]): { ref: string; where: string }[] {
  const byRef = new Map<string, MutationOutcome[]>();
  for (const o of outcomes) byRef.set(o.ref, [...(byRef.get(o.ref) ?? []), o]);
  return [...byRef.values()]
    .filter((os) => os.every((o) => o.noticed === undefined || o.noticed === 'unchanged'))
    .map((os) => ({ ref: os[0].ref, where: os[0].where }));
}

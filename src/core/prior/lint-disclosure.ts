import type { Disclosure, SuppEntry } from '../model/types';
import { suppFieldFor } from '../supplementary/schema';
import { priorKeys, priorLabel } from './plan';
import { priorValue } from './sources';

/**
 * For `lint --prior`: this year's model with every 上年 line taken from last year's workbook (in memory, nothing
 * written), so that the linter checks each year-on-year claim — 上年数, 增减额, 增减率, 增加/减少 — against last
 * year's published figures. Where this year's 补充信息 already holds a different 上年 figure, last year's workbook
 * wins and the difference is returned as a note for the user.
 */
export function disclosureWithPrior(
  current: Disclosure,
  prior: Disclosure,
): { disclosure: Disclosure; notes: string[] } {
  const entries: Record<string, SuppEntry> = { ...(current.supplementary?.entries ?? {}) };
  const notes: string[] = [];
  for (const key of priorKeys(current)) {
    const pv = priorValue(prior, key, current);
    if (!pv || pv.figure.state === 'invalid') continue;
    const label = priorLabel(current, key);
    if (suppFieldFor(key)?.kind === 'count') {
      const had = entries[key]?.number;
      if (had !== undefined && !had.eq(pv.figure.value))
        notes.push(
          `补充信息“${label}”填的是 ${had.toFixed()}，上年（${pv.what}）为 ${pv.figure.value.toFixed()}：按上年核对`,
        );
      entries[key] = { key, label, kind: 'count', number: pv.figure.value, cell: pv.figure.cell };
      continue;
    }
    const typed = entries[key]?.figure;
    if (typed && typed.state !== 'invalid' && typed.value.sub(pv.figure.value).abs().gt(typed.half))
      notes.push(
        `补充信息“${label}”填的是 ${typed.value.toFixed(2)} 万元，上年决算（${pv.what}）为 ${pv.figure.value.toFixed(2)} 万元：按上年决算核对`,
      );
    entries[key] = { key, label, kind: 'amount', figure: pv.figure, cell: pv.figure.cell };
  }
  const supplementary = { sheet: current.supplementary?.sheet ?? '补充信息', ...current.supplementary, entries };
  return { disclosure: { ...current, supplementary }, notes };
}

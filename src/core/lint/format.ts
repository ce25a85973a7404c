import type { Dec } from '../decimal/dec';
import type { LintSeverity, Mention } from './types';
import type { CheckStatus } from './types';

/** Amount as published: 2 decimals (万元). */
export function amountText(v: Dec): string {
  return v.toFixed(2);
}

/** Percentage as published: 2 decimals, exact 0 and 100 written "0%" / "100%" (domain.md, "Numbers"). */
export function percentText(v: Dec): string {
  if (v.isZero()) return '0%';
  if (v.round(2).eq(v.round(0)) && v.round(0).toFixed() === '100') return '100%';
  return v.toFixed(2) + '%';
}

/** The mention as written in the text ("96.85 万元" → "96.85万元"). */
export function writtenText(m: Mention): string {
  return m.value.toFixed(m.decimals) + (m.kind === 'amount' && m.unitSuspect ? '元' : m.unit);
}

/** Severity of a failed or passed rounding-aware comparison. */
export function severityOf(status: CheckStatus): LintSeverity | undefined {
  return status === 'error' ? 'error' : status === 'rounding' ? 'rounding' : undefined;
}

/** Spaces around numbers in the suggestion when the original writes them so ("减少 96.85 万元"). */
export function spaced(original: string, parts: readonly string[]): string {
  const sp = /\d\s|\s\d/.test(original);
  return parts
    .join(sp ? ' ' : '')
    .replace(/ ?([，；。]) ?/g, '$1')
    .replace(/ %/g, '%');
}

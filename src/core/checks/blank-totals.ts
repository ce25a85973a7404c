import type { Disclosure, Figure } from '../model/types';
import { tableFigures } from '../model/build';
import type { Finding } from './types';

/**
 * One root cause, one finding: a 合计/小计/总计 left blank while its parts are not (a total the export did not
 * print, or a formula whose result was lost) is reported once — “未填写，可用『填充』补上” — and not as
 * “应为 105.00，实为 0.00”; every other finding that names the blank cell (the 类 total it is a part of, the same
 * amount in another table) only follows from it and is folded into it.
 */

export const BLANK_TOTAL_RULE = 'total.blank';

/** Figures of the model by cell ("Sheet!C7"). */
function figuresByRef(d: Disclosure): Map<string, Figure> {
  const out = new Map<string, Figure>();
  for (const t of Object.values(d.tables)) if (t) for (const f of tableFigures(t)) out.set(refOf(f), f);
  return out;
}

const refOf = (f: Figure) => `${f.cell.sheet}!${f.cell.row},${f.cell.col}`;
const cellKey = (c: Finding['cells'][number]) => `${c.cell.sheet}!${c.cell.row},${c.cell.col}`;

/** Is this finding a sum whose blank total has parts that are not all zero? */
function blankRoot(f: Finding, figures: () => Map<string, Figure>): string | undefined {
  if (f.severity !== 'error' && f.severity !== 'warning') return undefined;
  const total = f.cells[0];
  if (!total || total.role !== 'total' || !f.expected || f.expected.isZero()) return undefined;
  const fig = figures().get(cellKey(total));
  return fig && fig.state === 'blank' ? cellKey(total) : undefined;
}

export function foldBlankTotals(findings: readonly Finding[], d: Disclosure): Finding[] {
  // Indexed only when some finding could be a blank total (a clean workbook has none to look up).
  let byRef: Map<string, Figure> | undefined;
  const figures = () => (byRef ??= figuresByRef(d));
  const roots = new Map<string, Finding>();
  for (const f of findings) {
    const key = blankRoot(f, figures);
    if (key && !roots.has(key)) roots.set(key, f);
  }
  if (roots.size === 0) return [...findings];
  const folded = new Map<string, string[]>();
  const out: Finding[] = [];
  for (const f of findings) {
    const root = [...new Set(f.cells.map(cellKey))].find((k) => roots.has(k));
    if (root && roots.get(root) !== f) {
      folded.set(root, [...(folded.get(root) ?? []), f.message]);
      continue;
    }
    out.push(f);
  }
  return out.map((f) => {
    const key = blankRoot(f, figures);
    if (!key || roots.get(key) !== f) return f;
    const total = f.cells[0];
    const also = folded.get(key) ?? [];
    return {
      rule: BLANK_TOTAL_RULE,
      severity: 'error',
      message:
        `${total.label}（${total.ref}）未填写，其组成项不为 0：合计未填写，可用『填充』补上` +
        (also.length ? `（另有 ${also.length} 处核对因此不符，已并入本条）` : ''),
      cells: f.cells,
      suggestion: `用『填充』写入 ${total.ref} 的合计公式；组成项：${f.cells
        .slice(1)
        .map((c) => c.ref)
        .join('、')}`,
      fingerprint: `${BLANK_TOTAL_RULE}|${total.ref}`,
      ...(also.length ? { folded: also } : {}),
    };
  });
}

import { Dec } from '../../decimal/dec';
import type { TableId } from '../../model/types';
import { fieldName } from '../../profiles/tables';
import { findingCell, fingerprint, money, percent, rowTerm, tableTitle } from '../format';
import type { Finding, Rule, RuleMeta } from '../types';

/** Tables and the column whose "其他" share is looked at: 支出 by 功能分类 (03, 05) and by 经济分类 (06). */
const TARGETS: readonly [TableId, string][] = [
  ['T05', 'total'],
  ['T03', 'total'],
  ['T06', 'amount'],
];

const meta: RuleMeta = {
  id: 'plaus-other-share',
  title: '“其他”科目占比过大',
  scope: '表内',
  severity: 'warning',
  relation: '编码以 99 结尾的“其他”款、项科目占其上级科目的比例不超过 20%（阈值可设），超过需说明用途',
  message: '{what} {actual} 占上级科目 {expected} 的 {share}，超过 {threshold}，需说明具体用途',
};

export const rule: Rule = {
  meta,
  check({ disclosure: d, options }) {
    const out: Finding[] = [];
    const flagged = new Map<string, Dec>(); // code → amount already reported from table 05
    for (const [id, col] of TARGETS) {
      const t = d.tables[id];
      if (!t) continue;
      for (const row of t.rows) {
        if (row.code.length < 5 || !row.code.endsWith('99')) continue;
        const parent = t.rows.find((r) => r.code === row.code.slice(0, row.code.length - 2));
        // A 其他 项 under a 其他 款 (2069999 under 20699) is the same money: the 款 speaks for it.
        if (parent?.code.endsWith('99') && parent.code.length >= 5) continue;
        const f = row.values[col];
        const p = parent?.values[col];
        if (!parent || !f || !p || f.state !== 'number' || p.state !== 'number' || p.value.sign() <= 0) continue;
        const share = f.value.mul(Dec.HUNDRED).div(p.value, 6);
        if (share.lte(options.otherSharePercent)) continue;
        // The same spending in 支出决算表 as already reported from table 05: say it once.
        if (id === 'T03' && flagged.get(row.code)?.eq(f.value)) continue;
        if (id === 'T05') flagged.set(row.code, f.value);
        const term = rowTerm(d, id, row, col);
        const pTerm = rowTerm(d, id, parent, col);
        const cells = [findingCell(term, 'part')!, findingCell(pTerm, 'total')!];
        out.push({
          rule: meta.id,
          severity: meta.severity,
          message: `${tableTitle(d, id)} ${row.code} ${row.name}（${fieldName(id, col)}）${money(f.value)} 占上级科目 ${parent.code} ${parent.name} ${money(p.value)} 的 ${percent(share)}，超过 ${percent(options.otherSharePercent)}，需说明具体用途`,
          cells,
          expected: p.value,
          actual: f.value,
          suggestion: '核对是否有可归入明确科目的支出；如无，请在说明中写明主要用途',
          fingerprint: fingerprint(meta.id, cells),
        });
      }
    }
    return out;
  },
};

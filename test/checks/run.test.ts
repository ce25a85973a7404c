import { runChecks } from '../../src/core/checks/run';
import { amountUnitNote, tableTitle } from '../../src/core/checks/format';
import { RULES } from '../../src/core/checks/rules';
import { example, itemRef, specRow } from '../../src/core/checks/example';
import { waiverRecord, waiversFromRecords } from '../../src/core/checks/waivers';

describe('runChecks', () => {
  it('finds nothing in the consistent example', () => {
    const r = runChecks(example());
    expect(r.findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
    expect(r.summary).toEqual({ error: 0, warning: 0, rounding: 0, info: 0, accepted: 0 });
  });

  it('rule ids are unique and kebab-case', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sorts errors first and counts by severity', () => {
    const d = example((s) => {
      s.tables.T01!.items!['income.total'] = '206.00'; // error (and cross-table errors)
      s.tables.T07!.items!['actual.reception'] = '4.00'; // over budget 3.00 → warning; T07 total now wrong → error
    });
    const r = runChecks(d);
    const sev = r.findings.map((f) => f.severity);
    expect(sev.indexOf('warning')).toBeGreaterThan(sev.lastIndexOf('error'));
    expect(r.summary.error).toBe(sev.filter((s) => s === 'error').length);
    expect(r.summary.warning).toBeGreaterThan(0);
    const t01 = r.findings.find((f) => f.rule === 't01-income-total')!;
    expect(t01.message).toContain('收入支出决算总表 本年收入合计');
    expect(t01.message).toContain(itemRef(d, 'T01', 'income.total'));
    expect(t01.expected?.toFixed()).toBe('205.00');
    expect(t01.actual?.toFixed()).toBe('206.00');
  });

  it('a waived warning is accepted with its reason; errors cannot be waived', () => {
    const base = example((s) => {
      specRow(s.tables.T06, '30217').amount = '3.00';
      specRow(s.tables.T06, '302').amount = '21.00';
      s.tables.T06!.items!.publicTotal = '31.00';
    });
    const first = runChecks(base);
    const warn = first.findings.find((f) => f.rule === 't06-t07-three-public')!;
    expect(warn.severity).toBe('warning');
    const rec = waiverRecord(warn, '含项目支出中的接待费用', '2024-03-01T00:00:00Z', '张会计');
    const second = runChecks(base, { waivers: waiversFromRecords([rec]) });
    const same = second.findings.find((f) => f.fingerprint === warn.fingerprint)!;
    expect(same.waiver?.reason).toBe('含项目支出中的接待费用');
    expect(second.summary.accepted).toBe(first.summary.accepted + 1);
    expect(second.summary.warning).toBe(first.summary.warning - 1);
    const err = first.findings.find((f) => f.severity === 'error')!;
    expect(() => waiverRecord(err, '理由', '2024-03-01')).toThrow('错误必须更正');
  });
});

describe('amountUnitNote', () => {
  it('says 万元, and names the tables printed in another unit', () => {
    const d = example();
    expect(amountUnitNote(d)).toBe('金额单位：万元。');
    const yuan = { ...d, tables: { ...d.tables, T07: { ...d.tables.T07!, unit: '元' as const } } };
    expect(amountUnitNote(yuan)).toBe(
      `金额单位：万元（${tableTitle(d, 'T07')}以元填列，已换算为万元后比较；表内合计的核对按表中单位列出金额，并注明元）。`,
    );
    const allYuan = {
      ...d,
      tables: Object.fromEntries(Object.entries(d.tables).map(([id, t]) => [id, { ...t!, unit: '元' as const }])),
    };
    expect(amountUnitNote(allYuan)).toBe(
      '金额单位：万元（工作簿各表以元填列，已换算为万元后比较；表内合计的核对按表中单位列出金额，并注明元）。',
    );
  });
});

import { fig } from '../../src/core/model/figure';
import type { Disclosure, SubjectRow, TableModel } from '../../src/core/model/types';
import { matchSubjects, reasonHints } from '../../src/core/prior';

const row = (code: string, name: string, total = '0'): SubjectRow => ({
  code,
  name,
  level: code.length === 3 ? 1 : code.length === 5 ? 2 : 3,
  row: 1,
  values: { total: fig(total, 'S!C1') },
});

describe('matchSubjects: by code, then by name', () => {
  it('pairs same codes, flags renamed and re-coded 科目, and leaves the rest new / dropped', () => {
    const cur = [
      row('20701', '文化和旅游'),
      row('22001', '自然资源事务'),
      row('2080101', '行政运行'),
      row('21001', '卫生健康管理事务'),
    ];
    const old = [row('20701', '文化'), row('22005', '自然资源事务'), row('2080101', '行政运行'), row('21299', '其他')];
    const pairs = matchSubjects(cur, old).map((p) => [p.change, p.current?.code, p.prior?.code]);
    expect(pairs).toEqual([
      ['renamed', '20701', '20701'],
      ['same', '2080101', '2080101'],
      ['recoded', '22001', '22005'],
      ['new', '21001', undefined],
      ['dropped', undefined, '21299'],
    ]);
  });

  it('ignores spaces, bracket widths and ordinals in names; never pairs a name that occurs twice last year', () => {
    const cur = [row('20103', '政府办公厅（室）及相关机构事务'), row('2010401', '行政运行')];
    const old = [
      row('20199', ' 政府办公厅(室)及相关 机构事务'),
      row('2010301', '行政运行'),
      row('2010501', '行政运行'),
    ];
    const pairs = matchSubjects(cur, old).map((p) => p.change);
    expect(pairs).toEqual(['recoded', 'new', 'dropped', 'dropped']);
  });
});

function t05(rows: SubjectRow[]): TableModel {
  return { id: 'T05', title: 'T05', sheet: 'S', range: 'A1', unit: '万元', items: {}, columns: ['total'], rows };
}
const disclosure = (rows: SubjectRow[]): Disclosure => ({
  profile: 'hunan-2021',
  tables: { T05: t05(rows) },
  problems: [],
});

describe('reasonHints: the 款 that account for most of the change', () => {
  it('names the parts moving with the change, largest first, until they cover 80% of it, with exact amounts', () => {
    const cur = disclosure([
      row('212', '城乡社区支出', '150'),
      row('21201', '城乡社区管理事务', '130.5'),
      row('21203', '城乡社区公共设施', '19.5'),
      row('201', '一般公共服务支出', '90'),
      row('20103', '政府办公厅（室）及相关机构事务', '90'),
    ]);
    const old = disclosure([
      row('212', '城乡社区支出', '100'),
      row('21201', '城乡社区管理事务', '100'),
      row('21203', '城乡社区公共设施', '0'),
      row('201', '一般公共服务支出', '95'),
      row('20103', '政府办公厅(室)及相关机构事务', '95'),
    ]);
    const h = reasonHints(cur, old).find((x) => x.key === 'reason.general.expense')!;
    expect(h.change.toFixed(2)).toBe('45.00');
    expect(h.text).toBe('其中：城乡社区管理事务增加 30.50 万元，城乡社区公共设施增加 19.50 万元。');
  });

  it('gives no hint when the figure did not change, and none without last year’s table', () => {
    const same = disclosure([row('201', '一般公共服务支出', '5'), row('20101', '人大事务', '5')]);
    expect(reasonHints(same, same).find((x) => x.key === 'reason.general.expense')).toBeUndefined();
    expect(reasonHints(same, { profile: 'hunan-2021', tables: {}, problems: [] })).toEqual([]);
  });
});

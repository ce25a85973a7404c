import { ConsolidateError, consolidate, verifyDepartment } from '../../src/core/consolidate';
import { Dec } from '../../src/core/decimal/dec';
import { fig, makeFigure } from '../../src/core/model/figure';
import type { Disclosure, Figure, SubjectRow, TableModel } from '../../src/core/model/types';

const row = (code: string, name: string, total: Figure): SubjectRow => ({
  code,
  name,
  level: code.length === 3 ? 1 : code.length === 5 ? 2 : 3,
  row: 1,
  values: { total },
});
const t05 = (rows: SubjectRow[], total: Figure): TableModel => ({
  id: 'T05',
  title: '一般公共预算财政拨款支出决算表',
  sheet: '公开05表',
  range: 'A1',
  unit: '万元',
  items: {},
  columns: ['total'],
  totalRow: { total },
  rows,
});
const unit = (year: number | undefined, t: TableModel, extra: Partial<Disclosure> = {}): Disclosure => ({
  profile: 'hunan-2021',
  year,
  tables: { T05: t },
  problems: [],
  ...extra,
});

describe('consolidate (pure)', () => {
  it('sums exactly across units in 元 and 万元 and orders the union of 科目 rows by code', () => {
    const a = unit(2024, t05([row('212', '城乡社区支出', fig('1.25', 'A!C8'))], fig('1.25', 'A!C7')));
    const yuan = (v: string, ref: string) => fig(v, ref, '元');
    const b = unit(2024, {
      ...t05(
        [row('201', '一般公共服务支出', yuan('12345.67', 'B!C9')), row('212', '城乡社区支出', yuan('100', 'B!C8'))],
        yuan('12445.67', 'B!C7'),
      ),
      unit: '元',
    });
    const s = consolidate([
      { name: '甲', disclosure: a },
      { name: '乙', disclosure: b },
    ]);
    const t = s.tables.T05!;
    expect(t.rows.map((r) => r.code)).toEqual(['201', '212']);
    expect(t.rows[1].values.total.value.toFixed()).toBe('1.2600');
    expect(t.rows[0].values.total.value.toFixed()).toBe('1.234567');
    expect(t.totalRow!.total.value.toFixed()).toBe('2.494567');
    expect(t.rows[1].values.total.parts.map((p) => [p.unit, p.value.normalize().toFixed()])).toEqual([
      [0, '1.25'],
      [1, '0.01'],
    ]);
    expect(s.outputUnit).toBe('万元');
  });

  it('marks a sum with an unreadable unit cell unknown, never a number', () => {
    const bad = makeFigure(Dec.ZERO, { cell: { sheet: 'B', row: 7, col: 3 }, invalid: true });
    const s = consolidate([
      { name: '甲', disclosure: unit(2024, t05([], fig('5', 'A!C7'))) },
      { name: '乙', disclosure: unit(2024, t05([], bad)) },
    ]);
    expect(s.tables.T05!.totalRow!.total.unknown).toBe(true);
  });

  it('refuses units of different years', () => {
    const t = t05([], fig('1', 'A!C7'));
    expect(() =>
      consolidate([
        { name: '甲', disclosure: unit(2024, t) },
        { name: '乙', disclosure: unit(undefined, t) },
      ]),
    ).toThrow(ConsolidateError);
  });

  it('refuses units of different profiles, naming each unit, its file and its profile', () => {
    const t = t05([], fig('1', 'A!C7'));
    expect(() =>
      consolidate([
        { name: '甲', file: 'a.xlsx', disclosure: unit(2024, t) },
        { name: '乙', file: 'b.xlsx', disclosure: unit(2024, t, { profile: 'shanghai-2024' }) },
      ]),
    ).toThrow(
      /公开格式不同，不能汇总：甲（a\.xlsx，湖南\/财政部 2021 格式（十四部分说明））、乙（b\.xlsx，上海 2024 模板/,
    );
  });

  it('verify: an exact match gives nothing; a difference within the summed rounding is 舍位差异', () => {
    const units = [1, 2, 3].map((i) => ({
      name: `单位${i}`,
      disclosure: unit(2024, t05([], fig('0.33', `U${i}!C7`))),
    }));
    const s = consolidate(units);
    expect(verifyDepartment(unit(2024, t05([], fig('0.99', 'D!C7'))), s)).toEqual([]);
    const f = verifyDepartment(unit(2024, t05([], fig('1.00', 'D!C7'))), s);
    expect(f.map((x) => [x.severity, x.difference.toFixed(2), x.units.length])).toEqual([['rounding', '0.01', 3]]);
    const e = verifyDepartment(unit(2024, t05([], fig('1.10', 'D!C7'))), s);
    expect(e.map((x) => x.severity)).toEqual(['error']);
    expect(e[0].message).toBe(
      '公开05表 合计 合计：部门 1.10 万元，各单位合计 0.99 万元，相差 0.11 万元；各单位：单位1 0.33，单位2 0.33，单位3 0.33',
    );
  });
});

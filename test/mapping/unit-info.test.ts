import { analyseGrid } from '../../src/core/engine';
import { unitNameIn, unitNameInTitle, yearIn } from '../../src/core/model/unit-info';
import { t05 } from '../helpers/tables';
import { gridOf } from '../helpers/xlsx';

describe('unit name and year from the text around a title', () => {
  test.each([
    ['编制单位：XX局          单位：万元', 'XX局'],
    ['编制单位:XX局\u3000\u3000金额单位：元', 'XX局'],
    ['部门：湖南省鹤山市财政局', '湖南省鹤山市财政局'],
    ['填报单位：某某街道办事处（单位：万元）', '某某街道办事处'],
    ['部门：XX局（本级）    金额单位：元', 'XX局（本级）'],
    ['单位：万元', undefined],
    ['金额单位：元', undefined],
    ['编制单位：', undefined],
  ])('%s → %s', (text, name) => expect(unitNameIn(text)).toBe(name));

  test('a name at the head of a title, and none where the title starts with the year', () => {
    expect(unitNameInTitle('XX市农业农村局2024年度收入支出决算总表')).toBe('XX市农业农村局');
    expect(unitNameInTitle('2024年度收入支出决算总表')).toBeUndefined();
  });

  test.each([
    ['2024年度收入支出决算总表', 2024],
    ['2024 年度 部门决算', 2024],
    ['年度：2023', 2023],
    ['填报日期：2025年3月20日', undefined],
    ['收入支出决算总表', undefined],
  ])('year in %s → %s', (text, year) => expect(yearIn(text)).toBe(year));
});

test('one merged cell with 编制单位 and 单位: the model has the clean name, the unit and the year', async () => {
  const { sheet } = t05({ title: '2024 年度一般公共预算财政拨款支出决算表' });
  sheet.rows[1] = ['编制单位：XX局          单位：元'];
  sheet.merges = [...(sheet.merges ?? []), 'A2:E2'];
  const { disclosure, mapping } = analyseGrid(await gridOf([sheet]));
  expect(disclosure.unitName).toBe('XX局');
  expect(disclosure.year).toBe(2024);
  expect(mapping.tables[0].unit).toBe('元');
});

test('label and name in separate cells; nothing found leaves the name undefined (the draft shows a placeholder)', async () => {
  const { sheet } = t05();
  sheet.rows[1] = ['编制单位：', 'XX局', null, '单位：万元'];
  expect(analyseGrid(await gridOf([sheet])).disclosure.unitName).toBe('XX局');
  sheet.rows[1] = [null, null, null, '单位：万元'];
  const d = analyseGrid(await gridOf([sheet])).disclosure;
  expect([d.unitName, d.year]).toEqual([undefined, undefined]);
});

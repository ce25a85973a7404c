import {
  ECONOMIC_SUBJECTS,
  FUNCTIONAL_SUBJECTS,
  T01_CLASS_LINES,
  T01_CLASS_ORDER,
  economicSubject,
  findEconomicByName,
  findFunctionalByName,
  fullFunctionalName,
  functionalLevel,
  functionalSubject,
  normaliseSubjectName,
  parentCode,
} from '../../../src/core/catalogue';
import { FUNCTIONAL_ROWS } from '../../../src/core/catalogue/functional';
import { ECONOMIC_ROWS } from '../../../src/core/catalogue/economic';

const FUNCTIONAL_SOURCES = new Set([
  'SH24',
  'HN21A',
  'HN21B',
  'MOF23',
  'GHC1',
  'GHC2',
  'GHOLD',
  'GHF1',
  'GHF2',
  'GHF3',
  'GHF4',
  'SQ25',
  'YC25',
  'EB25',
  'WL25',
  'JW26',
  'CG26',
  'SQ26',
  'WL26',
  'WJ25',
]);
const ECONOMIC_SOURCES = new Set(['SH24', 'HD20', 'EC360', 'GHEO', 'GHJN']);

describe('functional catalogue data', () => {
  test('codes are unique, digits only, and level matches length', () => {
    const codes = FUNCTIONAL_SUBJECTS.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const s of FUNCTIONAL_SUBJECTS) {
      expect(s.code).toMatch(/^\d{3}(\d{2}){0,2}$/);
      expect(s.level).toBe({ 3: 1, 5: 2, 7: 3 }[s.code.length]);
      expect(functionalLevel(s.code)).toBe(s.level);
    }
  });

  test('every 款 has its 类 and every 项 has its 款', () => {
    for (const s of FUNCTIONAL_SUBJECTS.filter((x) => x.level > 1)) {
      const parent = functionalSubject(parentCode(s.code) as string);
      expect(parent).toBeDefined();
      expect(parent?.level).toBe(s.level - 1);
    }
  });

  test('every row cites at least one known source', () => {
    for (const [code, , sources] of FUNCTIONAL_ROWS) {
      const keys = sources.split(/\s+/).filter(Boolean);
      expect(keys.length).toBeGreaterThan(0);
      for (const k of keys) expect([code, FUNCTIONAL_SOURCES.has(k)]).toEqual([code, true]);
    }
  });

  test('names use full-width brackets and no stray whitespace', () => {
    for (const s of FUNCTIONAL_SUBJECTS) {
      for (const n of [s.name, ...(s.aliases ?? [])]) {
        expect(n).not.toMatch(/[()\s]/);
        expect(n.length).toBeGreaterThan(0);
      }
    }
  });

  test.each([
    ['201', '一般公共服务支出'],
    ['202', '外交支出'],
    ['203', '国防支出'],
    ['204', '公共安全支出'],
    ['205', '教育支出'],
    ['206', '科学技术支出'],
    ['207', '文化旅游体育与传媒支出'],
    ['208', '社会保障和就业支出'],
    ['210', '卫生健康支出'],
    ['211', '节能环保支出'],
    ['212', '城乡社区支出'],
    ['213', '农林水支出'],
    ['214', '交通运输支出'],
    ['215', '资源勘探工业信息等支出'],
    ['216', '商业服务业等支出'],
    ['217', '金融支出'],
    ['219', '援助其他地区支出'],
    ['220', '自然资源海洋气象等支出'],
    ['221', '住房保障支出'],
    ['227', '预备费'],
    ['230', '转移性支出'],
    ['232', '债务付息支出'],
    ['233', '债务发行费用支出'],
    ['224', '灾害防治及应急管理支出'],
    ['20103', '政府办公厅（室）及相关机构事务'],
    ['2010301', '行政运行'],
    ['2010399', '其他政府办公厅（室）及相关机构事务支出'],
    ['2010507', '专项普查活动'],
    ['20502', '普通教育'],
    ['2050205', '高等教育'],
    ['2060599', '其他科技条件与服务支出'],
    ['20799', '其他文化旅游体育与传媒支出'],
    ['20805', '行政事业单位养老支出'],
    ['2080505', '机关事业单位基本养老保险缴费支出'],
    ['2080999', '其他退役安置支出'],
    ['21011', '行政事业单位医疗'],
    ['2101101', '行政单位医疗'],
    ['22102', '住房改革支出'],
    ['2210201', '住房公积金'],
    ['2210203', '购房补贴'],
    // from the 2025/2026 Shanghai Putuo tables (SQ25 YC25 EB25 WL25 JW26 CG26)
    ['2010505', '专项统计业务'],
    ['2013899', '其他市场监督管理事务'],
    ['2040607', '公共法律服务'],
    ['2060702', '科普活动'],
    ['2070109', '群众文化'],
    ['2079903', '文化产业发展专项支出'],
    ['2080502', '事业单位离退休'],
    ['2080506', '机关事业单位职业年金缴费支出'],
    ['2080599', '其他行政事业单位养老支出'],
    ['2080801', '死亡抚恤'],
    ['2101102', '事业单位医疗'],
    ['2110105', '环境保护法规、规划及标准'],
    ['2111101', '生态环境监测与信息'],
    ['2111103', '减排专项支出'],
    ['2120104', '城管执法'],
    ['2120803', '城市建设支出'],
    ['2130306', '水利工程运行与维护'],
    ['2150899', '其他支持中小企业发展和管理支出'],
    ['22103', '城乡社区住宅'],
    ['2210399', '其他城乡社区住宅支出'],
    ['2219899', '其他住房保障支出'],
    ['22402', '消防救援事务'],
  ])('%s is %s', (code, name) => {
    expect(functionalSubject(code)?.name).toBe(name);
  });

  test('lookup trims but does not guess', () => {
    expect(functionalSubject(' 2010301 ')?.name).toBe('行政运行');
    expect(functionalSubject('999')).toBeUndefined();
    expect(functionalSubject('')).toBeUndefined();
  });
});

describe('T01 class order', () => {
  test('follows the Shanghai 2024 template: 24 lines, 一般公共服务 first, 抗疫特别国债 last', () => {
    expect(T01_CLASS_LINES).toHaveLength(24);
    expect(T01_CLASS_LINES[0].name).toBe('一般公共服务支出');
    expect(T01_CLASS_LINES[8].name).toBe('卫生健康支出');
    expect(T01_CLASS_LINES[13].name).toBe('资源勘探工业信息等支出');
    expect(T01_CLASS_LINES[23].name).toBe('抗疫特别国债安排的支出');
  });

  test('lines with a sourced or derived code: 一 … 二十二 (222/223 derived from the order); 229/234 still without one', () => {
    expect(T01_CLASS_LINES[19]).toEqual({ name: '粮油物资储备支出', code: '222' });
    expect(T01_CLASS_LINES[20]).toEqual({ name: '国有资本经营预算支出', code: '223' });
    expect(T01_CLASS_LINES[21]).toEqual({ name: '灾害防治及应急管理支出', code: '224' });
    expect(T01_CLASS_ORDER).toHaveLength(22);
    expect(T01_CLASS_ORDER[21]).toBe('224');
    expect(T01_CLASS_LINES.filter((l) => !l.code).map((l) => l.name)).toEqual(['其他支出', '抗疫特别国债安排的支出']);
  });

  test('the 222/223 derivation holds: coded lines increase, and only two codes lie between 221 and 224', () => {
    const coded = T01_CLASS_LINES.map((l, i) => ({ i, n: l.code ? Number(l.code) : undefined })).filter(
      (l): l is { i: number; n: number } => l.n !== undefined,
    );
    for (let k = 1; k < coded.length; k++) expect(coded[k].n).toBeGreaterThan(coded[k - 1].n);
    const at221 = T01_CLASS_LINES.findIndex((l) => l.code === '221');
    const at224 = T01_CLASS_LINES.findIndex((l) => l.code === '224');
    expect(at224 - at221 - 1).toBe(224 - 221 - 1);
  });

  test('codes are known 类, unique, and in the template order', () => {
    expect(new Set(T01_CLASS_ORDER).size).toBe(T01_CLASS_ORDER.length);
    expect(T01_CLASS_ORDER.slice(0, 9)).toEqual(['201', '202', '203', '204', '205', '206', '207', '208', '210']);
    for (const code of T01_CLASS_ORDER) expect(functionalSubject(code)?.level).toBe(1);
    for (const line of T01_CLASS_LINES) {
      if (line.code) expect(functionalSubject(line.code)?.name).toBe(line.name);
      expect(findFunctionalByName(line.name)?.code).toBe(line.code);
    }
    expect(T01_CLASS_ORDER).toEqual(T01_CLASS_LINES.filter((l) => l.code).map((l) => l.code));
  });
});

describe('functional helpers', () => {
  test('functionalLevel and parentCode', () => {
    expect(functionalLevel('201')).toBe(1);
    expect(functionalLevel('20103')).toBe(2);
    expect(functionalLevel('2010301')).toBe(3);
    expect(functionalLevel('2010')).toBeUndefined();
    expect(functionalLevel('20a')).toBeUndefined();
    expect(functionalLevel('')).toBeUndefined();
    expect(parentCode('2010301')).toBe('20103');
    expect(parentCode('20103')).toBe('201');
    expect(parentCode('201')).toBeUndefined();
    expect(parentCode('2010')).toBeUndefined();
  });

  test('fullFunctionalName', () => {
    expect(fullFunctionalName('2010301')).toBe(
      '一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）',
    );
    expect(fullFunctionalName('22102')).toBe('住房保障支出（类）住房改革支出（款）');
    expect(fullFunctionalName('201')).toBe('一般公共服务支出（类）');
    // 22401 (款) is not in the data, so its 项 has no full name
    expect(fullFunctionalName('2240101')).toBeUndefined();
    expect(fullFunctionalName('2240299')).toBe(
      '灾害防治及应急管理支出（类）消防救援事务（款）其他消防救援事务支出（项）',
    );
    expect(fullFunctionalName('abc')).toBeUndefined();
  });

  test.each([
    ['二十四、抗疫特别国债安排的支出', '抗疫特别国债安排的支出'],
    ['（一）一般公共服务支出', '一般公共服务支出'],
    ['其他文化旅游体育与传媒支\n出', '其他文化旅游体育与传媒支出'],
    ['政府办公厅(室)及相关机构事务（款）', '政府办公厅（室）及相关机构事务'],
    ['一般公共服务 201（类）', '一般公共服务'],
    ['住房保障支出（221类）', '住房保障支出'],
    ['  行政运行 01（项）', '行政运行'],
  ])('normaliseSubjectName(%j) = %s', (raw, expected) => {
    expect(normaliseSubjectName(raw)).toBe(expected);
  });

  test('findFunctionalByName: names, aliases, 类 without 支出, parent scoping', () => {
    expect(findFunctionalByName('文化体育与传媒支出')?.code).toBe('207');
    expect(findFunctionalByName('医疗卫生与计划生育支出（类）')?.code).toBe('210');
    expect(findFunctionalByName('资源勘探信息等支出')?.code).toBe('215');
    expect(findFunctionalByName('国土海洋气象等支出')?.code).toBe('220');
    expect(findFunctionalByName('一般公共服务（类）')?.code).toBe('201');
    expect(findFunctionalByName('社会保障和就业（类）')?.code).toBe('208');
    expect(findFunctionalByName('一、一般公共服务支出')?.code).toBe('201');
    expect(findFunctionalByName('行政运行', '20103')?.code).toBe('2010301');
    expect(findFunctionalByName('行政运行', '201')?.code).toBe('2010301');
    expect(findFunctionalByName('其他政府办公厅(室)及相关机构事务', '20103')?.code).toBe('2010399');
    expect(findFunctionalByName('政府办公厅（室）及相关机构事务（款）', '201')?.code).toBe('20103');
    expect(findFunctionalByName('机关事业单位基本养老保险缴费支出（项）')?.code).toBe('2080505');
    expect(findFunctionalByName('高等教育')?.code).toBe('2050205');
    // SQ25 prints 20805 with its old name and 2080501 with its old 项 name in the narrative
    expect(findFunctionalByName('行政事业单位离退休（款）', '208')?.code).toBe('20805');
    expect(findFunctionalByName('归口管理的行政单位离退休（项）', '20805')?.code).toBe('2080501');
    expect(findFunctionalByName('事业单位医疗', '21011')?.code).toBe('2101102');
    expect(findFunctionalByName('减排专项支出')?.code).toBe('2111103');
    expect(findFunctionalByName('灾害防治及应急管理（类）')?.code).toBe('224');
  });

  test('findFunctionalByName returns undefined when unknown or ambiguous', () => {
    expect(findFunctionalByName('不存在的科目')).toBeUndefined();
    expect(findFunctionalByName('')).toBeUndefined();
    // 一般行政管理事务 exists under 20129 and 21201
    expect(findFunctionalByName('一般行政管理事务')).toBeUndefined();
    expect(findFunctionalByName('一般行政管理事务', '212')?.code).toBe('2120102');
    expect(findFunctionalByName('一般行政管理事务', '20129')?.code).toBe('2012902');
    expect(findFunctionalByName('行政运行', '221')).toBeUndefined();
    // 行政运行 is a 项 of 20103, 20701, 21101 and 21201: only a parent makes it unique
    expect(findFunctionalByName('行政运行')).toBeUndefined();
    expect(findFunctionalByName('行政运行', '211')?.code).toBe('2110101');
    expect(findFunctionalByName('行政运行', '21201')?.code).toBe('2120101');
    // same name at 款 and 项 level (20499 / 2049999): ambiguous without the 款 as parent
    expect(findFunctionalByName('其他公共安全支出')).toBeUndefined();
    expect(findFunctionalByName('其他公共安全支出', '20499')?.code).toBe('2049999');
    // the 支出 fallback applies to 类 only
    expect(findFunctionalByName('其他退役安置')).toBeUndefined();
  });

  test('subjects are frozen', () => {
    expect(Object.isFrozen(FUNCTIONAL_SUBJECTS)).toBe(true);
    expect(Object.isFrozen(FUNCTIONAL_SUBJECTS[0])).toBe(true);
  });
});

describe('economic catalogue', () => {
  // Table 06 of the Shanghai 2024 template, in printed order.
  const TABLE06 = (
    '301 30101 30102 30103 30106 30107 30108 30109 30110 30111 30112 30113 30114 30199 303 30301 30302 ' +
    '30303 30304 30305 30306 30307 30308 30309 30310 30311 30399 302 30201 30202 30203 30204 30205 30206 ' +
    '30207 30208 30209 30211 30212 30213 30214 30215 30216 30217 30218 30224 30225 30226 30227 30228 ' +
    '30229 30231 30239 30240 30299 310 31001 31002 31003 31007 31013 31019 31021 31022 31099'
  ).split(' ');

  test('holds every row of the Shanghai 2024 table 06', () => {
    expect(TABLE06).toHaveLength(65);
    for (const code of TABLE06) expect([code, economicSubject(code) !== undefined]).toEqual([code, true]);
  });

  test('codes unique, levels by length, every 款 has its 类, every row sourced', () => {
    const codes = ECONOMIC_SUBJECTS.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const s of ECONOMIC_SUBJECTS) {
      expect(s.code).toMatch(/^\d{3}(\d{2})?$/);
      expect(s.level).toBe(s.code.length === 3 ? 1 : 2);
      if (s.level === 2) expect(economicSubject(s.code.slice(0, 3))?.level).toBe(1);
      expect(s.name).not.toMatch(/[()\s]/);
    }
    for (const [code, , sources] of ECONOMIC_ROWS) {
      const keys = sources.split(/\s+/).filter(Boolean);
      expect(keys.length).toBeGreaterThan(0);
      for (const k of keys) expect([code, ECONOMIC_SOURCES.has(k)]).toEqual([code, true]);
    }
  });

  test.each([
    ['301', '工资福利支出'],
    ['30101', '基本工资'],
    ['30108', '机关事业单位基本养老保险缴费'],
    ['30113', '住房公积金'],
    ['30199', '其他工资福利支出'],
    ['302', '商品和服务支出'],
    ['30201', '办公费'],
    ['30212', '因公出国（境）费用'],
    ['30213', '维修（护）费'],
    ['30226', '劳务费'],
    ['30231', '公务用车运行维护费'],
    ['30299', '其他商品和服务支出'],
    ['303', '对个人和家庭的补助'],
    ['30301', '离休费'],
    ['30303', '退职（役）费'],
    ['30311', '代缴社会保险费'],
    ['30399', '其他对个人和家庭的补助'],
    ['310', '资本性支出'],
    ['31001', '房屋建筑物购建'],
    ['31007', '信息网络及软件购置更新'],
    ['31099', '其他资本性支出'],
    // derived from GHEO + GHJN / GHEO + SH24 + EC360 (see economic.ts header)
    ['307', '债务利息及费用支出'],
    ['309', '资本性支出（基本建设）'],
    ['311', '对企业补助（基本建设）'],
    ['312', '对企业补助'],
    ['313', '对社会保障基金补助'],
    ['31009', '土地补偿'],
    ['31010', '安置补助'],
    ['31011', '地上附着物和青苗补偿'],
    ['31012', '拆迁补偿'],
  ])('%s is %s', (code, name) => {
    expect(economicSubject(code)?.name).toBe(name);
  });

  test('rows are listed in code order, 类 before its 款', () => {
    const codes = ECONOMIC_ROWS.map(([code]) => code);
    const sorted = [...codes].sort((a, b) => (a.padEnd(5, '0') + a.length).localeCompare(b.padEnd(5, '0') + b.length));
    expect(codes).toEqual(sorted);
  });

  test('309 and 310 are told apart by name', () => {
    expect(findEconomicByName('资本性支出')?.code).toBe('310');
    expect(findEconomicByName('资本性支出(基本建设)')?.code).toBe('309');
    expect(findEconomicByName('对企业补助')?.code).toBe('312');
    expect(economicSubject('307')?.group).toBeUndefined();
  });

  test('groups: 人员经费 = 301 + 303, 公用经费 = 302 + 310', () => {
    expect(economicSubject('301')?.group).toBe('人员经费');
    expect(economicSubject('303')?.group).toBe('人员经费');
    expect(economicSubject('302')?.group).toBe('公用经费');
    expect(economicSubject('310')?.group).toBe('公用经费');
    for (const s of ECONOMIC_SUBJECTS) {
      const cls = s.code.slice(0, 3);
      const expected =
        cls === '301' || cls === '303' ? '人员经费' : cls === '302' || cls === '310' ? '公用经费' : undefined;
      expect([s.code, s.group]).toEqual([s.code, expected]);
    }
  });

  test('findEconomicByName', () => {
    expect(findEconomicByName('基本工资')?.code).toBe('30101');
    expect(findEconomicByName('因公出国(境)费用')?.code).toBe('30212');
    expect(findEconomicByName('机关事业单位基本养老保\n险缴费')?.code).toBe('30108');
    expect(findEconomicByName('信息网络购建')?.code).toBe('31007');
    expect(findEconomicByName('（一）工资福利支出')?.code).toBe('301');
    expect(findEconomicByName('医疗费')?.code).toBe('30114');
    expect(findEconomicByName('医疗费补助')?.code).toBe('30307');
    expect(findEconomicByName('不存在')).toBeUndefined();
    expect(findEconomicByName(' ')).toBeUndefined();
  });
});

/**
 * 政府收支分类科目 — 一般公共预算支出功能分类（类 3 位 / 款 5 位 / 项 7 位）.
 *
 * Only entries found in a source are listed; nothing here is filled in from memory. Each row carries the keys of
 * the sources it was checked against (see SOURCES.md beside this file for the full citations):
 *
 *   SH24   上海市 2024 年度部门决算公开 official template (shared/templates/shanghai-2024-template.txt, 2024 edition):
 *          the 24 类 lines of tables 01/04 in order, 205/20502/2050205 高等教育, 207/20799.
 *   HN21A  益阳市赫山区人民政府办公室 2021 年度部门决算 (published; shared/seeds/000_954e3ea0abc2fe0e.txt).
 *   HN21B  益阳市赫山区接待服务中心 2021 年度部门决算 (published; shared/seeds/004_b7f32efbc26c9089.txt): prints
 *          类/款/项 with their codes, e.g. "一般公共服务 201（类）政府办公厅（室）及相关机构事务 03（款）行政运行 01（项）".
 *   MOF23  财政部《2023 年政府收支分类科目》(财预〔2022〕107 号), 一般公共预算支出功能分类科目, as reproduced at
 *          https://www.xzcs2022.com/kjfgk/20912.html (20605) and https://www.xzcs2022.com/kjfgk/20997.html (20809).
 *   GHC1   public GitHub Java file `com.jiuqi.dna.jnjs.util.MapToJson` (收入支出决算总表 rows: ordinal line → 类 code).
 *   GHC2   public GitHub vxe-table config listing "[202]外交支出", "[203]国防支出", "[204]公共安全支出", "[227]预备费",
 *          "[230]转移性支出", "[232]债务付息支出", "[233]债务发行费用支出".
 *   GHOLD  public GitHub keyword list of 类 names in table order using the pre-2018/2019 names (文化体育与传媒支出,
 *          医疗卫生与计划生育支出, 资源勘探信息等支出, 国土海洋气象等支出) — used for aliases only.
 *   GHF1   public GitHub test fixture (line-items API test) with code/classCode/typeCode/typeName/itemName records:
 *          2012902, 2080505, 2100717, 2120102, 2120199.
 *   GHF2   public GitHub test fixtures quoting "（208类）行政事业单位养老支出（05款）行政单位离退休（01项）",
 *          "（221类）住房改革支出（02款）购房补贴（03项）", "（210类）行政事业单位医疗（11款）行政单位医疗（01项）",
 *          "210 11 01 行政单位医疗" and "医疗卫生与计划生育支出（210类）".
 *   GHF3   public GitHub test fixtures quoting "201 05 07 专项普查活动", "2010507 专项普查活动" and
 *          "一般公共服务支出（类）统计信息事务（款）专项普查活动（项）".
 *   GHF4   public GitHub test fixture: classification_code "2010301", name "行政运行", parent "20103".
 *
 * Known gaps (no source found, so left out): 类 222 粮油物资储备支出, 223 国有资本经营预算支出, 224 灾害防治及应急管理支出,
 * 229 其他支出, 231 债务还本支出, 234 抗疫特别国债安排的支出 (names found without codes; all but 231 are lines of
 * T01_CLASS_LINES, which keeps their template order without a code); and most 款/项, including 2010302,
 * 20699/2069999, 2080506, 2101102.
 */

/** [code, name, source keys (space separated), aliases (older or shortened names seen in sources)] */
export type FunctionalRow = readonly [code: string, name: string, sources: string, aliases?: readonly string[]];

export const FUNCTIONAL_ROWS: readonly FunctionalRow[] = [
  // ── 类 ────────────────────────────────────────────────────────────────────────────
  ['201', '一般公共服务支出', 'SH24 GHC1 HN21B'],
  ['202', '外交支出', 'SH24 GHC1 GHC2'],
  ['203', '国防支出', 'SH24 GHC2'],
  ['204', '公共安全支出', 'SH24 GHC1 GHC2'],
  ['205', '教育支出', 'SH24 GHC1'],
  ['206', '科学技术支出', 'SH24 GHC1 HN21A'],
  ['207', '文化旅游体育与传媒支出', 'SH24 GHC1 GHOLD', ['文化体育与传媒支出']],
  ['208', '社会保障和就业支出', 'SH24 GHC1 HN21B GHF1'],
  ['210', '卫生健康支出', 'SH24 GHC1 HN21B GHF1 GHF2 GHOLD', ['医疗卫生与计划生育支出']],
  ['211', '节能环保支出', 'SH24 GHC1'],
  ['212', '城乡社区支出', 'SH24 GHC1 GHF1'],
  ['213', '农林水支出', 'SH24 GHC1'],
  ['214', '交通运输支出', 'SH24 GHC1'],
  ['215', '资源勘探工业信息等支出', 'SH24 GHC1 GHOLD', ['资源勘探信息等支出']],
  ['216', '商业服务业等支出', 'SH24 GHC1'],
  ['217', '金融支出', 'SH24 GHC1'],
  ['219', '援助其他地区支出', 'SH24 GHC1'],
  ['220', '自然资源海洋气象等支出', 'SH24 GHC1 GHOLD', ['国土海洋气象等支出']],
  ['221', '住房保障支出', 'SH24 GHC1 HN21B GHF2'],
  ['227', '预备费', 'GHC2'],
  ['230', '转移性支出', 'GHC2'],
  ['232', '债务付息支出', 'GHC2'],
  ['233', '债务发行费用支出', 'GHC2'],

  // ── 201 一般公共服务支出 ────────────────────────────────────────────────────────────
  ['20103', '政府办公厅（室）及相关机构事务', 'HN21A HN21B GHF4'],
  ['2010301', '行政运行', 'HN21B GHF4'],
  ['2010399', '其他政府办公厅（室）及相关机构事务支出', 'HN21A HN21B', ['其他政府办公厅（室）及相关机构事务']],
  ['20105', '统计信息事务', 'GHF3'],
  ['2010507', '专项普查活动', 'GHF3'],
  ['20129', '群众团体事务', 'GHF1'],
  ['2012902', '一般行政管理事务', 'GHF1'],

  // ── 205 教育支出 ────────────────────────────────────────────────────────────────────
  ['20502', '普通教育', 'SH24'],
  ['2050205', '高等教育', 'SH24'],

  // ── 206 科学技术支出 ────────────────────────────────────────────────────────────────
  ['20605', '科技条件与服务', 'MOF23'],
  ['2060501', '机构运行', 'MOF23'],
  ['2060502', '技术创新服务体系', 'MOF23'],
  ['2060503', '科技条件专项', 'MOF23'],
  ['2060599', '其他科技条件与服务支出', 'MOF23'],

  // ── 207 文化旅游体育与传媒支出 ──────────────────────────────────────────────────────
  ['20799', '其他文化旅游体育与传媒支出', 'SH24'],

  // ── 208 社会保障和就业支出 ──────────────────────────────────────────────────────────
  ['20805', '行政事业单位养老支出', 'HN21A HN21B GHF1 GHF2'],
  ['2080501', '行政单位离退休', 'GHF2'],
  ['2080505', '机关事业单位基本养老保险缴费支出', 'HN21A HN21B GHF1'],
  ['20809', '退役安置', 'MOF23'],
  ['2080901', '退役士兵安置', 'MOF23'],
  ['2080902', '军队移交政府的离退休人员安置', 'MOF23'],
  ['2080903', '军队移交政府离退休干部管理机构', 'MOF23'],
  ['2080904', '退役士兵管理教育', 'MOF23'],
  ['2080905', '军队转业干部安置', 'MOF23'],
  ['2080999', '其他退役安置支出', 'MOF23'],

  // ── 210 卫生健康支出 ────────────────────────────────────────────────────────────────
  ['21007', '计划生育事务', 'GHF1'],
  ['2100717', '计划生育服务', 'GHF1'],
  ['21011', '行政事业单位医疗', 'HN21A HN21B GHF2'],
  ['2101101', '行政单位医疗', 'HN21A HN21B GHF2'],

  // ── 212 城乡社区支出 ────────────────────────────────────────────────────────────────
  ['21201', '城乡社区管理事务', 'GHF1'],
  ['2120102', '一般行政管理事务', 'GHF1'],
  ['2120199', '其他城乡社区管理事务支出', 'GHF1'],

  // ── 221 住房保障支出 ────────────────────────────────────────────────────────────────
  ['22102', '住房改革支出', 'HN21A HN21B GHF2'],
  ['2210201', '住房公积金', 'HN21A HN21B'],
  ['2210203', '购房补贴', 'GHF2'],
];

/**
 * The 类 lines of table 01 收入支出决算总表 / table 04 财政拨款收入支出决算总表 in the Shanghai 2024 template (SH24),
 * in printed order (一、… 二十四、). `code` is given only where a source for the code was found (see header).
 */
export const T01_CLASS_LINES: readonly { readonly name: string; readonly code?: string }[] = [
  { name: '一般公共服务支出', code: '201' },
  { name: '外交支出', code: '202' },
  { name: '国防支出', code: '203' },
  { name: '公共安全支出', code: '204' },
  { name: '教育支出', code: '205' },
  { name: '科学技术支出', code: '206' },
  { name: '文化旅游体育与传媒支出', code: '207' },
  { name: '社会保障和就业支出', code: '208' },
  { name: '卫生健康支出', code: '210' },
  { name: '节能环保支出', code: '211' },
  { name: '城乡社区支出', code: '212' },
  { name: '农林水支出', code: '213' },
  { name: '交通运输支出', code: '214' },
  { name: '资源勘探工业信息等支出', code: '215' },
  { name: '商业服务业等支出', code: '216' },
  { name: '金融支出', code: '217' },
  { name: '援助其他地区支出', code: '219' },
  { name: '自然资源海洋气象等支出', code: '220' },
  { name: '住房保障支出', code: '221' },
  { name: '粮油物资储备支出' },
  { name: '国有资本经营预算支出' },
  { name: '灾害防治及应急管理支出' },
  { name: '其他支出' },
  { name: '抗疫特别国债安排的支出' },
];

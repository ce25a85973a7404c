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
 *   SQ25 YC25 EB25 WL25  上海市普陀区 2025 年度部门决算 (published; 石泉路街道办事处, 宜川路街道办事处, 生态环境局,
 *          文化和旅游局), JW26 CG26  上海市普陀区 2026 年部门预算 (published; 建设和管理委员会, 城市管理行政执法局):
 *          the 科目编码 / 科目名称 columns of their 收入决算表, 支出决算表 and 一般公共预算财政拨款支出决算表 (budgets: 收入/
 *          支出预算总表, split 类|款|项 codes), read as the PDF text stored in the public GitHub repository
 *          zxj6827111-blip/GovBudgetChecker, tests/fixtures/*_page_data.json (repository, path and commit per key in
 *          SOURCES.md). 2025/2026 editions of the catalogue.
 *   SQ26 WL26 WJ25  more published 上海市普陀区 部门/单位预算, read the same way (their 收入/支出预算总表 and 一般公共
 *          预算支出功能分类预算表): 石泉路街道办事处（本级）2026 (GovBudgetChecker tmp/shiquan_unit26_pages.json),
 *          文化和旅游局 2026 (GovBudgetChecker tests/fixtures/wenlvju_budget_page_data.json), 万里街道办事处 2025
 *          (zxj6827111-blip/tianbaoxitong _pdf25_text.txt). They add no new code, only corroborate existing rows.
 *
 * Derived (two sources read side by side, nothing from memory): 类 222 粮油物资储备支出 and 223 国有资本经营预算支出.
 * SH24 prints the 类 lines of table 01 in code order (each of its 20 lines whose code is sourced — GHC1, GHC2, SQ25 —
 * comes after the one before it) and puts exactly these two names between 十九、住房保障支出 (221) and 二十二、灾害防治及
 * 应急管理支出 (224); two increasing 3-digit codes strictly between 221 and 224 can only be 222 and 223. Same argument
 * as the 310 款 31009–31012 in economic.ts.
 *
 * Known gaps (no source found, so left out): 类 229 其他支出, 231 债务还本支出, 234 抗疫特别国债安排的支出 (names found
 * without codes; 229 and 234 are lines of T01_CLASS_LINES, which keeps their template order without a code — nothing
 * pins them: 225–231 and every code above 233 are open); and most 款/项, including 2010302, 20699/2069999 and
 * 2210302 (seed 000 names 其他科学技术支出 and 住房公积金管理 without codes).
 */

/** [code, name, source keys (space separated), aliases (older or shortened names seen in sources)] */
export type FunctionalRow = readonly [code: string, name: string, sources: string, aliases?: readonly string[]];

export const FUNCTIONAL_ROWS: readonly FunctionalRow[] = [
  // ── 类 ────────────────────────────────────────────────────────────────────────────
  ['201', '一般公共服务支出', 'SH24 GHC1 HN21B SQ25 YC25 SQ26 WJ25'],
  ['202', '外交支出', 'SH24 GHC1 GHC2'],
  ['203', '国防支出', 'SH24 GHC2'],
  ['204', '公共安全支出', 'SH24 GHC1 GHC2 SQ25 YC25 SQ26 WJ25'],
  ['205', '教育支出', 'SH24 GHC1 SQ25 YC25 SQ26 WJ25'],
  ['206', '科学技术支出', 'SH24 GHC1 HN21A SQ25 YC25 SQ26 WJ25'],
  ['207', '文化旅游体育与传媒支出', 'SH24 GHC1 GHOLD SQ25 YC25 WL25 SQ26 WL26 WJ25', ['文化体育与传媒支出']],
  ['208', '社会保障和就业支出', 'SH24 GHC1 HN21B GHF1 SQ25 YC25 EB25 WL25 JW26 CG26 SQ26 WL26 WJ25'],
  [
    '210',
    '卫生健康支出',
    'SH24 GHC1 HN21B GHF1 GHF2 GHOLD SQ25 YC25 EB25 WL25 JW26 CG26 SQ26 WL26 WJ25',
    ['医疗卫生与计划生育支出'],
  ],
  ['211', '节能环保支出', 'SH24 GHC1 SQ25 YC25 EB25'],
  ['212', '城乡社区支出', 'SH24 GHC1 GHF1 SQ25 YC25 WL25 JW26 CG26 SQ26 WJ25'],
  ['213', '农林水支出', 'SH24 GHC1 JW26'],
  ['214', '交通运输支出', 'SH24 GHC1'],
  ['215', '资源勘探工业信息等支出', 'SH24 GHC1 GHOLD WL25 JW26 WL26', ['资源勘探信息等支出']],
  ['216', '商业服务业等支出', 'SH24 GHC1'],
  ['217', '金融支出', 'SH24 GHC1'],
  ['219', '援助其他地区支出', 'SH24 GHC1'],
  ['220', '自然资源海洋气象等支出', 'SH24 GHC1 GHOLD', ['国土海洋气象等支出']],
  ['221', '住房保障支出', 'SH24 GHC1 HN21B GHF2 SQ25 YC25 EB25 WL25 JW26 CG26 SQ26 WL26 WJ25'],
  // 222/223: derived, see header (the two SH24 lines strictly between 221 and 224 take the only two codes between).
  ['222', '粮油物资储备支出', 'SH24 GHC1 SQ25'],
  ['223', '国有资本经营预算支出', 'SH24 GHC1 SQ25'],
  ['224', '灾害防治及应急管理支出', 'SH24 SQ25 SQ26'],
  ['227', '预备费', 'GHC2'],
  ['230', '转移性支出', 'GHC2'],
  ['232', '债务付息支出', 'GHC2'],
  ['233', '债务发行费用支出', 'GHC2'],

  // ── 201 一般公共服务支出 ────────────────────────────────────────────────────────────
  ['20103', '政府办公厅（室）及相关机构事务', 'HN21A HN21B GHF4'],
  ['2010301', '行政运行', 'HN21B GHF4'],
  ['2010399', '其他政府办公厅（室）及相关机构事务支出', 'HN21A HN21B', ['其他政府办公厅（室）及相关机构事务']],
  ['20105', '统计信息事务', 'GHF3 SQ25 YC25 SQ26 WJ25'],
  ['2010505', '专项统计业务', 'SQ25'],
  ['2010506', '统计管理', 'SQ25 SQ26'],
  ['2010507', '专项普查活动', 'GHF3 YC25 SQ26 WJ25'],
  ['20129', '群众团体事务', 'GHF1 SQ25 YC25 SQ26 WJ25'],
  ['2012902', '一般行政管理事务', 'GHF1 SQ25 YC25 SQ26 WJ25'],
  ['20132', '组织事务', 'SQ25 YC25 SQ26 WJ25'],
  ['2013202', '一般行政管理事务', 'SQ25 YC25 SQ26 WJ25'],
  ['20133', '宣传事务', 'SQ25 YC25 SQ26 WJ25'],
  ['2013302', '一般行政管理事务', 'SQ25 YC25 SQ26 WJ25'],
  ['20134', '统战事务', 'SQ25 SQ26 WJ25'],
  ['2013402', '一般行政管理事务', 'SQ25 SQ26 WJ25'],
  ['20138', '市场监督管理事务', 'SQ25 YC25 SQ26 WJ25'],
  ['2013802', '一般行政管理事务', 'SQ25 YC25 SQ26 WJ25'],
  ['2013899', '其他市场监督管理事务', 'YC25'],

  // ── 204 公共安全支出 ────────────────────────────────────────────────────────────────
  ['20406', '司法', 'SQ25 SQ26 WJ25'],
  ['2040607', '公共法律服务', 'SQ25 SQ26 WJ25'],
  ['20499', '其他公共安全支出', 'SQ25 YC25 SQ26 WJ25'],
  ['2049999', '其他公共安全支出', 'SQ25 YC25 SQ26 WJ25'],

  // ── 205 教育支出 ────────────────────────────────────────────────────────────────────
  ['20502', '普通教育', 'SH24'],
  ['2050205', '高等教育', 'SH24'],
  ['20599', '其他教育支出', 'SQ25 YC25 SQ26 WJ25'],
  ['2059999', '其他教育支出', 'SQ25 YC25 SQ26 WJ25'],

  // ── 206 科学技术支出 ────────────────────────────────────────────────────────────────
  ['20605', '科技条件与服务', 'MOF23'],
  ['2060501', '机构运行', 'MOF23'],
  ['2060502', '技术创新服务体系', 'MOF23'],
  ['2060503', '科技条件专项', 'MOF23'],
  ['2060599', '其他科技条件与服务支出', 'MOF23'],
  ['20607', '科学技术普及', 'SQ25 YC25 SQ26 WJ25'],
  ['2060702', '科普活动', 'SQ25 YC25 SQ26 WJ25'],

  // ── 207 文化旅游体育与传媒支出 ──────────────────────────────────────────────────────
  ['20701', '文化和旅游', 'SQ25 WL25 SQ26 WL26'],
  ['2070101', '行政运行', 'WL25 WL26'],
  ['2070104', '图书馆', 'WL25 WL26'],
  ['2070105', '文化展示及纪念机构', 'WL25 WL26'],
  ['2070108', '文化活动', 'WL25 WL26'],
  ['2070109', '群众文化', 'SQ25 WL25 SQ26 WL26'],
  ['2070110', '文化和旅游交流与合作', 'WL25 WL26'],
  ['2070111', '文化创作与保护', 'WL25 WL26'],
  ['2070112', '文化和旅游市场管理', 'WL25 WL26'],
  ['2070113', '旅游宣传', 'WL25 WL26'],
  ['2070114', '文化和旅游管理事务', 'WL25 WL26'],
  ['2070199', '其他文化和旅游支出', 'WL25 WL26'],
  ['20703', '体育', 'SQ25 YC25 SQ26 WJ25'],
  ['2070308', '群众体育', 'SQ25 YC25 SQ26 WJ25'],
  // 20709 is a 政府性基金 款 (WL25 prints it in its table 07 as well)
  ['20709', '旅游发展基金支出', 'WL25'],
  ['2070904', '地方旅游开发项目补助', 'WL25'],
  ['20799', '其他文化旅游体育与传媒支出', 'SH24 YC25 WL25 WL26'],
  ['2079903', '文化产业发展专项支出', 'WL25 WL26'],
  ['2079999', '其他文化旅游体育与传媒支出', 'YC25 WL25 WL26'],

  // ── 208 社会保障和就业支出 ──────────────────────────────────────────────────────────
  // SQ25's tables print 20805 with its pre-2020 name 行政事业单位离退休 (every other source has 行政事业单位养老支出),
  // and its narrative the old 项 name 归口管理的行政单位离退休: both kept as aliases. (The same 街道's 2026 budget,
  // SQ26, prints the current name.)
  [
    '20805',
    '行政事业单位养老支出',
    'HN21A HN21B GHF1 GHF2 YC25 EB25 WL25 JW26 CG26 SQ26 WL26 WJ25',
    ['行政事业单位离退休'],
  ],
  ['2080501', '行政单位离退休', 'GHF2 SQ25 YC25 EB25 WL25 JW26 CG26 SQ26 WL26 WJ25', ['归口管理的行政单位离退休']],
  ['2080502', '事业单位离退休', 'SQ25 YC25 EB25 WL25 JW26 WL26 WJ25'],
  ['2080505', '机关事业单位基本养老保险缴费支出', 'HN21A HN21B GHF1 SQ25 YC25 EB25 WL25 JW26 CG26 SQ26 WL26 WJ25'],
  ['2080506', '机关事业单位职业年金缴费支出', 'SQ25 YC25 EB25 WL25 JW26 CG26 SQ26 WL26 WJ25'],
  ['2080599', '其他行政事业单位养老支出', 'SQ25 YC25 EB25 WL25 JW26 CG26 SQ26 WL26 WJ25'],
  ['20807', '就业补助', 'SQ25 YC25 JW26 SQ26 WJ25'],
  ['2080704', '社会保险补贴', 'JW26'],
  ['2080705', '公益性岗位补贴', 'SQ25 YC25 JW26 SQ26 WJ25'],
  ['2080799', '其他就业补助支出', 'YC25'],
  ['20808', '抚恤', 'SQ25 YC25 EB25 WL25 JW26 CG26'],
  ['2080801', '死亡抚恤', 'SQ25 YC25 EB25 WL25 JW26 CG26'],
  ['20809', '退役安置', 'MOF23'],
  ['2080901', '退役士兵安置', 'MOF23'],
  ['2080902', '军队移交政府的离退休人员安置', 'MOF23'],
  ['2080903', '军队移交政府离退休干部管理机构', 'MOF23'],
  ['2080904', '退役士兵管理教育', 'MOF23'],
  ['2080905', '军队转业干部安置', 'MOF23'],
  ['2080999', '其他退役安置支出', 'MOF23'],
  ['20816', '红十字事业', 'SQ25 YC25 SQ26 WJ25'],
  ['2081602', '一般行政管理事务', 'SQ25 YC25 SQ26 WJ25'],
  ['20825', '其他生活救助', 'SQ25 SQ26 WJ25'],
  ['2082501', '其他城市生活救助', 'SQ25 SQ26 WJ25'],
  ['20899', '其他社会保障和就业支出', 'SQ25 YC25 SQ26 WJ25'],
  ['2089999', '其他社会保障和就业支出', 'SQ25 YC25 SQ26 WJ25'],

  // ── 210 卫生健康支出 ────────────────────────────────────────────────────────────────
  ['21007', '计划生育事务', 'GHF1 SQ25 YC25 SQ26 WJ25'],
  ['2100717', '计划生育服务', 'GHF1 SQ25 YC25 SQ26 WJ25'],
  ['21011', '行政事业单位医疗', 'HN21A HN21B GHF2 SQ25 YC25 EB25 WL25 JW26 CG26 SQ26 WL26 WJ25'],
  ['2101101', '行政单位医疗', 'HN21A HN21B GHF2 SQ25 YC25 EB25 WL25 JW26 CG26 SQ26 WL26 WJ25'],
  ['2101102', '事业单位医疗', 'SQ25 YC25 EB25 WL25 JW26 WL26 WJ25'],

  // ── 211 节能环保支出 ────────────────────────────────────────────────────────────────
  ['21101', '环境保护管理事务', 'EB25'],
  ['2110101', '行政运行', 'EB25'],
  ['2110104', '生态环境保护宣传', 'EB25'],
  ['2110105', '环境保护法规、规划及标准', 'EB25'],
  ['2110107', '生态环境保护行政许可', 'EB25'],
  ['2110199', '其他环境保护管理事务支出', 'EB25'],
  ['21103', '污染防治', 'EB25'],
  ['2110301', '大气', 'EB25'],
  ['2110302', '水体', 'EB25'],
  ['2110399', '其他污染防治支出', 'EB25'],
  ['21111', '污染减排', 'SQ25 YC25 EB25'],
  // SQ25 prints 减排专项支出 as 2111101; EB25 has 2111101 生态环境监测与信息 and YC25 2111103 减排专项支出 (two to one).
  ['2111101', '生态环境监测与信息', 'EB25'],
  ['2111102', '生态环境执法监察', 'EB25'],
  ['2111103', '减排专项支出', 'YC25'],

  // ── 212 城乡社区支出 ────────────────────────────────────────────────────────────────
  ['21201', '城乡社区管理事务', 'GHF1 SQ25 YC25 JW26 CG26 SQ26 WJ25'],
  ['2120101', '行政运行', 'SQ25 YC25 JW26 SQ26 WJ25'],
  ['2120102', '一般行政管理事务', 'GHF1 SQ25 YC25 SQ26 WJ25'],
  ['2120104', '城管执法', 'SQ25 YC25 CG26 WJ25'],
  ['2120199', '其他城乡社区管理事务支出', 'GHF1 SQ25 YC25 JW26 WJ25'],
  ['21203', '城乡社区公共设施', 'SQ25 YC25 JW26 SQ26 WJ25'],
  ['2120399', '其他城乡社区公共设施支出', 'SQ25 YC25 JW26 SQ26 WJ25'],
  ['21205', '城乡社区环境卫生', 'SQ25 YC25 SQ26 WJ25'],
  ['2120501', '城乡社区环境卫生', 'SQ25 YC25 SQ26 WJ25'],
  ['21206', '建设市场管理与监督', 'JW26'],
  ['2120601', '建设市场管理与监督', 'JW26'],
  // 21208 and 21219 are 政府性基金 款 (JW26 table 6, WL25 table 07)
  ['21208', '国有土地使用权出让收入安排的支出', 'JW26 SQ26'],
  ['2120803', '城市建设支出', 'JW26 SQ26'],
  ['21219', '国有土地使用权出让收入对应专项债务收入安排的支出', 'WL25'],
  ['2121999', '其他国有土地使用权出让收入对应专项债务收入安排的支出', 'WL25'],
  ['21299', '其他城乡社区支出', 'SQ25 YC25 SQ26 WJ25'],
  ['2129999', '其他城乡社区支出', 'SQ25 YC25 SQ26 WJ25'],

  // ── 213 农林水支出 ──────────────────────────────────────────────────────────────────
  ['21303', '水利', 'JW26'],
  ['2130306', '水利工程运行与维护', 'JW26'],

  // ── 215 资源勘探工业信息等支出 ──────────────────────────────────────────────────────
  ['21508', '支持中小企业发展和管理支出', 'WL25 JW26 WL26'],
  ['2150899', '其他支持中小企业发展和管理支出', 'WL25 JW26 WL26'],

  // ── 221 住房保障支出 ────────────────────────────────────────────────────────────────
  ['22102', '住房改革支出', 'HN21A HN21B GHF2 SQ25 YC25 EB25 WL25 JW26 CG26 SQ26 WL26 WJ25'],
  ['2210201', '住房公积金', 'HN21A HN21B SQ25 YC25 EB25 WL25 JW26 CG26 SQ26 WL26 WJ25'],
  ['2210203', '购房补贴', 'GHF2 SQ25 YC25 EB25 WL25 JW26 CG26 SQ26 WL26 WJ25'],
  ['22103', '城乡社区住宅', 'HN21A SQ25 YC25 SQ26 WJ25'],
  ['2210399', '其他城乡社区住宅支出', 'SQ25 YC25 SQ26 WJ25'],
  // 22198 is a 政府性基金 款 in YC25 (its table 07). SQ26's 2026 budget prints 22198 as 其他住房保障支出 (the name
  // of its 项 2219899): a disagreement recorded in SOURCES.md, not made an alias (it would make the 款 and 项 names
  // collide under 221).
  ['22198', '超长期特别国债安排的支出', 'YC25'],
  ['2219899', '其他住房保障支出', 'YC25 SQ26'],

  // ── 224 灾害防治及应急管理支出 ──────────────────────────────────────────────────────
  ['22402', '消防救援事务', 'SQ25 SQ26'],
  ['2240299', '其他消防救援事务支出', 'SQ25 SQ26'],
];

/**
 * The 类 lines of table 01 收入支出决算总表 / table 04 财政拨款收入支出决算总表 in the Shanghai 2024 template (SH24),
 * in printed order (一、… 二十四、). `code` is given only where a source for the code was found (see header).
 */
/**
 * Codes whose aliases are names of an earlier edition of the classification (renamed, not variants of one name):
 * 207, 210, 215, 220 (GHOLD: the pre-2019 类 names; 西宁 2016 决算), 20805 行政事业单位离退休 (SQ25's tables, the
 * pre-2020 款 name; later sources print 行政事业单位养老支出) and 2080501 归口管理的行政单位离退休 (old 项 name in
 * SQ25's narrative; its tables print 行政单位离退休). See SOURCES.md, "Names and aliases". Other aliases (2010399
 * written without its trailing 支出) are the same name written two ways.
 */
export const FORMER_NAME_CODES: ReadonlySet<string> = new Set(['207', '210', '215', '220', '20805', '2080501']);

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
  { name: '粮油物资储备支出', code: '222' },
  { name: '国有资本经营预算支出', code: '223' },
  { name: '灾害防治及应急管理支出', code: '224' },
  { name: '其他支出' },
  { name: '抗疫特别国债安排的支出' },
];

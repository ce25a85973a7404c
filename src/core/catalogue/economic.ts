/**
 * 部门预算支出经济分类科目（类 3 位 / 款 5 位）— the rows of table 06 一般公共预算财政拨款基本支出决算（明细）表.
 *
 * Only entries found in a source are listed (see SOURCES.md beside this file for the full citations):
 *
 *   SH24   上海市 2024 年度部门决算公开 official template (shared/templates/shanghai-2024-template.txt, 2024 edition),
 *          table 06 一般公共预算财政拨款基本支出决算表: every code and name of 301, 303, 302 and 310 as printed.
 *   HD20   "部门预算支出经济分类科目" (code, name, 说明), http://www.hd-u.com/cwc/info/1013/1198.htm (2020-07-24):
 *          301, 30101–30103, 30106–30112 — same codes and names as SH24.
 *   EC360  "2024年部门预算支出经济分类科目", https://www.360docs.net/doc/066564292.html: 资本性支出 款 "03 专用设备购置,
 *          05 基础设施建设, 06 大型修缮, 07 信息网络购建, 08 物资储备".
 *   GHEO   public GitHub 决算 upload page listing the 款 names of 301/302/303/307/309/310/311/312/313 in code order
 *          ("小计310 房屋建筑物购建 办公设备购置 专用设备购置 基础设施建设 大型修缮 信息网络及软件购置更新 物资储备 …"),
 *          which places 基础设施建设/大型修缮/物资储备 in 310 between 31003 and 31007 as EC360 numbers them.
 *
 * Groups (domain rule for table 06): 人员经费合计 = 301 + 303, 公用经费合计 = 302 + 310. Each 款 carries its 类's group.
 *
 *   GHJN   public GitHub Java bean `com.jiuqi.jnds05.common.bean.ProjectExpenditureDetailsEntity` (search index file id
 *          10841725050): field comments giving the 类 subtotal names in the same order and with the same 款 lists as
 *          GHEO ("债务利息及费用支出小计 / 国内债务付息 / 国外债务付息 / …", "资本性支出（基本建设）小计 / …",
 *          "对企业补助（基本建设）小计 / 资金注入 / 其他对企业补助", "对企业补助小计 / …", "对社会保障基金补助小计 / …").
 *
 * Derived rows (two sources read side by side; nothing guessed):
 *   - 类 307/309/311/312/313: GHEO labels each 款 list with its 类 code ("小计307 国内债务付息 …"); GHJN labels the
 *     identical 款 list with the 类 name. The code comes from GHEO, the name from GHJN.
 *   - 310 款 31009–31012: GHEO lists 310's 款 in code order (its order agrees with every 310 code SH24/EC360 give) and
 *     names exactly four 款 between 31008 物资储备 and 31013 公务用车购置, so they take the only four codes between.
 *
 * Known gaps (no source with both code and name found, so left out): 类 399 其他支出; the 款 of 307, 309, 311, 312 and
 * 313 (names in GHEO/GHJN, but no code and no anchor to derive one).
 */

export type EconomicGroup = '人员经费' | '公用经费';

/** [code, name, source keys (space separated), aliases (older names seen in sources)] */
export type EconomicRow = readonly [code: string, name: string, sources: string, aliases?: readonly string[]];

/** 类 → group; 款 inherit their 类's group. */
export const ECONOMIC_GROUPS: Readonly<Record<string, EconomicGroup>> = {
  '301': '人员经费',
  '303': '人员经费',
  '302': '公用经费',
  '310': '公用经费',
};

export const ECONOMIC_ROWS: readonly EconomicRow[] = [
  // ── 301 工资福利支出（人员经费）─────────────────────────────────────────────────────
  ['301', '工资福利支出', 'SH24 HD20'],
  ['30101', '基本工资', 'SH24 HD20'],
  ['30102', '津贴补贴', 'SH24 HD20'],
  ['30103', '奖金', 'SH24 HD20'],
  ['30106', '伙食补助费', 'SH24 HD20'],
  ['30107', '绩效工资', 'SH24 HD20'],
  ['30108', '机关事业单位基本养老保险缴费', 'SH24 HD20'],
  ['30109', '职业年金缴费', 'SH24 HD20'],
  ['30110', '职工基本医疗保险缴费', 'SH24 HD20'],
  ['30111', '公务员医疗补助缴费', 'SH24 HD20'],
  ['30112', '其他社会保障缴费', 'SH24 HD20'],
  ['30113', '住房公积金', 'SH24'],
  ['30114', '医疗费', 'SH24'],
  ['30199', '其他工资福利支出', 'SH24'],

  // ── 302 商品和服务支出（公用经费）───────────────────────────────────────────────────
  ['302', '商品和服务支出', 'SH24'],
  ['30201', '办公费', 'SH24'],
  ['30202', '印刷费', 'SH24'],
  ['30203', '咨询费', 'SH24'],
  ['30204', '手续费', 'SH24'],
  ['30205', '水费', 'SH24'],
  ['30206', '电费', 'SH24'],
  ['30207', '邮电费', 'SH24'],
  ['30208', '取暖费', 'SH24'],
  ['30209', '物业管理费', 'SH24'],
  ['30211', '差旅费', 'SH24'],
  ['30212', '因公出国（境）费用', 'SH24'],
  ['30213', '维修（护）费', 'SH24'],
  ['30214', '租赁费', 'SH24'],
  ['30215', '会议费', 'SH24'],
  ['30216', '培训费', 'SH24'],
  ['30217', '公务接待费', 'SH24'],
  ['30218', '专用材料费', 'SH24'],
  ['30224', '被装购置费', 'SH24'],
  ['30225', '专用燃料费', 'SH24'],
  ['30226', '劳务费', 'SH24'],
  ['30227', '委托业务费', 'SH24'],
  ['30228', '工会经费', 'SH24'],
  ['30229', '福利费', 'SH24'],
  ['30231', '公务用车运行维护费', 'SH24'],
  ['30239', '其他交通费用', 'SH24'],
  ['30240', '税金及附加费用', 'SH24'],
  ['30299', '其他商品和服务支出', 'SH24'],

  // ── 303 对个人和家庭的补助（人员经费）───────────────────────────────────────────────
  ['303', '对个人和家庭的补助', 'SH24'],
  ['30301', '离休费', 'SH24'],
  ['30302', '退休费', 'SH24'],
  ['30303', '退职（役）费', 'SH24'],
  ['30304', '抚恤金', 'SH24'],
  ['30305', '生活补助', 'SH24'],
  ['30306', '救济费', 'SH24'],
  ['30307', '医疗费补助', 'SH24'],
  ['30308', '助学金', 'SH24'],
  ['30309', '奖励金', 'SH24'],
  ['30310', '个人农业生产补贴', 'SH24'],
  ['30311', '代缴社会保险费', 'SH24'],
  ['30399', '其他对个人和家庭的补助', 'SH24'],

  // ── 307, 309: 类 only (code from GHEO, name from GHJN; see header) — their 款 codes are not sourced ──────────
  ['307', '债务利息及费用支出', 'GHEO GHJN'],
  ['309', '资本性支出（基本建设）', 'GHEO GHJN'],

  // ── 310 资本性支出（公用经费）───────────────────────────────────────────────────────
  ['310', '资本性支出', 'SH24'],
  ['31001', '房屋建筑物购建', 'SH24'],
  ['31002', '办公设备购置', 'SH24'],
  ['31003', '专用设备购置', 'SH24 EC360'],
  ['31005', '基础设施建设', 'EC360 GHEO'],
  ['31006', '大型修缮', 'EC360 GHEO'],
  ['31007', '信息网络及软件购置更新', 'SH24 EC360', ['信息网络购建']],
  ['31008', '物资储备', 'EC360 GHEO'],
  // 31009–31012: derived, see header (four GHEO names strictly between 31008 and 31013).
  ['31009', '土地补偿', 'GHEO EC360 SH24'],
  ['31010', '安置补助', 'GHEO EC360 SH24'],
  ['31011', '地上附着物和青苗补偿', 'GHEO EC360 SH24'],
  ['31012', '拆迁补偿', 'GHEO EC360 SH24'],
  ['31013', '公务用车购置', 'SH24'],
  ['31019', '其他交通工具购置', 'SH24'],
  ['31021', '文物和陈列品购置', 'SH24'],
  ['31022', '无形资产购置', 'SH24'],
  ['31099', '其他资本性支出', 'SH24'],

  // ── 311–313: 类 only (code from GHEO, name from GHJN; see header) — their 款 codes are not sourced ────────────
  ['311', '对企业补助（基本建设）', 'GHEO GHJN'],
  ['312', '对企业补助', 'GHEO GHJN'],
  ['313', '对社会保障基金补助', 'GHEO GHJN'],
];

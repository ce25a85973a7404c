import { RULES } from '../../core/checks/rules';
import { TABLE_COUNT, type BatchFinding, type UnitReview } from '../types';

/**
 * 决算公开检查表: the reviewer's checklist — one row per check item, one column per unit, 是/否 for 是否合格.
 * The items are the tool's own: the nine tables present, each rule of the catalogue (docs/rules.md), the reading of
 * tables and columns, and (when narratives were linted) the 情况说明's numbers against the tables. An item fails only
 * on an error or an unexplained warning; 舍位差异 and 提示 never fail an item, a warning explained in the workbook
 * (已说明) does not either.
 */

export type ItemResult = '是' | '否' | '无法读取' | '未检查';

export interface CheckItem {
  readonly id: string;
  readonly title: string;
  /** 完整性 / 表内 / 表间 / 补充信息 / 跨年 / 情况说明. */
  readonly scope: string;
}

export interface ChecklistUnit {
  readonly name: string;
  readonly file: string;
  /** One per item, in item order. */
  readonly results: readonly ItemResult[];
}

export interface Checklist {
  readonly items: readonly CheckItem[];
  readonly units: readonly ChecklistUnit[];
}

const TABLES_ITEM: CheckItem = { id: 'tables', title: `公开表齐全（公开01–0${TABLE_COUNT}表）`, scope: '完整性' };
const READING_ITEM: CheckItem = { id: 'reading', title: '表和栏目均能识别，单元格可读取', scope: '完整性' };
const NARRATIVE_ITEM: CheckItem = { id: 'narrative', title: '情况说明中的数字与公开表一致', scope: '情况说明' };

const RULE_IDS = new Set(RULES.map((r) => r.meta.id));

/** The item a finding counts against. */
function itemOf(f: BatchFinding): string {
  if (f.source === '情况说明') return NARRATIVE_ITEM.id;
  return RULE_IDS.has(f.rule) ? f.rule : READING_ITEM.id;
}

const fails = (f: BatchFinding) => (f.severity === 'error' || f.severity === 'warning') && !f.accepted;

export function buildChecklist(reviews: readonly UnitReview[], options: { lint?: boolean } = {}): Checklist {
  const items: CheckItem[] = [
    TABLES_ITEM,
    READING_ITEM,
    ...RULES.map((r) => ({ id: r.meta.id, title: r.meta.title, scope: r.meta.scope })),
    ...(options.lint ? [NARRATIVE_ITEM] : []),
  ];
  const units = reviews.map((r): ChecklistUnit => {
    const name = r.unitName ?? r.file;
    if (r.readError) return { name, file: r.file, results: items.map(() => '无法读取') };
    const failed = new Set(r.findings.filter(fails).map(itemOf));
    const results = items.map((item): ItemResult => {
      if (item.id === TABLES_ITEM.id) return r.tablesMissing.length === 0 ? '是' : '否';
      if (item.id === NARRATIVE_ITEM.id && !r.narrative) return '未检查';
      return failed.has(item.id) ? '否' : '是';
    });
    return { name, file: r.file, results };
  });
  return { items, units };
}

import { TABLE_DEFS } from '../../core/profiles/tables';
import type { TableId } from '../../core/model/types';
import type { BatchFinding, UnitReview } from '../types';
import { comparisonLine, type UnitComparison } from './compare';
import { groupRounding } from './rounding';

/**
 * 整改通知: the findings a unit must fix, in plain Chinese, ready to send (a .txt the reviewer pastes into a mail
 * or an OA notice). Errors to correct, warnings to correct or explain (出错说明 in the workbook), tables missing;
 * 舍位差异 only counted, as they need no change. In a second round the notice says what was fixed and marks each
 * problem 仍存在 or 新增.
 */

export interface NoticeInfo {
  /** The date the notice is issued, as printed (e.g. 2026年12月2日). */
  readonly date: string;
  /** Who issues it (e.g. 区财政局); left blank for the reviewer to fill when not given. */
  readonly issuer?: string;
  readonly comparison?: UnitComparison;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/** "2026年12月2日" from a Date, in the machine's local time. */
export function chineseDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

/** Whether a unit gets a notice: anything to correct or explain, or a file that could not be read. */
export function needsNotice(r: UnitReview): boolean {
  return !r.skipped && r.status !== '可提交';
}

function itemLines(findings: readonly BatchFinding[], mark?: (f: BatchFinding) => string): string[] {
  return findings.flatMap((f, i) => {
    const where = f.cell ? `（位置：${f.cell}）` : '';
    const lines = [`${i + 1}. ${mark ? mark(f) : ''}${f.message}${where}`];
    if (f.suggestion) lines.push(`   建议：${f.suggestion}`);
    return lines;
  });
}

export function noticeText(r: UnitReview, info: NoticeInfo): string {
  const unit = r.unitName ?? r.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const year = r.year ? `${r.year}年度` : '';
  // The file by its name only: the reviewer's folders are no business of the unit's.
  const file = r.file.replace(/^.*[\\/]/, '');
  const out: string[] = [`关于${unit}${year}部门决算公开材料的整改通知`, '', `${unit}：`];
  if (r.readError) {
    out.push(
      `    你单位报送的“${file}”无法读取：${r.readError}。请重新导出工作簿（.xlsx）后报送。`,
      '',
      `${info.issuer ?? ''}`,
      info.date,
    );
    return out.join('\n') + '\n';
  }
  const c = info.comparison;
  out.push(
    `    经审核，你单位报送的“${file}”存在以下问题，请逐项核实更正（警告可更正，或在工作簿中填写出错说明）后重新报送。`,
  );
  if (c?.inPrevious) out.push(`    与上轮审核相比：${comparisonLine(c)}。`);
  const mark = c?.inPrevious
    ? (f: BatchFinding) => (c.remaining.includes(f) ? '【仍存在】' : c.added.includes(f) ? '【新增】' : '')
    : undefined;
  const open = (f: BatchFinding) => !f.accepted;
  const sections: [string, BatchFinding[]][] = [
    ['需更正的错误', r.findings.filter((f) => f.severity === 'error' && open(f))],
    ['需更正或说明的警告', r.findings.filter((f) => f.severity === 'warning' && open(f))],
  ];
  let n = 0;
  for (const [title, list] of sections) {
    if (list.length === 0) continue;
    out.push('', `${NUMERALS[n++]}、${title}（${list.length} 项）`, ...itemLines(list, mark));
  }
  if (r.tablesMissing.length > 0) {
    const names = r.tablesMissing.map((id) => TABLE_DEFS[id as TableId]?.title ?? id);
    out.push(
      '',
      `${NUMERALS[n++]}、未找到的公开表（${names.length} 张）`,
      `    ${names.join('、')}：请补齐后重新报送。`,
    );
  }
  const rounding = groupRounding(r.findings).filter((l) => l.kind === 'rounding-group');
  if (rounding.length > 0) {
    const total = rounding.reduce((s, g) => s + (g.kind === 'rounding-group' ? g.findings.length : 0), 0);
    out.push('', `另有舍位差异 ${total} 处，系金额取整所致，无需更正。`);
  }
  if (c?.inPrevious && c.fixed.length > 0)
    out.push(
      '',
      `上轮指出、本轮已整改的问题（${c.fixed.length} 项）：`,
      ...c.fixed.map((f, i) => `${i + 1}. ${f.message}`),
    );
  out.push('', `${info.issuer ?? ''}`, info.date);
  return out.join('\n') + '\n';
}

/** File name of a unit's notice: 整改通知-<unit>.txt, without characters file systems refuse. */
export function noticeFileName(r: UnitReview): string {
  const unit = (r.unitName ?? r.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')).replace(/[\\/:*?"<>|\s]+/g, '_');
  return `整改通知-${unit}.txt`;
}

/** The notices of every unit that needs one, with file names made unique (two workbooks of one unit). */
export function noticeFiles(
  reviews: readonly UnitReview[],
  date: string,
  comparisons?: readonly UnitComparison[],
): { name: string; text: string }[] {
  const used = new Set<string>();
  return reviews.filter(needsNotice).map((r) => {
    let name = noticeFileName(r);
    for (let k = 2; used.has(name); k++) name = noticeFileName(r).replace(/\.txt$/, `-${k}.txt`);
    used.add(name);
    const comparison = comparisons?.find((c) => c.file === r.file);
    return { name, text: noticeText(r, { date, ...(comparison ? { comparison } : {}) }) };
  });
}

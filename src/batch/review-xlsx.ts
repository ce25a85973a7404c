import type ExcelJS from 'exceljs';
import { SEVERITY_NAMES } from '../core/checks/types';
import { formulaSafe as safeText } from '../io/report-csv';
import { loadExcelJS } from './reviewer/exceljs';
import { topProblems } from './review-core';
import { comparisonLine, type UnitComparison } from './reviewer/compare';
import { groupRounding, roundingGroupTitle } from './reviewer/rounding';
import {
  FINDINGS_SHEET,
  SUMMARY_SHEET,
  TABLE_COUNT,
  type BatchFinding,
  type UnitReview,
  type UnitStatus,
} from './types';
import { localStamp } from '../core/format/local-time';

export interface ReviewInfo {
  /** ISO date-time of the batch. */
  readonly reviewedAt: string;
  /** Whether narratives were linted (--lint). */
  readonly lint: boolean;
  /** Expected units with no workbook (--expected): rows with status 未提交. */
  readonly missing?: readonly string[];
  /** The second round against a previous review (--previous): a 整改对比 sheet and a column of 汇总. */
  readonly comparisons?: readonly UnitComparison[];
}

/** Sheet of the second round's comparison. */
export const COMPARISON_SHEET = '整改对比';
const MISSING_FILL = 'FFFFF2CC';

export const SUMMARY_HEADERS: readonly [string, number][] = [
  ['序号', 6],
  ['单位', 32],
  ['文件', 36],
  ['模板', 20],
  ['找到的表', 10],
  ['错误', 7],
  ['警告', 7],
  ['舍位差异', 9],
  ['提示', 7],
  ['已说明', 8],
  ['情况说明', 24],
  ['主要问题', 80],
  ['状态', 10],
];

export const COMPARISON_HEADERS: readonly [string, number][] = [
  ['序号', 7],
  ['单位', 28],
  ['文件', 32],
  ['对比', 12],
  ['严重程度', 12],
  ['单元格/位置', 32],
  ['说明', 80],
];

export const FINDING_HEADERS: readonly [string, number][] = [
  ['序号', 7],
  ['单位', 28],
  ['文件', 32],
  ['来源', 10],
  ['规则', 24],
  ['严重程度', 12],
  ['单元格/位置', 32],
  ['说明', 80],
  ['建议', 50],
];

const STATUS_FILL: Readonly<Record<UnitStatus, string>> = {
  可提交: 'FFE2F0D9',
  需修改: 'FFFCE4D6',
  无法读取: 'FFE7E6E6',
};

function narrativeCell(r: UnitReview, lint: boolean): string {
  if (!lint || r.readError) return '';
  if (!r.narrative) return '未找到同名说明文件';
  if (r.narrative.error) return `${r.narrative.file}：无法读取`;
  return `${r.narrative.file}（核对 ${r.narrative.verified}/${r.narrative.claims} 个数字）`;
}

function header(ws: ExcelJS.Worksheet, headers: readonly [string, number][]): void {
  ws.columns = headers.map(([h, width]) => ({ header: h, width }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
}

/**
 * The reviewer's workbook (ExcelJS loaded on first use: its own chunk on the web page): 汇总 (one row per unit: name, file, profile, tables found, counts, top three problems,
 * status) and 问题清单 (every finding of every unit). Texts are formula-safe (safeText); nothing is a link.
 */
export async function buildReviewWorkbook(reviews: readonly UnitReview[], info: ReviewInfo): Promise<ExcelJS.Workbook> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = '决算公开助手 juesuan';
  const sum = wb.addWorksheet(SUMMARY_SHEET);
  const compared = info.comparisons;
  header(sum, compared ? [...SUMMARY_HEADERS, ['与上轮相比', 30]] : SUMMARY_HEADERS);
  reviews.forEach((r, i) => {
    const comparison = compared?.find((c) => c.file === r.file);
    const problems = r.readError ? [r.readError] : topProblems(r);
    const row = sum.addRow([
      i + 1,
      safeText(r.unitName ?? ''),
      safeText(r.file),
      safeText(r.readError ? '' : (r.profileName ?? '')),
      r.readError ? '' : `${r.tablesFound}/${TABLE_COUNT}`,
      r.readError ? null : r.counts.error,
      r.readError ? null : r.counts.warning,
      r.readError ? null : r.counts.rounding,
      r.readError ? null : r.counts.info,
      r.readError ? null : r.counts.accepted,
      safeText(narrativeCell(r, info.lint)),
      safeText(problems.map((p, k) => (problems.length > 1 ? `${k + 1}. ${p}` : p)).join('\n')),
      r.status,
      ...(comparison ? [comparisonLine(comparison)] : []),
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(SUMMARY_HEADERS.length).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: STATUS_FILL[r.status] },
    };
  });
  (info.missing ?? []).forEach((unit, i) => {
    const row = sum.addRow([reviews.length + i + 1, safeText(unit), '', '', '', null, null, null, null, null, '']);
    row.getCell(12).value = '应报单位名单中有此单位，未找到其工作簿';
    row.getCell(13).value = '未提交';
    row.getCell(13).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: MISSING_FILL } };
  });

  const ws = wb.addWorksheet(FINDINGS_SHEET);
  header(ws, FINDING_HEADERS);
  // The detail rows of a table's 舍位差异 sit in a collapsed outline group under one line with their count.
  ws.properties.outlineProperties = { summaryBelow: false, summaryRight: true };
  let n = 0;
  const findingRow = (r: UnitReview, f: BatchFinding) =>
    ws.addRow([
      ++n,
      safeText(r.unitName ?? ''),
      safeText(r.file),
      f.source,
      safeText(f.rule),
      f.accepted ? `${SEVERITY_NAMES[f.severity]}（已说明）` : SEVERITY_NAMES[f.severity],
      safeText(f.cell),
      safeText(f.message),
      safeText(f.accepted ? `已说明：${f.accepted}` : (f.suggestion ?? '')),
    ]);
  for (const r of reviews)
    for (const line of groupRounding(r.findings)) {
      if (line.kind === 'finding') {
        findingRow(r, line.finding).alignment = { vertical: 'top', wrapText: true };
        continue;
      }
      const group = ws.addRow([
        '',
        safeText(r.unitName ?? ''),
        safeText(r.file),
        '校验',
        '',
        SEVERITY_NAMES.rounding,
        safeText(line.table),
        safeText(roundingGroupTitle(line)),
        '点左侧 + 展开各处差异',
      ]);
      group.font = { italic: true };
      for (const f of line.findings) {
        const row = findingRow(r, f);
        row.alignment = { vertical: 'top', wrapText: true };
        row.outlineLevel = 1;
        row.hidden = true;
      }
    }

  if (compared) {
    const cs = wb.addWorksheet(COMPARISON_SHEET);
    header(cs, COMPARISON_HEADERS);
    let k = 0;
    for (const c of compared) {
      const add = (change: string, severity: string, cell: string, message: string) =>
        cs.addRow([++k, safeText(c.unit), safeText(c.file), change, severity, safeText(cell), safeText(message)]);
      for (const f of c.fixed) add('已整改', f.severity, f.cell, f.message);
      for (const f of c.remaining) add('仍存在', SEVERITY_NAMES[f.severity], f.cell, f.message);
      for (const f of c.added)
        add(c.inPrevious ? '新增' : '新增（上轮未审核）', SEVERITY_NAMES[f.severity], f.cell, f.message);
    }
  }

  const about = wb.addWorksheet('说明');
  about.columns = [{ width: 16 }, { width: 80 }];
  const count = (s: UnitStatus) => reviews.filter((r) => r.status === s).length;
  const lines: [string, string | number][] = [
    // Stored as ISO UTC; shown as this computer's local time with its zone.
    [
      '审核时间',
      safeText(/^\d{4}-\d\d-\d\dT/.test(info.reviewedAt) ? localStamp(new Date(info.reviewedAt)) : info.reviewedAt),
    ],
    ['工作簿数', reviews.length],
    ['可提交', count('可提交')],
    ['需修改', count('需修改')],
    ['无法读取', count('无法读取')],
    ...(info.missing ? ([['未提交', info.missing.length]] as [string, number][]) : []),
    ['情况说明核对', info.lint ? '已核对与工作簿同名的 .docx / .txt 情况说明' : '未核对（加 --lint 核对同名情况说明）'],
    ...(compared ? ([['复审', '与上轮审核表对比，见“整改对比”工作表']] as [string, string][]) : []),
    ['状态含义', '可提交：无错误且无未说明的警告；需修改：有错误需更正，或有警告需填写说明；无法读取：见主要问题'],
  ];
  for (const l of lines) about.addRow(l);
  about.getColumn(1).font = { bold: true };
  return wb;
}

export async function writeReviewXlsx(path: string, reviews: readonly UnitReview[], info: ReviewInfo): Promise<void> {
  await (await buildReviewWorkbook(reviews, info)).xlsx.writeFile(path);
}

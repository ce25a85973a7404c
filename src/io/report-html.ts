import { findingJson, summaryLine, verdict } from '../core/checks/format';
import { SEVERITIES, SEVERITY_NAMES, type CheckResult, type Finding } from '../core/checks/types';
import { displayFinding, figuresByCell } from '../core/format/amount';
import type { Disclosure, Figure } from '../core/model/types';
import type { ReportInfo } from './report-xlsx';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}
.verdict{font-size:1.1em;font-weight:bold;padding:.5em .8em;border-radius:4px;display:inline-block}
.ok{background:#e6f4ea;color:#1e6b34}.bad{background:#fdecea;color:#a50e0e}.warn{background:#fff4e5;color:#8a5300}
table{border-collapse:collapse;width:100%;margin-top:.5em}th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.sev-error{color:#a50e0e;font-weight:bold}.sev-warning{color:#8a5300;font-weight:bold}.sev-rounding{color:#555}.sev-info{color:#555}
.cells code{background:#f6f6f6;padding:0 3px;margin-right:4px;white-space:nowrap}.waiver{color:#1e6b34}.hint{color:#555;font-size:.92em}
@page{size:A4;margin:15mm 12mm}
@media print{body{margin:0;font-size:10pt;color:#000}.verdict{border:1px solid #888}table{font-size:9pt}
thead{display:table-header-group}tr,td,th{break-inside:avoid}h2{break-after:avoid}a{color:inherit;text-decoration:none}}
`;

function row(f: Finding, i: number, figures: ReadonlyMap<string, Figure>): string {
  const j = findingJson(f);
  // Amounts grouped and with their table's decimals (9,746.50); tolerances stay exact.
  const shown = displayFinding(f, figures);
  const e = escapeHtml;
  const cells = (j.roles ?? []).map((c) => `<code title="${e(c.label)}">${e(c.ref)}</code>`).join('');
  const waiver = f.waiver
    ? `<div class="waiver">已说明：${e(f.waiver.reason)}${f.waiver.by ? `（${e(f.waiver.by)}）` : ''}</div>`
    : '';
  return `<tr><td>${i + 1}</td><td class="sev-${e(f.severity)}">${e(SEVERITY_NAMES[f.severity])}${f.waiver ? '（已说明）' : ''}</td><td><code>${e(
    j.rule,
  )}</code></td><td>${e(shown.message)}${j.suggestion ? `<div class="hint">建议：${e(j.suggestion)}</div>` : ''}${waiver}</td><td class="cells">${cells}</td><td class="num">${e(
    shown.expected ?? '',
  )}</td><td class="num">${e(shown.actual ?? '')}</td><td class="num">${e(shown.difference ?? '')}</td><td class="num">${e(j.tolerance ?? '')}</td></tr>`;
}

/**
 * The check report as one self-contained HTML page (inline style with its own A4 print layout, no scripts, no
 * external resources). With the disclosure, amounts show their table's decimals; without, two.
 */
export function reportHtml(result: CheckResult, info: ReportInfo, disclosure?: Disclosure): string {
  const e = escapeHtml;
  const figures: ReadonlyMap<string, Figure> = disclosure ? figuresByCell(disclosure) : new Map();
  const s = result.summary;
  const cls = s.error ? 'bad' : s.warning ? 'warn' : 'ok';
  const sections = SEVERITIES.map((sev) => {
    const fs = result.findings.filter((f) => f.severity === sev);
    if (fs.length === 0) return '';
    return `<h2>${e(SEVERITY_NAMES[sev])}（${fs.length}）</h2>
<table><thead><tr><th>#</th><th>严重程度</th><th>规则</th><th>说明</th><th>涉及单元格</th><th>应为</th><th>实为</th><th>差额</th><th>舍位容差</th></tr></thead>
<tbody>${fs.map((f, i) => row(f, i, figures)).join('\n')}</tbody></table>`;
  }).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>决算公开校验报告 — ${e(info.file)}</title><style>${STYLE}</style></head>
<body>
<h1>决算公开校验报告</h1>
<p>工作簿：${e(info.file)}<br>校验时间：${e(info.checkedAt)}</p>
<p class="verdict ${cls}">${e(verdict(s))}</p>
<p>${e(summaryLine(s))}</p>
${sections || '<p>未发现任何问题。</p>'}
<p class="hint">金额单位：万元。舍位差异：差额在各数字自身的舍位区间之内，无需更正。警告需填写说明原因。</p>
</body></html>
`;
}

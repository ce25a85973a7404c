/**
 * Writes docs/rules.md from the rule modules (src/core/checks/rules) and, when the sample workbooks exist, the
 * mutation test's list of free-standing inputs (cells no rule notices when changed).
 *   node -r ./scripts/register-ts.js scripts/gen-rules-doc.ts
 * A test (test/checks/rules-doc.test.ts) asserts the committed file is up to date.
 */
import { existsSync } from 'fs';
import { readFile, writeFile } from 'fs/promises';
import path from 'path';
import { RULES } from '../src/core/checks/rules';
import { mutationOutcomes, unnoticedCells } from '../src/core/checks/mutation';
import { SEVERITY_NAMES, type Scope } from '../src/core/checks/types';
import { DEFAULT_OPTIONS } from '../src/core/checks/run';
import { analyseGrid } from '../src/core/engine';
import { readGridFromFile } from '../src/io/xlsx';
import { renderLintRules } from './lint-rules-doc';

export const ROOT = path.join(__dirname, '..');
export const RULES_DOC = path.join(ROOT, 'docs', 'rules.md');
export const SAMPLE_FILES = ['samples/heshan-zfb-2021.xlsx', 'samples/heshan-jdfw-2021.xlsx'];

export interface FreeInputs {
  readonly sample: string;
  readonly cells: readonly { ref: string; where: string }[];
}

const SCOPES: readonly Scope[] = ['表内', '表间', '补充信息', '跨年'];
const cellText = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderRulesDoc(free: readonly FreeInputs[]): string {
  const out: string[] = [
    '# 校验规则 Rule catalogue',
    '',
    '<!-- 由 scripts/gen-rules-doc.ts 从 src/core/checks/rules 生成，请勿手工修改。 Generated — do not edit. -->',
    '',
    '`juesuan check` 按下列规则检查工作簿。每条规则一个模块（`src/core/checks/rules/<id>.ts`），旁边是它的 valid / invalid 测试。',
    '',
    '严重程度：',
    `- **${SEVERITY_NAMES.error}**（error）：提交前必须更正；`,
    `- **${SEVERITY_NAMES.warning}**（warning）：需书面说明原因（久其 合理性审核），说明后记为“已说明”；`,
    `- **${SEVERITY_NAMES.rounding}**（rounding）：差额在各数字自身的舍位区间之内（每个显示数 v 代表 [v−½ulp, v+½ulp]，容差 = 各数半宽之和），无需更正；`,
    `- **${SEVERITY_NAMES.info}**（info）：提示。`,
    '',
    '关系不成立时按规则的严重程度报告；只差在舍位容差以内时一律报告为舍位差异；完全相等不报告。无法读取的单元格（映射已报告）不参与检查。',
    `合理性阈值（可设）：决算与年初预算差异 ${DEFAULT_OPTIONS.budgetVariancePercent.toFixed()}%，“其他”科目占比 ${DEFAULT_OPTIONS.otherSharePercent.toFixed()}%。`,
    '',
  ];
  for (const scope of SCOPES) {
    const rules = RULES.filter((r) => r.meta.scope === scope);
    if (rules.length === 0) continue;
    out.push(`## ${scope}`, '', '| 规则 id | 名称 | 关系 | 不成立时 |', '|---|---|---|---|');
    for (const r of rules)
      out.push(
        `| \`${r.meta.id}\` | ${cellText(r.meta.title)} | ${cellText(r.meta.relation)} | ${SEVERITY_NAMES[r.meta.severity]} |`,
      );
    out.push('');
  }
  out.push(
    '## 独立输入项 Free-standing inputs',
    '',
    '变异测试（test/checks/samples.test.ts）把样例工作簿的每个数字依次 +0.01、+1、×10，检查是否有规则指出该单元格。',
    '下列单元格改动后没有任何规则察觉：它们不参与任何必须成立的关系（或只受单向约束，如上年数只在本年增长时提示）。',
    '',
  );
  if (free.length === 0) out.push('（样例工作簿不存在，未生成。）', '');
  for (const f of free) {
    out.push(`### ${f.sample}`, '');
    if (f.cells.length === 0) out.push('（无）', '');
    else {
      out.push('| 单元格 | 模型中的位置 |', '|---|---|');
      for (const c of f.cells) out.push(`| ${cellText(c.ref)} | ${cellText(c.where)} |`);
      out.push('');
    }
  }
  out.push(...renderLintRules());
  return out.join('\n');
}

/** Free-standing inputs of each sample workbook that exists. */
export async function sampleFreeInputs(): Promise<FreeInputs[]> {
  const out: FreeInputs[] = [];
  for (const rel of SAMPLE_FILES) {
    const file = path.join(ROOT, rel);
    if (!existsSync(file)) continue;
    const { disclosure } = analyseGrid(await readGridFromFile(file));
    out.push({ sample: path.basename(rel), cells: unnoticedCells(mutationOutcomes(disclosure)) });
  }
  return out;
}

export async function generateRulesDoc(): Promise<string> {
  return renderRulesDoc(await sampleFreeInputs());
}

if (require.main === module) {
  generateRulesDoc()
    .then(async (text) => {
      const old = existsSync(RULES_DOC) ? await readFile(RULES_DOC, 'utf8') : '';
      if (old === text) console.log(`${path.relative(ROOT, RULES_DOC)} 已是最新`);
      else {
        await writeFile(RULES_DOC, text);
        console.log(`已生成 ${path.relative(ROOT, RULES_DOC)}`);
      }
    })
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    });
}

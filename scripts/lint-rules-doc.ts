/**
 * The 文字核对 (narrative lint) section of docs/rules.md, from the lint rule modules (src/core/lint/rules): each
 * rule's id, Chinese name, severity, family and its own examples (the ones test/core/lint/examples.test.ts runs).
 * Called by scripts/gen-rules-doc.ts.
 */
import { RULES } from '../src/core/lint';
import { FAMILY_NAMES, type LintRule } from '../src/core/lint/rules/rule';

const SEVERITY: Readonly<Record<LintRule['severity'], string>> = {
  error: '错误',
  warning: '警告',
  rounding: '舍位差异',
  info: '提示',
};
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ⏎ ');

export function renderLintRules(): string[] {
  const out: string[] = [
    '## 文字核对规则 Narrative lint rules',
    '',
    '`juesuan lint`（任务窗格、网页的“文字核对”）按下列规则核对已写好的情况说明。每条规则一个模块（`src/core/lint/rules/`），带中文名称、严重程度和示例；',
    '真实公开文本的例句及判定见 `test/fixtures/lint/corpus.ts`。每条问题给出原文（标签连同数字）、所在部分（按文中编号，如“五、（三）”），',
    '只有在正确数值确定时才给出“建议改为”；同一个错误只报告一次，由它引起的后续计算不再重复报告。',
    '',
    '| 规则 id | 名称 | 类别 | 严重程度 |',
    '|---|---|---|---|',
  ];
  for (const r of RULES)
    out.push(`| \`${r.id}\` | ${cell(r.title)} | ${FAMILY_NAMES[r.family]} | ${SEVERITY[r.severity]} |`);
  out.push('', '### 示例 Examples', '');
  for (const r of RULES) {
    if (!r.examples) continue;
    out.push(
      `- \`${r.id}\` ${cell(r.title)}`,
      `  - 正确：${cell(r.examples.valid)}`,
      `  - 报告：${cell(r.examples.invalid[0])}（标出“${cell(r.examples.invalid[1])}”）`,
    );
  }
  out.push(
    '',
    '没有示例的规则需要工作簿才能判断，其正反例见 `test/fixtures/lint/corpus.ts` 与 `test/core/lint/capabilities.test.ts`。',
    '',
  );
  return out;
}

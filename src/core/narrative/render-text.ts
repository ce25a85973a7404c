/** A Draft as plain text (one paragraph a line) or Markdown (headings, then a table of the gaps left to fill). */
import { partThreeTitle } from './draft';
import { paragraphText, type Draft } from './types';

/** Plain text: the part's title, then each paragraph on its own line, a blank line before each section. */
export function renderText(draft: Draft, opts: { title?: boolean } = {}): string {
  const lines: string[] = opts.title === false ? [] : [partThreeTitle(draft), ''];
  draft.paragraphs.forEach((p, i) => {
    if (p.role === 'heading' && i > 0) lines.push('');
    lines.push(p.role === 'text' || p.role === 'item' ? '　　' + paragraphText(p) : paragraphText(p));
  });
  return lines.join('\n') + '\n';
}

function mdEscape(s: string): string {
  return s.replace(/([\\`*_[\]#|])/g, '\\$1');
}

export function renderPlaceholderTable(draft: Draft): string[] {
  if (draft.placeholders.length === 0) return ['无待填写事项。'];
  return [
    '| 部分 | 补充信息键 | 待填写内容 |',
    '| --- | --- | --- |',
    ...draft.placeholders.map((p) => `| ${sectionLabel(draft, p.section)} | \`${p.key}\` | ${mdEscape(p.label)} |`),
  ];
}

/** "一、收入支出决算总体情况说明" for a section id of the draft (its heading's text). */
export function sectionLabel(draft: Draft, id: string): string {
  const h = draft.paragraphs.find((p) => p.section === id && (p.role === 'heading' || p.role === 'subheading'));
  return h ? paragraphText(h) : id;
}

export function renderMarkdown(draft: Draft): string {
  const out: string[] = [`# ${partThreeTitle(draft)}`, ''];
  for (const p of draft.paragraphs) {
    const t = mdEscape(paragraphText(p));
    if (p.role === 'heading') out.push(`## ${t}`, '');
    else if (p.role === 'subheading') out.push(`### ${t}`, '');
    else out.push(t, '');
  }
  out.push('## 待填写事项', '', ...renderPlaceholderTable(draft), '');
  return out.join('\n');
}

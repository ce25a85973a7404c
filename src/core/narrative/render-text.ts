/** A Draft as plain text (one paragraph a line) or Markdown (headings; the gaps left to fill on request). */
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

/** What is left to fill, in words (never the 补充信息 keys): "1. 一、收入支出决算总体情况说明：上年收入支出总计". */
export function placeholderLines(draft: Draft): string[] {
  if (draft.placeholders.length === 0) return ['无待填写事项。'];
  return draft.placeholders.map((p, i) => `${i + 1}. ${sectionLabel(draft, p.section)}：${p.label}`);
}

/** "一、收入支出决算总体情况说明" for a section id of the draft (its heading's text). */
export function sectionLabel(draft: Draft, id: string): string {
  const h = draft.paragraphs.find((p) => p.section === id && (p.role === 'heading' || p.role === 'subheading'));
  return h ? paragraphText(h) : id;
}

/** Markdown: headings and paragraphs; the list of gaps at the end only when asked for. */
export function renderMarkdown(draft: Draft, opts: { gaps?: boolean } = {}): string {
  const out: string[] = [`# ${partThreeTitle(draft)}`, ''];
  for (const p of draft.paragraphs) {
    const t = mdEscape(paragraphText(p));
    if (p.role === 'heading') out.push(`## ${t}`, '');
    else if (p.role === 'subheading') out.push(`### ${t}`, '');
    else out.push(t, '');
  }
  if (opts.gaps) out.push('## 待填写事项', '', ...placeholderLines(draft).map(mdEscape), '');
  return out.join('\n');
}

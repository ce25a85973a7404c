/** Helpers of the golden tests: figures of a seed section and of a drafted section, compared by value. */
import { Dec } from '../../../src/core/decimal/dec';
import { sectionParagraphs } from '../../../src/core/narrative/draft';
import { paragraphText, type Draft } from '../../../src/core/narrative/types';

export const squash = (s: string) => s.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

/** Figures of a text: without years, dates, 科目 codes, item and sub-section numbers. */
export function figures(text: string): Dec[] {
  const lines = text.split('\n').map((l) =>
    squash(l)
      .replace(/^[（(][一二三四五六七八九十\d]+[）)]/, '')
      .replace(/^\d{1,2}[、.](?!\d)/, ''),
  );
  const body = lines
    .join('\n')
    .replace(/\d{4}年(度)?/g, '')
    .replace(/\d{1,2}月\d{1,2}日/g, '')
    .replace(/（?\d+(?=（?[类款项]）)/g, '');
  return (body.match(/\d+(?:\.\d+)?/g) ?? []).map((n) => Dec.from(n));
}

export function seedFigures(seed: Readonly<Record<string, string>>, id: string): Dec[] {
  const [, ...rest] = seed[id].split('\n'); // drop the heading line
  return figures(rest.join('\n')).filter((d) => !d.isZero());
}

export function draftText(draft: Draft, id: string): string {
  return sectionParagraphs(draft, id)
    .filter((p) => p.role === 'text' || p.role === 'item')
    .map(paragraphText)
    .join('\n');
}

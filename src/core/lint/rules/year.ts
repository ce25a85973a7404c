import type { LintContext } from '../context';
import type { LintRule } from './rule';

/**
 * The report year (capability 9): titles (“XX 2024 年度部门决算”, “第三部分 2024年度部门决算情况说明”),
 * “截至20XX年12月31日” and the “20XX年度” that names a current-year figure must all be the workbook's year —
 * or, without a workbook, the year the document's own titles give most often. The year before is right only
 * where the text compares with it (“与2023年度相比”, “较上年”, “2023年度收入（…）”).
 */
export const messages = {
  title: (written: number, year: number) => `标题年度为 ${written} 年，报告年度是 ${year} 年`,
  asOf: (written: number, year: number) => `“截至${written}年12月31日”应为年末日期 ${year}年12月31日`,
  figure: (written: number, year: number) => `本年数前写了“${written}年度”，报告年度是 ${year} 年`,
};

const TITLE_YEAR = /(\d{4})\s*年度?(?:[^\n。，；]{0,20})(?:部门|单位)?决算/g;
const AS_OF = /截至(\d{4})年12月31日/g;
const COMPARE = /与|较|比|同|相比|上年|上一年/;

/** The report year: the workbook's, else the most frequent year of the document's 决算 titles. */
export function reportYear(ctx: LintContext): number | undefined {
  if (ctx.disclosure?.year) return ctx.disclosure.year;
  const counts = new Map<number, number>();
  for (const line of ctx.norm.text.split('\n')) {
    if (line.length > 60 || /[，。；]/.test(line)) continue; // titles and headings only
    TITLE_YEAR.lastIndex = 0;
    const m = TITLE_YEAR.exec(line);
    if (m) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [y, n] of counts) if (best === undefined || n > counts.get(best)!) best = y;
  return best;
}

function check(ctx: LintContext): void {
  const year = reportYear(ctx);
  if (!year) return;
  const text = ctx.norm.text;
  // Titles and headings (short lines without sentence punctuation).
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.length <= 60 && !/[，。；]/.test(line)) {
      TITLE_YEAR.lastIndex = 0;
      const m = TITLE_YEAR.exec(line);
      const written: number = m ? Number(m[1]) : year;
      if (m && written !== year) {
        const start = at + m.index;
        ctx.report({
          rule: 'report-year',
          severity: 'error',
          start,
          end: start + m[1].length + 1,
          message: messages.title(written, year),
          expected: String(year),
          actual: String(written),
          suggestion: `${year}年`,
          ...(ctx.sentenceAt(start) ? {} : { section: '' }),
        });
      }
    }
    at += line.length + 1;
  }
  AS_OF.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AS_OF.exec(text))) {
    const written = Number(m[1]);
    if (written === year) continue;
    ctx.report({
      rule: 'report-year',
      severity: 'error',
      start: m.index,
      end: m.index + m[0].length,
      message: messages.asOf(written, year),
      expected: `截至${year}年12月31日`,
      actual: m[0],
      suggestion: `截至${year}年12月31日`,
      ...(ctx.sentenceAt(m.index) ? {} : { section: '' }),
    });
  }
  // "2022年度“三公”经费支出决算为3.46万元" in a 2023 report: a current-year figure under another year.
  for (const mention of ctx.mentions) {
    if (mention.kind !== 'amount' || mention.role !== 'main') continue;
    const y = /(\d{4})年度?/.exec(mention.rawLabel);
    if (!y || Number(y[1]) === year) continue;
    // Anything before it in the sentence that compares, or names the report year, makes it a prior-year figure.
    const s = ctx.sentences[mention.sentence];
    const head = s.text.slice(0, mention.start - s.start - mention.rawLabel.length + y.index);
    if (COMPARE.test(head + mention.rawLabel.slice(0, y.index)) || head.includes(String(year))) continue;
    const written = Number(y[1]);
    if (written !== year - 1) continue; // other years are dates in reasons ("2019年搬迁"), not the report year
    const start = mention.start - mention.rawLabel.length + y.index;
    ctx.report({
      rule: 'report-year',
      severity: 'error',
      start,
      end: mention.end,
      message: messages.figure(written, year),
      expected: String(year),
      actual: String(written),
      // The figure itself may be right: its relations are still checked (a separate root cause).
    });
  }
}

export const yearRules: readonly LintRule[] = [
  {
    id: 'report-year',
    title: '年度与报告年度不符（标题、截至日期、本年数）',
    severity: 'error',
    family: 'year',
    check,
    examples: {
      valid:
        '第三部分 2023年度部门决算情况说明\n七、“三公”经费支出决算情况说明\n　　2023年“三公”经费财政拨款支出决算为3.46万元，较上年增加0.40万元。',
      invalid: [
        '第三部分 2023年度部门决算情况说明\n七、“三公”经费支出决算情况说明\n　　2022年“三公”经费财政拨款支出决算为3.46万元。',
        '2022年“三公”经费财政拨款支出决算为3.46万元',
      ],
    },
  },
];

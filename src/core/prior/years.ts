/**
 * Is `lastYear` a workbook of an earlier year than this one? A workbook of this year or later is refused (the
 * user picked the wrong file); a gap of more than one year is allowed with a note (a unit that did not publish).
 * Unknown years (no 年度 in the titles or 补充信息) pass: the user sees both years in the result.
 */
export function priorYearCheck(
  year: number | undefined,
  lastYear: number | undefined,
  file: string,
): { refuse?: string; note?: string } {
  if (year === undefined || lastYear === undefined) return {};
  if (lastYear >= year)
    return {
      refuse: `${file} 是 ${lastYear} 年度的决算，不早于本年（${year} 年度），请选择上年的工作簿（last year's workbook expected）`,
    };
  if (lastYear !== year - 1) return { note: `注意：${file} 是 ${lastYear} 年度，本年为 ${year} 年度，不是相邻年度。` };
  return {};
}

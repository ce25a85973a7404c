import { buildConsolidated } from '../../../scripts/gen-consolidated';
import { analyseGrid } from '../../../src/core/engine';
import { lintNarrative } from '../../../src/core/lint';
import { ITEM_RE } from '../../../src/core/lint/normalize';
import { draftNarrative } from '../../../src/core/narrative/draft';
import { renderText } from '../../../src/core/narrative/render-text';
import { readGridFromBuffer } from '../../../src/io/workbook';

/**
 * A consolidated workbook lists hundreds of 项 in 五（三）, numbered "1、" … "370、": items from "100、" on are items
 * too (they were read as text of the item before, which gave false same-figure / workbook-mismatch / cross-sum).
 */
describe('lint: a drafted narrative listing hundreds of 项', () => {
  it('reads items 100、 and beyond as items: no finding on the draft of a generated 400-row workbook', async () => {
    const wb = buildConsolidated({ rows: 400, units: 10, seed: 7, unitName: '示例局' });
    const { grid } = await readGridFromBuffer(new Uint8Array(await wb.xlsx.writeBuffer()), 'generated.xlsx');
    const { disclosure } = analyseGrid(grid);
    const text = renderText(draftNarrative(disclosure));
    const items = [...text.matchAll(/^\s*(\d+)、/gm)].map((m) => Number(m[1]));
    expect(Math.max(...items)).toBeGreaterThan(300);

    const result = lintNarrative(text, { disclosure });
    // The draft's own 【请填写：…】 placeholders are reported (to fill before publication); nothing else.
    const other = result.findings.filter((f) => f.rule !== 'placeholder');
    expect(other.map((f) => `${f.rule}: ${f.message.slice(0, 120)}`)).toEqual([]);
    // The figures were read and compared with the workbook, not skipped.
    expect(result.verified).toBeGreaterThan(300);
  });

  it('ITEM_RE: an item number has one to five digits (drafts of 50,000 项); a decimal is not an item', () => {
    for (const s of ['1、', '99、', '100、', '458、', '1234、', '12345、', '100.'])
      expect([s, ITEM_RE.test(s)]).toEqual([s, true]);
    expect(['123456、', '100.5万元', '一、'].filter((s) => ITEM_RE.test(s))).toEqual([]);
    expect(ITEM_RE.exec('123、行政运行')?.[1]).toBe('123');
  });
});

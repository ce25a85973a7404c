import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { GridReadError, gridFromWorkbook, readGridFromBuffer } from '../../src/io/workbook';
import { applyMutation, mutations, type Mutation } from './mutations';
import { checkPipeline } from './pipeline';
import { fuzzTimeout, runs } from './runs';

/**
 * Random mutations of the two sample workbooks — numbers as text, blanks, error values, merges, rows inserted,
 * deleted and swapped, headers renamed, sheets removed, duplicated and renamed, huge and negative values, units
 * switched — written to .xlsx bytes and read back like a user's file, then through the whole engine.
 */
const SAMPLES = ['heshan-zfb-2021.xlsx', 'heshan-jdfw-2021.xlsx'].map((f) => ({
  name: f,
  bytes: readFileSync(join(__dirname, '../../samples', f)),
}));

/** A fixed first case that leaves the fill work: numbers blanked and typed over in the first table sheets. */
const FILL_WORK: Mutation[] = [1, 2, 3, 4, 5].flatMap((sheet) => [
  ...[1, 2, 3, 5, 6, 7].map((cell): Mutation => ({ kind: 'set', sheet, cell, value: { as: 'blank' } })),
  ...[9, 10, 11].map((cell): Mutation => ({ kind: 'set', sheet, cell, value: { as: 'number', value: 4321.5 } })),
]);

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe.each(SAMPLES)('$name', ({ bytes }) => {
  test('the unmutated sample passes every check of the pipeline', async () => {
    const { grid } = await readGridFromBuffer(bytes);
    expect(checkPipeline(grid).findings).toBeGreaterThan(0);
  });

  test(
    'mutated, saved and read back: no exception, every problem located, no user cell in a fill plan',
    async () => {
      const seen = { writes: 0, conflicts: 0 };
      await fc.assert(
        fc.asyncProperty(mutations, async (ms) => {
          const wb = await open(bytes);
          for (const m of ms) applyMutation(wb, m);
          const out = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
          let grid;
          try {
            ({ grid } = await readGridFromBuffer(out, 'mutated.xlsx'));
          } catch (e) {
            // ExcelJS can write a file it cannot read back (e.g. merges overlapping after rows were spliced);
            // Excel would repair such a file. The reader must then refuse it with a reason, not crash.
            expect(e).toBeInstanceOf(GridReadError);
            expect((e as GridReadError).message).toMatch(
              /^mutated\.xlsx 已损坏或格式无法识别（corrupt workbook: [^\n]+）$/,
            );
            return;
          }
          const r = checkPipeline(grid);
          seen.writes += r.writes;
          seen.conflicts += r.conflicts;
        }),
        { numRuns: runs(), endOnFailure: true, examples: [[FILL_WORK]] },
      );
      // The fill property is not vacuous: the mutations leave totals to fill and typed totals in conflict.
      expect(seen.writes).toBeGreaterThan(0);
      expect(seen.conflicts).toBeGreaterThan(0);
    },
    fuzzTimeout(400),
  );

  test(
    'mutated in memory (more cases, no file round trip)',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            mutations.map((x) => x),
            { minLength: 1, maxLength: 3 },
          ),
          async (batches) => {
            const wb = await open(bytes);
            for (const ms of batches) {
              for (const m of ms) applyMutation(wb, m);
              checkPipeline(gridFromWorkbook(wb));
            }
          },
        ),
        { numRuns: runs(), endOnFailure: true },
      );
    },
    fuzzTimeout(600),
  );
});

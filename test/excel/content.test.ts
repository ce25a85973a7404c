import { holdsBefore, holdsWriteOrMix, holdsWritten } from '../../src/excel/content';

/** "Does this cell still hold …?" — the test undo uses to never overwrite a cell the user retyped. */
describe('holdsWritten / holdsBefore / holdsWriteOrMix', () => {
  it('formulas compare without case and spaces; values exactly; formats only where the edit set one', () => {
    expect(holdsWritten({ value: 3, formula: 'sum(C4:C5)' }, { formula: 'SUM(C4: C5)' })).toBe(true);
    expect(holdsWritten({ value: 3, formula: 'SUM(C4:C6)' }, { formula: 'SUM(C4:C5)' })).toBe(false);
    expect(holdsWritten({ value: 1234 }, { value: 12.5 })).toBe(false);
    expect(holdsWritten({ value: 12.5, numFmt: '0.0' }, { value: 12.5 })).toBe(true);
    expect(holdsWritten({ value: 12.5, numFmt: '0.0' }, { value: 12.5, numFmt: '0.00' })).toBe(false);
    expect(holdsWritten(undefined, { value: null })).toBe(true);
    expect(holdsWritten({ value: 5, formula: 'A1' }, { value: 5 })).toBe(false); // a formula is not the value
  });

  it('holdsBefore: empty and General are the same; an error value compares by its code', () => {
    expect(holdsBefore({ value: null, numFmt: 'General' }, undefined)).toBe(true);
    expect(
      holdsBefore({ value: { error: '#N/A' }, formula: 'NA()' }, { value: { error: '#N/A' }, formula: 'NA()' }),
    ).toBe(true);
    expect(holdsBefore({ value: 2 }, { value: 1 })).toBe(false);
  });

  it('holdsWriteOrMix: content written but format not yet (a batch that failed in between) still counts as ours', () => {
    const before = { value: 100, numFmt: '#,##0.00' };
    const w = { value: 7, numFmt: '0' };
    expect(holdsWriteOrMix({ value: 7, numFmt: '#,##0.00' }, before, w)).toBe(true);
    expect(holdsWriteOrMix({ value: 100, numFmt: '0' }, before, w)).toBe(true);
    expect(holdsWriteOrMix({ value: 8, numFmt: '0' }, before, w)).toBe(false); // retyped
  });
});

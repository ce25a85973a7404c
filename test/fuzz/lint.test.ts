import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { lintNarrative } from '../../src/core/lint';
import { analyseGrid } from '../../src/core/engine';
import type { Disclosure } from '../../src/core/model/types';
import { readGridFromBuffer } from '../../src/io/workbook';
import { fuzzTimeout, runs } from './runs';

/**
 * The narrative linter on random and damaged text: seed narratives (the real published texts in
 * test/fixtures/lint, copies of /work/shared/seeds) with sentences cut, numbers swapped, half- and full-width
 * characters mixed, plus purely random strings. It must never throw, and every finding quotes the input exactly.
 */
const SEEDS = ['seed-000-heshan-zfb-2021.txt', 'seed-004-heshan-jdfw-2021.txt'].map((f) =>
  readFileSync(join(__dirname, '../fixtures/lint', f), 'utf8'),
);
let disclosure: Disclosure;
beforeAll(async () => {
  const { grid } = await readGridFromBuffer(readFileSync(join(__dirname, '../../samples/heshan-zfb-2021.xlsx')));
  disclosure = analyseGrid(grid).disclosure;
});

function expectQuotes(text: string, withModel = false): void {
  const r = lintNarrative(text, withModel ? { disclosure } : {});
  for (const f of r.findings) {
    expect(f.quote.length).toBeGreaterThan(0);
    expect(text.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
    expect(f.message.length).toBeGreaterThan(0);
  }
}

const toFull = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

type Edit =
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'width'; at: number; length: number }
  | { kind: 'digit'; at: number; digit: string }
  | { kind: 'insert'; at: number; text: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('width' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 300 }) }),
  fc.record({
    kind: fc.constant('digit' as const),
    at: fc.nat(),
    digit: fc.constantFrom('0', '9', '.', '．', '-', '%', '％', ''),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '。',
      '，',
      '\n',
      '一、',
      '（三）',
      '万元',
      '元',
      '%',
      '增加',
      '减少',
      '占',
      '其中：',
      '\u3000',
      '**',
      '第四部分',
    ),
  }),
);

/** Applies one edit; numbers are swapped as whole numbers (found by a regex), cuts remove sentence runs. */
function applyEdit(text: string, e: Edit): string {
  if (text.length === 0) return text;
  switch (e.kind) {
    case 'cut': {
      const at = e.at % text.length;
      return text.slice(0, at) + text.slice(at + e.length);
    }
    case 'swap': {
      const nums = [...text.matchAll(/\d+(?:\.\d+)?/g)];
      if (nums.length < 2) return text;
      const [x, y] = [nums[e.a % nums.length], nums[e.b % nums.length]].sort((p, q) => p.index! - q.index!);
      if (x.index === y.index) return text;
      return (
        text.slice(0, x.index) +
        y[0] +
        text.slice(x.index! + x[0].length, y.index) +
        x[0] +
        text.slice(y.index! + y[0].length)
      );
    }
    case 'width': {
      const at = e.at % text.length;
      return text.slice(0, at) + toFull(text.slice(at, at + e.length)) + text.slice(at + e.length);
    }
    case 'digit': {
      const digits = [...text.matchAll(/\d/g)];
      if (!digits.length) return text;
      const d = digits[e.at % digits.length];
      return text.slice(0, d.index) + e.digit + text.slice(d.index! + 1);
    }
    case 'insert': {
      const at = e.at % (text.length + 1);
      return text.slice(0, at) + e.text + text.slice(at);
    }
  }
}

test(
  'mutated seed narratives: no exception, every finding quotes the text (with and without the workbook)',
  () => {
    fc.assert(
      fc.property(
        fc.nat(SEEDS.length - 1),
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (i, edits, model) => {
          expectQuotes(edits.reduce(applyEdit, SEEDS[i]), model);
        },
      ),
      { numRuns: runs(4) },
    );
  },
  fuzzTimeout(250, 4),
);

test(
  'slices of the seeds (cut anywhere) lint without error',
  () => {
    fc.assert(
      fc.property(fc.nat(SEEDS.length - 1), fc.nat(), fc.nat(3000), (i, start, length) => {
        const s = SEEDS[i];
        const from = start % s.length;
        expectQuotes(s.slice(from, from + length));
      }),
      { numRuns: runs(10) },
    );
  },
  fuzzTimeout(50, 10),
);

test(
  'random strings: 10,000 by default (more with FUZZ_RUNS), no exception, every quote exact',
  () => {
    const pieces = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom(
        '万元',
        '%',
        '增加',
        '下降',
        '。',
        '\n',
        '一、',
        '（二）',
        '占',
        '1217.92',
        '３.６２',
        '-',
        '0',
        '100%',
      ),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => expectQuotes(parts.join(''))),
      { numRuns: Math.max(10_000, runs(100)) },
    );
  },
  fuzzTimeout(5, 100),
);

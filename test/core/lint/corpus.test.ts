import { readFileSync } from 'fs';
import { join } from 'path';
import { analyseGrid } from '../../../src/core/engine';
import { lintNarrative } from '../../../src/core/lint';
import type { Disclosure } from '../../../src/core/model/types';
import { readGridFromFile } from '../../../src/io/xlsx';
import { CORPUS, type CorpusCase } from '../../fixtures/lint/corpus';

/**
 * The corpus of real published sentences (test/fixtures/lint/corpus.ts), ESLint-RuleTester style: a valid passage
 * gives no error or warning of its rule; an invalid one gives a finding of its rule quoting exactly the span named.
 */
const ROOT = join(__dirname, '../../..');
const models = new Map<string, Promise<Disclosure>>();
function model(file: string): Promise<Disclosure> {
  if (!models.has(file))
    models.set(
      file,
      readGridFromFile(join(ROOT, 'samples', file)).then((g) => analyseGrid(g).disclosure),
    );
  return models.get(file)!;
}
const textOf = (c: CorpusCase) => c.text ?? readFileSync(join(ROOT, 'test/fixtures/lint', c.file!), 'utf8');

describe.each(CORPUS.map((c, i) => [`${i + 1} ${c.rule} ${c.verdict} (capability ${c.capability})`, c] as const))(
  '%s',
  (_name, c) => {
    test(c.note ?? c.rule, async () => {
      const text = textOf(c);
      const disclosure = c.workbook ? await model(c.workbook) : undefined;
      const found = lintNarrative(text, { disclosure }).findings.filter((f) => f.rule === c.rule);
      if (c.verdict === 'valid') {
        expect(found.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
      } else {
        expect(found.map((f) => f.quote)).toContain(c.quote);
        for (const f of found) expect(text.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
      }
    });
  },
);

test('the corpus has a valid and an invalid case for each capability it covers, from cited sources', () => {
  for (const c of CORPUS) expect(c.source.length).toBeGreaterThan(10);
  const caps = new Set(CORPUS.map((c) => c.capability));
  for (const cap of caps)
    expect([
      cap,
      ...['valid', 'invalid'].filter((v) => CORPUS.some((c) => c.capability === cap && c.verdict === v)),
    ]).toEqual([cap, 'valid', 'invalid']);
});

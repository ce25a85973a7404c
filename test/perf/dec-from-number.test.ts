import { Dec } from '../../src/core/decimal/dec';
import { prng } from '../../scripts/gen-consolidated';

/**
 * Dec.fromNumber has fast paths for safe integers and plain decimal text (issue 19: every amount cell is read
 * through it). They must give the very Dec — same units, same scale — that the general path gives: the decimal
 * literal of the number's shortest round-trip text, exponent forms expanded.
 */
function fromText(n: number): Dec {
  const s = String(n);
  const e = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(s);
  if (!e) return Dec.parse(s)!;
  const digits = e[2] + (e[3] ?? '');
  const exp = Number(e[4]) - (e[3] ?? '').length;
  const units = BigInt(digits) * (exp > 0 ? 10n ** BigInt(exp) : 1n);
  return Dec.of(e[1] === '-' ? -units : units, exp < 0 ? -exp : 0);
}

const same = (n: number) => {
  const a = Dec.fromNumber(n);
  const b = fromText(n);
  return a.units === b.units && a.scale === b.scale;
};

test('fast paths give the same units and scale as the number text, on edge cases', () => {
  const edges = [0, -0, 1, -1, 0.1, -0.1, 0.1 + 0.2, 1234.56, -1234.56, 0.005, 1e-7, -1e-7, 1.5e21, -1.5e21, 123e20];
  const limits = [Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53, 2 ** 53 + 2, 2 ** 60, 9.999e20, 1e21];
  for (const n of [...edges, ...limits]) expect([n, same(n)]).toEqual([n, true]);
});

test('fast paths give the same units and scale as the number text, on 20,000 amounts of every size', () => {
  const rnd = prng(19);
  const failures: number[] = [];
  for (let i = 0; i < 20_000; i++) {
    const magnitude = 10 ** Math.floor(rnd() * 30 - 10); // 1e-10 … 1e19
    const cents = i % 3 === 0; // amounts typed to the 分, as most cells are
    const raw = (rnd() - 0.5) * magnitude;
    const n = cents ? Math.round(raw * 100) / 100 : raw;
    if (!same(n)) failures.push(n);
  }
  expect(failures).toEqual([]);
});

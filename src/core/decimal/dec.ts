/**
 * Exact decimal numbers for money and percentages.
 *
 * A `Dec` is an integer (bigint) of units at a decimal scale: 1234.56 is `{ units: 123456n, scale: 2 }`.
 * Sums, differences and products are exact; division rounds explicitly, half-up (四舍五入, as Excel ROUND
 * and Chinese accounting do). Never build a Dec from a binary float except through `Dec.fromNumber`, which
 * goes through the shortest round-trip decimal text of that float.
 */
const POW10: bigint[] = [1n];
/** 10ⁿ as a bigint, cached (scales are small: 0–10 in practice). */
function pow10(n: number): bigint {
  for (let i = POW10.length; i <= n; i++) POW10.push(POW10[i - 1] * 10n);
  return POW10[n];
}

export class Dec {
  private constructor(
    readonly units: bigint,
    readonly scale: number,
  ) {}

  static readonly ZERO = new Dec(0n, 0);
  static readonly ONE = new Dec(1n, 0);
  static readonly HUNDRED = new Dec(100n, 0);

  static of(units: bigint, scale = 0): Dec {
    if (scale < 0 || !Number.isInteger(scale)) throw new RangeError(`scale must be a non-negative integer: ${scale}`);
    return new Dec(units, scale);
  }

  /** Parses a plain decimal literal: optional sign, digits, optional fraction. Returns undefined otherwise. */
  static parse(text: string): Dec | undefined {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
    if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) return undefined;
    const frac = m[3] ?? '';
    const units = BigInt((m[2] || '0') + frac);
    return new Dec(m[1] === '-' ? -units : units, frac.length);
  }

  /** From a JS number as Excel stores it: uses the shortest decimal text that round-trips (1234.56 → "1234.56"). */
  static fromNumber(n: number): Dec {
    if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
    // Fast paths (every amount cell comes through here), the same Dec as parsing the text: a safe integer is its
    // own units; "1234.56" is the units 123456 at scale 2, without the regular expressions below.
    if (Number.isSafeInteger(n)) return new Dec(BigInt(n), 0);
    const s = String(n);
    const dot = s.indexOf('.');
    if (dot > 0 && !s.includes('e')) return new Dec(BigInt(s.slice(0, dot) + s.slice(dot + 1)), s.length - dot - 1);
    const e = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(s);
    if (!e) return Dec.parse(s)!;
    const digits = e[2] + (e[3] ?? '');
    const exp = Number(e[4]) - (e[3] ?? '').length;
    const units = BigInt(digits) * (exp > 0 ? 10n ** BigInt(exp) : 1n);
    return new Dec(e[1] === '-' ? -units : units, exp < 0 ? -exp : 0);
  }

  static from(v: Dec | string | number | bigint): Dec {
    if (v instanceof Dec) return v;
    if (typeof v === 'bigint') return new Dec(v, 0);
    if (typeof v === 'number') return Dec.fromNumber(v);
    const d = Dec.parse(v);
    if (!d) throw new RangeError(`not a decimal: ${v}`);
    return d;
  }

  /**
   * Σ values, at the largest scale among them (0 for none) — the same Dec as adding them one by one, but every
   * term is brought to that scale once, with cached powers of ten (a hot spot of the checks: one sum per relation).
   */
  static sum(values: Iterable<Dec>): Dec {
    const list = Array.isArray(values) ? (values as readonly Dec[]) : [...values];
    if (list.length === 0) return Dec.ZERO;
    let scale = 0;
    for (const v of list) if (v.scale > scale) scale = v.scale;
    let units = 0n;
    for (const v of list) units += v.scale === scale ? v.units : v.units * pow10(scale - v.scale);
    return new Dec(units, scale);
  }

  private atScale(scale: number): bigint {
    return scale === this.scale ? this.units : this.units * pow10(scale - this.scale);
  }

  add(o: Dec): Dec {
    const s = Math.max(this.scale, o.scale);
    return new Dec(this.atScale(s) + o.atScale(s), s);
  }

  sub(o: Dec): Dec {
    const s = Math.max(this.scale, o.scale);
    return new Dec(this.atScale(s) - o.atScale(s), s);
  }

  mul(o: Dec): Dec {
    return new Dec(this.units * o.units, this.scale + o.scale);
  }

  neg(): Dec {
    return new Dec(-this.units, this.scale);
  }

  abs(): Dec {
    return this.units < 0n ? this.neg() : this;
  }

  /** Multiplies by 10^k (k may be negative); exact. */
  shift(k: number): Dec {
    if (k >= 0)
      return this.scale >= k
        ? new Dec(this.units, this.scale - k)
        : new Dec(this.units * 10n ** BigInt(k - this.scale), 0);
    return new Dec(this.units, this.scale - k);
  }

  /** this / o rounded half-up (away from zero on .5) to `places` decimals. */
  div(o: Dec, places: number): Dec {
    if (o.units === 0n) throw new RangeError('division by zero');
    // this/o = (u1/10^s1)/(u2/10^s2) = u1*10^s2 / (u2*10^s1); scaled by 10^places.
    let num = this.units * 10n ** BigInt(o.scale + places);
    let den = o.units * 10n ** BigInt(this.scale);
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    return new Dec(roundHalfUp(num, den), places);
  }

  /** Rounds half-up (四舍五入) to `places` decimals. */
  round(places: number): Dec {
    if (places >= this.scale) return new Dec(this.atScale(places), places);
    return new Dec(roundHalfUp(this.units, 10n ** BigInt(this.scale - places)), places);
  }

  cmp(o: Dec): -1 | 0 | 1 {
    const s = Math.max(this.scale, o.scale);
    const a = this.atScale(s);
    const b = o.atScale(s);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  eq(o: Dec): boolean {
    return this.cmp(o) === 0;
  }
  lt(o: Dec): boolean {
    return this.cmp(o) < 0;
  }
  lte(o: Dec): boolean {
    return this.cmp(o) <= 0;
  }
  gt(o: Dec): boolean {
    return this.cmp(o) > 0;
  }
  gte(o: Dec): boolean {
    return this.cmp(o) >= 0;
  }
  isZero(): boolean {
    return this.units === 0n;
  }
  sign(): -1 | 0 | 1 {
    return this.units < 0n ? -1 : this.units > 0n ? 1 : 0;
  }
  min(o: Dec): Dec {
    return this.lte(o) ? this : o;
  }
  max(o: Dec): Dec {
    return this.gte(o) ? this : o;
  }

  /** Drops trailing zero decimals (scale-minimal, same value). */
  normalize(): Dec {
    let u = this.units;
    let s = this.scale;
    while (s > 0 && u % 10n === 0n) {
      u /= 10n;
      s--;
    }
    return new Dec(u, s);
  }

  /** Plain text with exactly `places` decimals (rounded half-up) or, without it, the value's own scale. */
  toFixed(places?: number): string {
    const d = places === undefined ? this : this.round(places);
    const neg = d.units < 0n;
    const digits = (neg ? -d.units : d.units).toString().padStart(d.scale + 1, '0');
    const int = digits.slice(0, digits.length - d.scale);
    const frac = d.scale > 0 ? '.' + digits.slice(digits.length - d.scale) : '';
    return (neg ? '-' : '') + int + frac;
  }

  toString(): string {
    return this.toFixed();
  }

  /** For display and charts only — never for arithmetic. */
  toNumber(): number {
    return Number(this.toFixed());
  }

  toJSON(): string {
    return this.toFixed();
  }
}

function roundHalfUp(num: bigint, den: bigint): bigint {
  // den > 0
  const neg = num < 0n;
  const a = neg ? -num : num;
  let q = a / den;
  if ((a % den) * 2n >= den) q += 1n;
  return neg ? -q : q;
}

/** Half a unit of the last shown place: 2 decimals → 0.005. */
export function halfUnit(decimals: number): Dec {
  return Dec.of(5n, decimals + 1);
}

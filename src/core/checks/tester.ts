/**
 * RuleTester for the check rules (ESLint style): each rule's test lists `valid` models (no finding) and `invalid`
 * models with the findings expected. Imported by tests only.
 */
import { describe, expect, it } from '@jest/globals';
import type { Disclosure } from '../model/types';
import { DEFAULT_OPTIONS } from './run';
import type { CheckOptions, Finding, Rule, RuleContext, Severity } from './types';

export interface ValidCase {
  readonly name: string;
  readonly model: Disclosure;
  readonly options?: CheckOptions;
}

export interface ExpectedFinding {
  readonly severity: Severity;
  /** Cells (Sheet!A1) the finding must name, any order (others may be named too). */
  readonly cells?: readonly string[];
  readonly expected?: string;
  readonly actual?: string;
  readonly difference?: string;
  /** Text the message must contain. */
  readonly message?: string;
}

export interface InvalidCase extends ValidCase {
  readonly findings: readonly ExpectedFinding[];
}

export function runRule(rule: Rule, model: Disclosure, options: CheckOptions = {}): Finding[] {
  const ctx: RuleContext = { disclosure: model, options: { ...DEFAULT_OPTIONS, ...stripWaivers(options) } };
  return rule.check(ctx);
}

function stripWaivers(o: CheckOptions): Partial<RuleContext['options']> {
  const { waivers: _w, ...rest } = o;
  return rest;
}

const show = (fs: readonly Finding[]) => fs.map((f) => `${f.severity} ${f.message}`).join('\n');

export function testRule(rule: Rule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has complete meta', () => {
      expect(rule.meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.meta.title).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.meta.relation).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.meta.message).toMatch(/[\u4e00-\u9fff]/);
      expect(['表内', '表间', '补充信息', '跨年']).toContain(rule.meta.scope);
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid)
      it(`valid: ${c.name}`, () => {
        const fs = runRule(rule, c.model, c.options);
        expect(show(fs)).toBe('');
      });
    for (const c of cases.invalid)
      it(`invalid: ${c.name}`, () => {
        const fs = runRule(rule, c.model, c.options);
        expect(fs.map((f) => f.severity)).toEqual(c.findings.map((f) => f.severity));
        c.findings.forEach((want, i) => {
          const got = fs[i];
          expect(got.rule).toBe(rule.meta.id);
          expect(got.message).not.toMatch(/\{\w+\}/);
          expect(got.fingerprint.startsWith(`${rule.meta.id}|`)).toBe(true);
          const refs = got.cells.map((x) => x.ref);
          for (const cell of want.cells ?? []) expect(refs).toContain(cell);
          if (want.expected !== undefined) expect(got.expected?.toFixed()).toBe(want.expected);
          if (want.actual !== undefined) expect(got.actual?.toFixed()).toBe(want.actual);
          if (want.difference !== undefined) expect(got.difference?.toFixed()).toBe(want.difference);
          if (want.message !== undefined) expect(got.message).toContain(want.message);
        });
      });
  });
}

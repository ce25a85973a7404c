import { readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { ROOT } from './build';

interface AxeViolation {
  readonly id: string;
  readonly impact?: string;
  readonly nodes: readonly { readonly html: string }[];
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2 A/AA rules). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Measure the settled page: the pane idle (where there is one) and no CSS transition under way (a button fading
  // from its busy, disabled colours reads as low contrast half-way).
  if (await page.getByTestId('app').count()) await page.locator('[data-testid=app][aria-busy=false]').waitFor();
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') refuses an injected <script>.
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.evaluate(readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    // Fluent UI's focus manager (tabster) adds aria-hidden focus guards that pass focus on at once: not a trap.
    const r = await axe.run(
      { exclude: [['[data-tabster-dummy]']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.html.slice(0, 200))
            .slice(0, 5)
            .join(' | ')}`,
      );
  });
}

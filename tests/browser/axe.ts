import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

/**
 * axe-core (devDependency) in a page or frame. Its source goes in through CDP's Runtime.evaluate (page.evaluate of a
 * string), which an extension page's strict CSP does not govern, so no script tag is needed anywhere. axe cannot see
 * inside Tactful's closed shadow root (contrast.test.ts measures that); it checks the page around it.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: string[];
}

/**
 * Moderate findings kept on purpose, each with its reason (also in docs/design/ACCESSIBILITY.md). Keyed by rule id;
 * `where` limits the exception to pages whose address contains it.
 */
export const KEPT_MODERATE: Record<string, { where: string; reason: string }> = {};

/** Runs JavaScript in the document to check and returns its (awaited, JSON) value: a Page, a Frame or the popup. */
export type Evaluate = (expression: string) => Promise<unknown>;

const RUN = `(async () => {
  const result = await window.axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => (JSON.stringify(n.target) + ' ' + (n.failureSummary || '')).trim()),
  }));
})()`;

export async function runAxe(where: Page | Frame | Evaluate): Promise<AxeViolation[]> {
  const evaluate: Evaluate = typeof where === 'function' ? where : (expression) => where.evaluate(expression);
  if ((await evaluate("typeof window.axe === 'object'")) !== true) await evaluate(AXE_SOURCE);
  return (await evaluate(RUN)) as AxeViolation[];
}

/** What must be fixed: every serious or critical violation, and moderate ones not kept with a reason. */
export function unacceptable(violations: AxeViolation[], url: string): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.impact === 'moderate')
    .filter((v) => !(v.impact === 'moderate' && url.includes(KEPT_MODERATE[v.id]?.where ?? '\u0000')))
    .map((v) => `${v.impact} ${v.id} (${v.help}):\n    ${v.nodes.join('\n    ')}`);
}

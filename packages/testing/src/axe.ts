// Runs axe-core inside the browser (vitest browser mode) on a node, including its open shadow roots.
import axe from 'axe-core';

export interface AxeOptions {
  /** Rule ids to skip, each with the reason in a comment at the call site. */
  disable?: string[];
}

export async function axeViolations(context: Element | Document = document, options: AxeOptions = {}) {
  const rules = Object.fromEntries((options.disable ?? []).map((id) => [id, { enabled: false }]));
  const result = await axe.run(context as Element, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    },
    rules: { ...rules, region: { enabled: false } },
    resultTypes: ['violations'],
  });
  return result.violations;
}

export function formatViolations(violations: axe.Result[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  - ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
    )
    .join('\n');
}

/** Throws with a readable list when axe finds any violation. */
export async function expectNoAxeViolations(
  context: Element | Document = document,
  options: AxeOptions = {},
) {
  const violations = await axeViolations(context, options);
  if (violations.length > 0)
    throw new Error(`axe found ${violations.length} violation(s):\n${formatViolations(violations)}`);
}

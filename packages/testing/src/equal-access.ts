// Runs IBM Equal Access (accessibility-checker-engine, Apache-2.0) inside the browser, next to axe: a second
/// <reference types="vite/client" />
// engine with its own rules, which walks open shadow roots. Only confirmed violations fail a test; "needs
// review" items are left to people.
import source from 'accessibility-checker-engine/ace-window.js?raw';

interface AceResult {
  ruleId: string;
  reasonId: string;
  value: [string, string];
  path: { dom: string; aria: string };
  message: string;
  snippet: string;
}
interface AceChecker {
  check(context: Element | Document, rulesets: string[]): Promise<{ results: AceResult[] }>;
}
declare global {
  interface Window {
    ace_ibma?: { Checker: new () => AceChecker };
  }
}

export interface EqualAccessOptions {
  /** Rule ids to skip, each with the reason in a comment at the call site. */
  disable?: string[];
}

function engine(): { Checker: new () => AceChecker } {
  if (!window.ace_ibma) {
    const script = document.createElement('script');
    script.textContent = source;
    document.head.append(script);
    script.remove();
  }
  if (!window.ace_ibma) throw new Error('IBM Equal Access engine did not load.');
  return window.ace_ibma;
}

/** Confirmed WCAG 2.2 AA violations in `context` (shadow roots included). */
export async function equalAccessViolations(
  context: Element | Document = document,
  options: EqualAccessOptions = {},
): Promise<AceResult[]> {
  const { Checker } = engine();
  const report = await new Checker().check(context, ['WCAG_2_2']);
  const skip = new Set(options.disable ?? []);
  return report.results.filter(
    (r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL' && !skip.has(r.ruleId),
  );
}

export function formatEqualAccess(results: AceResult[]): string {
  return results.map((r) => `${r.ruleId}: ${r.message}\n  - ${r.path.dom}\n    ${r.snippet}`).join('\n');
}

/** Throws with a readable list when Equal Access finds any violation. */
export async function expectNoEqualAccessViolations(
  context: Element | Document = document,
  options: EqualAccessOptions = {},
): Promise<void> {
  const results = await equalAccessViolations(context, options);
  if (results.length > 0)
    throw new Error(`IBM Equal Access found ${results.length} violation(s):\n${formatEqualAccess(results)}`);
}

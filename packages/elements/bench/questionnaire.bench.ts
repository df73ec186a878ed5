// Bench of <passerelle-questionnaire>: gzip weight with its dependencies, and time to first render and to
// results in Chromium with 4x CPU throttling. The lead wires `benchQuestionnaire()` into `npm run bench`.
// Run alone: NODE_OPTIONS=--conditions=source npx tsx bench/questionnaire.bench.ts (workspace packages from source)
import { fileURLToPath } from 'node:url';
import { answersToSituation, referenceHouseholds } from '@passerelle/rules/flow';
import { type BenchRow, bundleWidget, gzipSize, percentile } from '@passerelle/testing/bench';
import { launchOptions } from '@passerelle/testing/chromium';
import { chromium } from 'playwright';

const entry = fileURLToPath(new URL('../src/define/passerelle-questionnaire.ts', import.meta.url));

/**
 * Lazy imports a French page in public mode never makes (other languages, the mediator, the hand-off, local
 * aids): left out, as a French page never fetches them. Everything else is inlined, the engine too.
 */
const NEVER_FETCHED =
  /\.(en|ar|pt|tr|uk)\.js$|^@passerelle\/rules\/(i18n|local-aids)$|mediator\/|handoff\/(actions|payload|bilan-screen)\.js$|^uqr$/;

/**
 * The widget and everything a French public bilan runs (Lit, rules, partners helpers), minified, as one ES
 * module: more than the kit runs before its start screen (the kit renders it before the engine arrives).
 */
export async function bundleQuestionnaire(): Promise<string> {
  const result = await bundleWidget(entry, { external: NEVER_FETCHED });
  return result.outputFiles[0]?.text ?? '';
}

const MONTH = '2026-05';

function pageHtml(bundle: string, saved?: string): string {
  // The saved state is put in localStorage before the widget loads, as a resumed session would be.
  const seed = saved ? `localStorage.setItem('passerelle-questionnaire:v1', ${JSON.stringify(saved)});` : '';
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>bench</title></head><body>
<script>${seed}window.__t0 = performance.now();</script>
<passerelle-questionnaire month="${MONTH}" commune="94028"></passerelle-questionnaire>
<script type="module">${bundle.replaceAll('</script', '<\\/script')}</script>
</body></html>`;
}

async function measure(bundle: string, runs: number) {
  const browser = await chromium.launch({ ...launchOptions(), headless: true });
  const firstRender: number[] = [];
  const toResults: number[] = [];
  try {
    const h = referenceHouseholds(MONTH).find((x) => x.id === 'family-four-one-salary')!;
    const saved = JSON.stringify({
      version: 1,
      savedAt: `${MONTH}-01T10:00:00.000Z`,
      mode: 'public',
      themes: ['famille', 'emploi', 'logement', 'sante', 'transport', 'ressources'],
      answers: { ...h.answers },
      history: Object.keys(h.answers),
      checklist: {},
    });
    // Sanity: the answers make a valid situation (a bench on a broken journey would measure nothing).
    answersToSituation(h.answers, { month: MONTH });
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      // localStorage needs an origin: serve the page from a local route.
      await page.route('http://bench.localhost/', (route) =>
        route.fulfill({ contentType: 'text/html', body: pageHtml(bundle, saved) }),
      );
      await page.goto('http://bench.localhost/');
      // Code as strings: tsx would otherwise inject helpers that do not exist in the page.
      const first = (await page.evaluate(`new Promise((resolve) => {
        const check = () => {
          const el = document.querySelector('passerelle-questionnaire');
          if (el?.shadowRoot?.querySelector('h2')) resolve(performance.now() - window.__t0);
          else requestAnimationFrame(check);
        };
        check();
      })`)) as number;
      firstRender.push(first);
      const results = (await page.evaluate(`new Promise((resolve, reject) => {
        const el = document.querySelector('passerelle-questionnaire');
        const resume = [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.includes('Reprendre'));
        if (!resume) return reject(new Error('no resume button'));
        const t = performance.now();
        resume.click();
        const check = () => {
          if (el.shadowRoot.querySelector('[part=results] li[data-right]')) resolve(performance.now() - t);
          else requestAnimationFrame(check);
        };
        check();
      })`)) as number;
      toResults.push(results);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const median = (xs: number[]) =>
    percentile(
      [...xs].sort((a, b) => a - b),
      50,
    );
  return { firstRender: median(firstRender), toResults: median(toResults) };
}

/**
 * One public journey of the family household, step by step: the time from "Continuer" to the next question
 * on screen, and the full evaluations of the catalogue each "Continuer" made (read from the session the
 * element exposes as `flow.session.evaluations`). Each answer is put in the session, then Continuer is
 * pressed, so the click runs the real handler, parse included.
 */
async function measureSteps(bundle: string) {
  const browser = await chromium.launch({ ...launchOptions(), headless: true });
  try {
    const h = referenceHouseholds(MONTH).find((x) => x.id === 'family-four-one-salary')!;
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.route('http://bench.localhost/', (route) =>
      route.fulfill({ contentType: 'text/html', body: pageHtml(bundle) }),
    );
    await page.goto('http://bench.localhost/');
    const steps = (await page.evaluate(`(async (answers) => {
      const el = document.querySelector('passerelle-questionnaire');
      await el.updateComplete;
      const button = (text) => [...el.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim().startsWith(text));
      button('Commencer').click();
      await el.updateComplete;
      const out = [];
      for (let i = 0; i < 60; i++) {
        const session = el.flow.session;
        const q = session.current;
        if (!q) break;
        const options = (q.visibleOptions || q.options || []).map((o) => o.value);
        const value = q.key in answers ? answers[q.key] : q.dontKnow ? 'dont_know' : q.kind === 'multichoice' ? [] : options[0];
        session.answer(q.key, value);
        delete el.flow.drafts[q.key];
        const before = session.evaluations;
        const t = performance.now();
        button('Continuer').click();
        await new Promise((resolve) => {
          const check = () => {
            const form = el.shadowRoot.querySelector('form[data-question]');
            if (!form || form.dataset.question !== q.key) resolve();
            else requestAnimationFrame(check);
          };
          check();
        });
        out.push({ ms: performance.now() - t, evaluations: session.evaluations - before });
      }
      return out;
    })(${JSON.stringify(h.answers)})`)) as Array<{ ms: number; evaluations: number }>;
    await context.close();
    if (!steps.length) throw new Error('no question was asked');
    const sorted = steps.map((s) => s.ms).sort((a, b) => a - b);
    return {
      steps: steps.length,
      stepMedian: percentile(sorted, 50),
      maxEvaluations: Math.max(...steps.map((s) => s.evaluations)),
      meanEvaluations: steps.reduce((sum, s) => sum + s.evaluations, 0) / steps.length,
    };
  } finally {
    await browser.close();
  }
}

export async function benchQuestionnaire(runs = 5): Promise<BenchRow[]> {
  const bundle = await bundleQuestionnaire();
  const size = gzipSize(bundle);
  const { firstRender, toResults } = await measure(bundle, runs);
  const steps = await measureSteps(bundle);
  return [
    // The page of this bench loads one inline module: the engine is inlined, other languages, the mediator
    // and the hand-off are left out. Issue 8's budget is measured on the kit (@passerelle/embed).
    {
      name: 'questionnaire: single-file bench bundle gzip (esbuild, French public bilan, engine inlined)',
      value: size,
      unit: 'bytes',
    },
    // Upper bounds: the kit renders its start screen before the engine arrives. The first-render budget
    // (1 s at 4x CPU) is held on the kit itself: "the kit's share" rows of @passerelle/embed.
    {
      name: 'questionnaire: time to first render, single file with the engine (4x CPU throttling, median)',
      value: Math.round(firstRender),
      unit: 'ms',
    },
    {
      name: 'questionnaire: time to results (4x CPU throttling, median)',
      value: Math.round(toResults),
      unit: 'ms',
      budget: '≤ 500',
      ok: toResults <= 500,
    },
    {
      name: `questionnaire: full evaluations per "Continuer", public mode (most in ${steps.steps} steps)`,
      value: steps.maxEvaluations,
      unit: 'evaluations',
      budget: '= 1',
      ok: steps.maxEvaluations === 1 && steps.meanEvaluations === 1,
    },
    {
      name: 'questionnaire: one step, "Continuer" to the next question, whole catalogue (4x CPU throttling, median)',
      value: Math.round(steps.stepMedian),
      unit: 'ms',
      budget: '≤ 100',
      ok: steps.stepMedian <= 100,
    },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchQuestionnaire().then(
    (rows) => {
      for (const r of rows)
        console.log(`${r.name}: ${r.value} ${r.unit} (budget ${r.budget})${r.ok ? '' : ' OVER BUDGET'}`);
    },
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}

// Time to show the launcher on page load, in Chromium, beside the same page without the widget.
// Per load (fresh browser context, cold cache): main-thread script and task time from the CDP
// Performance domain, and when the launcher button first exists in a painted frame. Medians printed.
//   npm run bench:launcher            (builds first; LOADS=30 for more loads)
import type { Page } from 'playwright-core';
import { openBrowser } from '../support/browser.ts';
import { startServer } from '../support/server.ts';

const LOADS = Number(process.env.LOADS ?? 15);

interface Sample {
  scriptMs: number;
  taskMs: number;
  /** performance.now() of the first frame with the launcher (baseline: of the load event). */
  readyMs: number;
}

// Runs in the page before any of its scripts: notes the first animation frame in which the
// launcher button exists inside the widget's shadow root. A string, not a function: tsx's transform
// adds helpers to functions that do not exist in the page.
const WATCH_LAUNCHER = `(() => {
  const check = () => {
    if (document.querySelector('parley-chat')?.shadowRoot?.querySelector('.launcher')) window.__launcherAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

async function load(page: Page, url: string, withWidget: boolean): Promise<Sample> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript({ content: WATCH_LAUNCHER });
  await page.goto(url, { waitUntil: 'load' });
  const readyMs = withWidget
    ? await page.waitForFunction(() => (window as unknown as { __launcherAt?: number }).__launcherAt).then((h) => h.jsonValue() as Promise<number>)
    : await page.evaluate(() => performance.getEntriesByType('navigation')[0]!.toJSON().loadEventEnd as number);
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { scriptMs: metric('ScriptDuration'), taskMs: metric('TaskDuration'), readyMs };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

await using server = await startServer();
await using browser = await openBrowser();
const demo = await (await fetch(`${server.url}/`)).text();
const withoutWidget = demo.replace(/<script[^>]*parley\.js[^>]*><\/script>/, '');
if (withoutWidget === demo) throw new Error('the demo page has no parley.js tag to remove');

const pages = { baseline: { html: withoutWidget, widget: false }, widget: { html: demo, widget: true } };
const samples: Record<keyof typeof pages, Sample[]> = { baseline: [], widget: [] };
for (let i = 0; i < LOADS; i++) {
  // Interleaved, so drift in the machine's load affects both alike.
  for (const name of ['baseline', 'widget'] as const) {
    const { page, context } = await browser.newPage();
    await page.route(`${server.url}/bench/${name}.html`, (route) => route.fulfill({ contentType: 'text/html', body: pages[name].html }));
    samples[name].push(await load(page, `${server.url}/bench/${name}.html`, pages[name].widget));
    await context.close();
  }
}

const row = (label: string, values: string[]) => console.log(label.padEnd(34) + values.map((v) => v.padStart(14)).join(''));
console.log(`Launcher on the demo broker page, Chromium, ${LOADS} cold loads each, medians\n`);
row('', ['script (ms)', 'tasks (ms)', 'ready at (ms)']);
for (const name of ['baseline', 'widget'] as const) {
  const s = samples[name];
  row(name === 'baseline' ? 'page without widget (load event)' : 'page with widget (launcher shown)', [
    median(s.map((x) => x.scriptMs)).toFixed(1),
    median(s.map((x) => x.taskMs)).toFixed(1),
    median(s.map((x) => x.readyMs)).toFixed(1),
  ]);
}
const extra = (pick: (s: Sample) => number) => median(samples.widget.map(pick)) - median(samples.baseline.map(pick));
console.log(`\nwidget adds: ${extra((s) => s.scriptMs).toFixed(1)} ms script, ${extra((s) => s.taskMs).toFixed(1)} ms main-thread tasks`);

#!/usr/bin/env node
// Where a page's main thread spends its time while loading, from a Chromium trace rather than from a
// Lighthouse score: the score simulates a CPU four times slower than this machine's, so it moves with the
// machine; the trace says what the page itself costs (style, layout, HTML and CSS parsing, script, paint)
// and the longest task. Run it on two builds in one session to compare them.
//
//   node audits/main-thread.mjs [--runs N] [--slowdown 4] URL [URL ...]
//
// Prints one table row per URL: medians over N fresh loads (new browser profile each), in milliseconds.
// The CPU slowdown is Chromium's own throttling (as in DevTools), applied while the page loads.
import puppeteer from 'puppeteer-core';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Trace events grouped as Lighthouse groups them in "main-thread work breakdown".
const GROUPS = {
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ScheduleStyleRecalculation', 'InvalidateLayout'],
  layout: ['Layout', 'UpdateLayerTree'],
  parseHtml: ['ParseHTML'],
  parseCss: ['ParseAuthorStyleSheet'],
  script: ['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'TimerFire', 'EventDispatch', 'v8.run'],
  paint: ['Paint', 'PrePaint', 'Layerize', 'CompositeLayers', 'RasterTask', 'Decode Image', 'Commit', 'UpdateLayer'],
};
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadControllerImpl::DoWork']);

const args = process.argv.slice(2);
let runs = 5;
let slowdown = 4;
const urls = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--slowdown') slowdown = Number(args[++i]);
  else urls.push(args[i]);
}
if (urls.length === 0 || !(runs > 0) || !(slowdown >= 1)) {
  console.error('usage: node main-thread.mjs [--runs N] [--slowdown 4] URL [URL ...]');
  process.exit(2);
}

const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

// Self time of each event on the renderer's main thread: its duration less that of the events inside it,
// so nested events (a layout inside an HTML parse) are not counted twice.
function breakdown(trace, url) {
  const events = trace.traceEvents ?? trace;
  // Chromium runs several renderers (the blank start page among them): the page's is the one that parsed it.
  const parse = events.find(e => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(url));
  if (!parse) throw new Error(`no HTML parse of ${url} in the trace`);
  const main = { pid: parse.pid, tid: parse.tid };
  const slices = events
    .filter(e => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  let busy = 0;
  let longest = 0;
  for (const slice of slices) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= slice.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - slice.dur);
    self.set(slice.name, (self.get(slice.name) ?? 0) + slice.dur);
    if (TASKS.has(slice.name) && !stack.some(s => TASKS.has(s.name))) {
      busy += slice.dur;
      longest = Math.max(longest, slice.dur);
    }
    stack.push(slice);
  }
  const row = { busy: busy / 1000, longest: longest / 1000 };
  for (const [group, names] of Object.entries(GROUPS)) {
    row[group] = names.reduce((sum, name) => sum + Math.max(0, self.get(name) ?? 0), 0) / 1000;
  }
  return row;
}

async function measure(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true });
  const session = await page.createCDPSession();
  await session.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8'] });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || response.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
  // Let the first frames after load be painted, as Lighthouse does before it stops tracing.
  await page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  await context.close();
  return { ...breakdown(trace, url), elements };
}

const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: FLAGS });
try {
  const columns = ['busy', 'longest', 'style', 'layout', 'parseHtml', 'parseCss', 'script', 'paint'];
  console.log(`main-thread time while loading, CPU slowdown ${slowdown}x, median of ${runs} loads (ms)`);
  console.log(['page'.padEnd(48), ...columns.map(c => c.padStart(9)), 'elements'.padStart(9)].join(' '));
  // Pages are measured in turns (A, B, A, B, …), so a busy spell of the machine weighs on each alike.
  const samples = new Map(urls.map(url => [url, []]));
  for (const url of urls) await measure(browser, url); // unmeasured: the server's and browser's first-visit costs
  for (let i = 0; i < runs; i++) {
    for (const url of urls) samples.get(url).push(await measure(browser, url));
  }
  for (const url of urls) {
    const rows = samples.get(url);
    const cells = columns.map(c => median(rows.map(s => s[c])).toFixed(1).padStart(9));
    const label = url.replace(/^https?:\/\/[^:/]+/, '');
    console.log([label.slice(0, 48).padEnd(48), ...cells, String(rows[0].elements).padStart(9)].join(' '));
  }
} finally {
  await browser.close();
}

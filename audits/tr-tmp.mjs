import puppeteer from 'puppeteer-core';
const url = 'http://127.0.0.1:5103/roles/medical-billers-and-coders';
const variants = {
  asis: css => css,
  cv: css => css + '.layout-body>*{content-visibility:auto;contain-intrinsic-size:auto 40rem}',
  cvAll: css => css + '.layout-body{content-visibility:auto;contain-intrinsic-size:auto 3000px}',
  hidden: css => css + '.layout-body{display:none}',
};
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const cssCache = {};
async function run(variant) {
  const ctx = await browser.createBrowserContext(); const page = await ctx.newPage();
  await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true });
  await page.setRequestInterception(true);
  page.on('request', async req => {
    if (req.url().endsWith('.css')) {
      cssCache[req.url()] ??= await (await fetch(req.url())).text();
      req.respond({ status: 200, contentType: 'text/css', body: variants[variant](cssCache[req.url()]) });
    } else req.continue();
  });
  const s = await page.createCDPSession(); await s.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
  const ev = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents;
  await ctx.close();
  const p = ev.find(e => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(url));
  const sum = n => ev.filter(e => e.pid===p.pid && e.tid===p.tid && e.name===n && e.ph==='X').reduce((a,e)=>a+e.dur,0)/1000;
  return { layout: sum('Layout'), style: sum('UpdateLayoutTree') };
}
const res = { asis: [], cv: [], cvAll: [], hidden: [] };
for (let i = 0; i < 7; i++) for (const v of Object.keys(res)) res[v].push(await run(v));
const med = a => a.sort((x,y)=>x-y)[Math.floor(a.length/2)];
for (const [v, rows] of Object.entries(res)) console.log(v, 'layout', med(rows.map(r=>r.layout)).toFixed(1), 'style', med(rows.map(r=>r.style)).toFixed(1));
await browser.close();

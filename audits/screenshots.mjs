#!/usr/bin/env node
// Full-page screenshots of pages at a phone and a desktop width, in light and dark mode, for looking at a
// change before calling it done (and for before/after pictures in a note).
//
//   node audits/screenshots.mjs BASE_URL OUT_DIR PATH [PATH ...]
//   SHOT_WIDTHS=390,1280 SHOT_SCHEMES=light,dark node audits/screenshots.mjs http://127.0.0.1:5080 /tmp/shots / /roles
//
// Writes OUT_DIR/<page>-<width>-<scheme>.png. Uses the puppeteer-core that Lighthouse installs in audits/.
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const [base, outDir, ...paths] = process.argv.slice(2);
if (!base || !outDir || paths.length === 0) {
  console.error('usage: node screenshots.mjs BASE_URL OUT_DIR PATH [PATH ...]');
  process.exit(2);
}

const widths = (process.env.SHOT_WIDTHS ?? '390,1280').split(',').map(Number);
const schemes = (process.env.SHOT_SCHEMES ?? 'light,dark').split(',');
mkdirSync(outDir, { recursive: true });

const name = p => (p.replace(/^\//, '') || 'home').replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 80);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const p of paths) {
    for (const width of widths) {
      for (const scheme of schemes) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900 });
        // The site's CSP forbids inline styles; the style added below is the screenshot's, not the site's.
        await page.setBypassCSP(true);
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        const response = await page.goto(new URL(p, base).href, { waitUntil: 'load' });
        // Render everything that content-visibility would otherwise skip below the first screen.
        await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
        const file = path.join(outDir, `${name(p)}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`${response?.status()} ${file}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
}

#!/usr/bin/env node
// Lighthouse on many pages with one browser: `npx lighthouse` per page spends about 4 s of every 15 loading
// Node, Lighthouse and a fresh Chromium. Here Chromium starts once and Lighthouse drives it page after page;
// before each page it clears the origin's cache and storage (its default), so every report is still a first
// visit. A page whose run produces no usable report (a runtime error such as NO_NAVSTART) is run again, up to
// --tries times; a report with low scores is never run again: nothing gated here is a timing.
// Without the performance category nothing is timed, so Lighthouse does not wait for the network and the CPU
// to be quiet for a second after the load (those waits are for the performance trace; the accessibility, best
// practices and SEO checks read the loaded page), and no run takes the full-page screenshot, which only
// illustrates the HTML report.
//
//   node audits/lighthouse.mjs --base URL --categories a,b [--chrome-flag F]... [--tries 3] PATH REPORT.json [PATH REPORT.json ...]
//
// Exits 0 when every page has a report (the gate on their scores is report.mjs's), 1 otherwise.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
let base = '';
let categories = [];
let tries = 3;
const chromeFlags = [];
const pairs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--base') base = args[++i];
  else if (args[i] === '--categories') categories = args[++i].split(',');
  else if (args[i] === '--chrome-flag') chromeFlags.push(args[++i]);
  else if (args[i] === '--tries') tries = Number(args[++i]);
  else pairs.push(args[i]);
}
if (!base || categories.length === 0 || pairs.length === 0 || pairs.length % 2 !== 0 || !(tries >= 1)) {
  console.error('usage: node lighthouse.mjs --base URL --categories a,b [--chrome-flag F]... [--tries N] PATH REPORT.json [PATH REPORT.json ...]');
  process.exit(2);
}

const timed = categories.includes('performance');
const config = {
  extends: 'lighthouse:default',
  settings: {
    disableFullPageScreenshot: true,
    ...(timed ? {} : { pauseAfterFcpMs: 0, pauseAfterLoadMs: 0, networkQuietThresholdMs: 0, cpuQuietThresholdMs: 0 }),
  },
};

const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags });
let missing = 0;
try {
  for (let i = 0; i < pairs.length; i += 2) {
    const [path, file] = [pairs[i], pairs[i + 1]];
    if (!(await auditPage(path, file))) missing++;
  }
} finally {
  await chrome.kill();
}
process.exit(missing === 0 ? 0 : 1);

async function auditPage(path, file) {
  for (let attempt = 1; attempt <= tries; attempt++) {
    let problem;
    try {
      const result = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories }, config);
      problem = result?.lhr.runtimeError?.code ?? (result ? null : 'no result');
      if (!problem) {
        writeFileSync(file, result.report);
        return true;
      }
    } catch (error) {
      problem = error.message;
    }
    console.log(`${path}: Lighthouse produced no report (try ${attempt} of ${tries}: ${problem})`);
  }
  return false;
}

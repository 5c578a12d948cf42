// Turns the JSON the audit tools write into the plain text run.sh prints, and writes the number of
// failures of each check to a file so run.sh can add them up without parsing this text again.
//
//   node report.mjs lighthouse  RESULT_FILE PATH REPORT.json [PATH REPORT.json ...]
//   node report.mjs budgets     RESULT_FILE BUDGETS.json BASE_URL PATH REPORT.json PAGE.html [PATH REPORT.json PAGE.html ...]
//   node report.mjs links       RESULT_FILE LINKINATOR.json
//   node report.mjs observatory RESULT_FILE OBSERVATORY.json
//
// Thresholds come from the environment (run.sh sets them at its top, next to the page list); budgets
// from budgets.json. The performance score depends on the machine (Lighthouse simulates a CPU four times
// slower than the one it runs on), so it and the Core Web Vitals are printed, never counted as failures.
import { readFileSync, writeFileSync } from 'node:fs';
import { scanPage } from '../ops/lib/page-resources.mjs';

const [command, ...args] = process.argv.slice(2);
const checks = { lighthouse, budgets, links, observatory };
if (checks[command] && args.length >= 2) {
  const [resultFile, ...inputs] = args;
  writeFileSync(resultFile, `${checks[command](inputs)}\n`);
} else {
  console.error('usage: node report.mjs lighthouse|budgets|links|observatory RESULT_FILE INPUTS...');
  process.exit(2);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { unreadable: `${file}: ${error.message.split('\n')[0]}` };
  }
}

function lighthouse(args) {
  const gated = ['accessibility', 'best-practices', 'seo'];
  const minimum = {
    accessibility: Number(process.env.LH_MIN_ACCESSIBILITY ?? 100),
    'best-practices': Number(process.env.LH_MIN_BEST_PRACTICES ?? 100),
    seo: Number(process.env.LH_MIN_SEO ?? 100),
  };
  const pages = [];
  for (let i = 0; i + 1 < args.length; i += 2) pages.push({ path: args[i], report: readJson(args[i + 1]) });

  const width = Math.max(4, ...pages.map((p) => p.path.length));
  const reported = ['performance (report)', 'FCP', 'LCP', 'TBT', 'CLS'];
  console.log(['page'.padEnd(width), ...gated.map((c) => c.padStart(14)), ...reported.map((c) => c.padStart(c.length > 6 ? 21 : 7))].join('  '));
  for (const page of pages) {
    page.scores = Object.fromEntries(gated.map((c) => [c, score(page.report, c)]));
    page.failing = gated.filter((c) => page.scores[c] === null || page.scores[c] < minimum[c]);
    const cells = gated.map((c) => {
      const text = page.scores[c] === null ? 'n/a' : String(page.scores[c]);
      return (page.failing.includes(c) ? `${text} !` : text).padStart(14);
    });
    const vitals = [
      String(score(page.report, 'performance') ?? 'n/a').padStart(21),
      ...['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']
        .map((id) => (page.report.audits?.[id]?.displayValue ?? 'n/a').replace(/\s/g, ' ').padStart(7)),
    ];
    console.log([page.path.padEnd(width), ...cells, ...vitals].join('  '));
  }
  console.log(`(gates: accessibility >= ${minimum.accessibility}, best-practices >= ${minimum['best-practices']}, ` +
    `seo >= ${minimum.seo}; "!" marks a failing score. Performance and the Core Web Vitals are simulated on this ` +
    `machine's CPU and only reported: the page budgets below are the performance gate.)`);

  for (const page of pages.filter((p) => p.failing.length > 0)) {
    console.log(`\n${page.path}`);
    const problem = page.report.unreadable ?? page.report.runtimeError?.message;
    if (problem) {
      console.log(`  Lighthouse did not produce scores: ${problem}`);
      continue;
    }
    // The first sentence is the warning; the rest is a link to Lighthouse's docs.
    for (const warning of page.report.runWarnings ?? []) console.log(`  warning: ${warning.split('. ')[0]}.`);
    for (const category of page.failing) {
      console.log(`  ${category} ${page.scores[category]} (needs ${minimum[category]}):`);
      for (const line of failingAudits(page.report, category)) console.log(`    ${line}`);
    }
  }
  return pages.filter((p) => p.failing.length > 0).length;
}

// Each page against budgets.json: bytes and requests from Lighthouse's resource summary (what the browser
// fetched), third-party requests from it too, the number of elements from its DOM audit, and
// render-blocking scripts from the page's HTML. None of these move with the machine's speed.
function budgets([budgetFile, base, ...args]) {
  const budget = readJson(budgetFile);
  if (budget.unreadable) {
    console.log(`no budgets: ${budget.unreadable}`);
    return 1;
  }
  const pages = [];
  for (let i = 0; i + 2 < args.length; i += 3) pages.push({ path: args[i], report: readJson(args[i + 1]), htmlFile: args[i + 2] });

  const types = Object.keys(budget.transferBytes);
  const width = Math.max(4, ...pages.map((p) => p.path.length));
  console.log(['page'.padEnd(width), ...types.map((t) => t.padStart(10)), 'requests', '3rd-party', 'blocking', 'elements'].join('  '));
  console.log(['budget'.padEnd(width), ...types.map((t) => String(budget.transferBytes[t]).padStart(10)),
    String(budget.requests).padStart(8), String(budget.thirdPartyRequests).padStart(9),
    String(budget.renderBlockingScripts).padStart(8), String(budget.domElements).padStart(8)].join('  '));
  let failedPages = 0;
  for (const page of pages) {
    const summary = page.report.audits?.['resource-summary']?.details?.items;
    if (!summary) {
      console.log(`${page.path.padEnd(width)}  no resource summary: ${page.report.unreadable ?? page.report.runtimeError?.message ?? 'Lighthouse did not report one'}`);
      failedPages += 1;
      continue;
    }
    const row = Object.fromEntries(summary.map((item) => [item.resourceType, item]));
    const bytes = Object.fromEntries(types.map((t) => [t, row[t]?.transferSize ?? 0]));
    const requests = row.total?.requestCount ?? 0;
    const thirdParty = row['third-party']?.requestCount ?? 0;
    let html = '';
    try { html = readFileSync(page.htmlFile, 'utf8'); } catch { /* counted below as unreadable */ }
    const blocking = html ? scanPage(html, new URL(page.path, base)).blocking : ['(the page HTML could not be read)'];
    const elements = page.report.audits?.['dom-size']?.numericValue ?? Infinity;

    const over = [];
    for (const t of types) if (bytes[t] > budget.transferBytes[t]) over.push(`${t} ${bytes[t]} B > ${budget.transferBytes[t]} B`);
    if (requests > budget.requests) over.push(`${requests} requests > ${budget.requests}`);
    if (thirdParty > budget.thirdPartyRequests) over.push(`${thirdParty} third-party requests`);
    if (blocking.length > budget.renderBlockingScripts) over.push(`render-blocking script(s): ${blocking.join(', ')}`);
    if (elements > budget.domElements) over.push(`${elements} elements > ${budget.domElements}`);

    const mark = (text, bad) => (bad ? `${text} !` : text);
    console.log([page.path.padEnd(width),
      ...types.map((t) => mark(String(bytes[t]), bytes[t] > budget.transferBytes[t]).padStart(10)),
      mark(String(requests), requests > budget.requests).padStart(8),
      mark(String(thirdParty), thirdParty > budget.thirdPartyRequests).padStart(9),
      mark(String(blocking.length), blocking.length > budget.renderBlockingScripts).padStart(8),
      mark(String(elements), elements > budget.domElements).padStart(8)].join('  '));
    if (over.length > 0) {
      failedPages += 1;
      for (const line of over) console.log(`    over budget: ${line}`);
    }
  }
  console.log(`(bytes transferred on a first visit, compressed, headers included; "!" marks a figure over its budget)`);
  return failedPages;
}

// Lighthouse shows scores as whole numbers; compare what a developer sees.
function score(report, category) {
  const value = report.categories?.[category]?.score;
  return typeof value === 'number' ? Math.round(value * 100) : null;
}

// Audits that pull a category down: scored (not manual, informative or not applicable) and below 1.
// Performance audits with weight 0 do not move the score, so they are marked as hints.
function failingAudits(report, category) {
  const lines = [];
  for (const ref of report.categories[category].auditRefs) {
    const audit = report.audits[ref.id];
    if (audit.score === null || audit.score >= 1) continue;
    if (['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue;
    const hint = category === 'performance' && ref.weight === 0 ? ' [hint, weight 0]' : '';
    const value = audit.displayValue ? ` (${audit.displayValue})` : '';
    lines.push(`- ${ref.id}: ${audit.title}${value}, score ${Math.round(audit.score * 100)}${hint}`);
    const items = audit.details?.items ?? [];
    for (const item of items.slice(0, 10)) lines.push(`    ${describeItem(item)}`);
    if (items.length > 10) lines.push(`    … and ${items.length - 10} more (see the JSON report)`);
  }
  return lines;
}

// The parts of a Lighthouse detail row a developer needs to find the problem: the element, the resource
// or the message.
function describeItem(item) {
  if (item.source?.type === 'source-location') return `${item.source.url}:${item.source.line + 1}`;
  const node = item.node ?? item.relatedNode ?? (item.source?.type === 'node' ? item.source : undefined);
  if (node) {
    const why = (node.explanation ?? '').split('\n').slice(1).map((s) => s.trim()).filter(Boolean).join('; ');
    const snippet = node.snippet ? ` ${node.snippet}` : '';
    return `${node.selector}${snippet}${why ? ` — ${why}` : ''}`;
  }
  if (item.issueType) {
    const urls = (item.subItems?.items ?? []).map((sub) => sub.url).filter(Boolean);
    return `${item.issueType}${urls.length ? `: ${urls.join(', ')}` : ''}`;
  }
  if (item.description) return `${item.source ? `${item.source}: ` : ''}${item.description}`;
  if (item.url) return item.wastedBytes ? `${item.url} (${Math.round(item.wastedBytes / 1024)} KiB)` : item.url;
  return JSON.stringify(item).slice(0, 200);
}

function links([file]) {
  const report = readJson(file);
  if (!Array.isArray(report.links)) {
    console.log(`linkinator produced no report: ${report.unreadable ?? 'no "links" in its output'}`);
    return 1;
  }
  const checked = report.links.filter((l) => l.state !== 'SKIPPED');
  const broken = checked.filter((l) => l.state === 'BROKEN');
  console.log(`links checked: ${checked.length}, broken: ${broken.length}`);
  for (const link of broken) {
    const details = (link.failureDetails ?? [])
      .map((d) => d?.message ?? d?.statusText ?? d?.status ?? '')
      .filter(Boolean).join('; ');
    console.log(`  ${link.status ?? '---'} ${link.url} (linked from ${link.parent ?? 'start'})${details ? `: ${details}` : ''}`);
  }
  return broken.length;
}

function observatory([file]) {
  const report = readJson(file);
  if (!report.tests) {
    const why = report.unreadable ?? report.scan?.error ?? report.error ?? 'no "tests" in its output';
    console.log(`the Observatory scan produced no results: ${why}`);
    return 1;
  }
  const allowed = (process.env.OBSERVATORY_ALLOWED_FAILURES ?? '').split(/\s+/).filter(Boolean);
  const width = Math.max(...Object.keys(report.tests).map((n) => n.length));
  let failed = 0;
  for (const [name, test] of Object.entries(report.tests)) {
    const excused = !test.pass && allowed.includes(name);
    if (!test.pass && !excused) failed += 1;
    const verdict = test.pass ? 'pass' : excused ? 'fail (expected over plain HTTP)' : 'FAIL';
    const modifier = (test.scoreModifier > 0 ? '+' : '') + test.scoreModifier;
    console.log(`  ${name.padEnd(width)}  ${verdict.padEnd(31)}  ${modifier.padStart(4)}  ${test.result}`);
  }
  console.log(`grade ${report.scan?.grade ?? '?'}, score ${report.scan?.score ?? '?'} ` +
    `(the HTTPS-only tests always fail over plain HTTP; not counted)`);
  return failed;
}

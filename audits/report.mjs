// Turns the JSON the audit tools write into the plain text run.sh prints, and writes the number of
// failures of each check to a file so run.sh can add them up without parsing this text again.
//
//   node report.mjs lighthouse  RESULT_FILE PATH REPORT.json [PATH REPORT.json ...]
//   node report.mjs links       RESULT_FILE LINKINATOR.json
//   node report.mjs observatory RESULT_FILE OBSERVATORY.json
//   node report.mjs score       REPORT.json CATEGORY      (prints the 0-100 score, -1 when there is none)
//
// Thresholds come from the environment (run.sh sets them at its top, next to the page list).
import { readFileSync, writeFileSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
const checks = { lighthouse, links, observatory };
if (command === 'score' && args.length === 2) {
  console.log(score(readJson(args[0]), args[1]) ?? -1);
} else if (checks[command] && args.length >= 2) {
  const [resultFile, ...inputs] = args;
  writeFileSync(resultFile, `${checks[command](inputs)}\n`);
} else {
  console.error('usage: node report.mjs lighthouse|links|observatory RESULT_FILE INPUTS... | score REPORT.json CATEGORY');
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
  const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
  const minimum = {
    performance: Number(process.env.LH_MIN_PERFORMANCE ?? 95),
    accessibility: Number(process.env.LH_MIN_ACCESSIBILITY ?? 100),
    'best-practices': Number(process.env.LH_MIN_BEST_PRACTICES ?? 100),
    seo: Number(process.env.LH_MIN_SEO ?? 100),
  };
  const pages = [];
  for (let i = 0; i + 1 < args.length; i += 2) pages.push({ path: args[i], report: readJson(args[i + 1]) });

  const width = Math.max(4, ...pages.map((p) => p.path.length));
  console.log(['page'.padEnd(width), ...categories.map((c) => c.padStart(14))].join('  '));
  for (const page of pages) {
    page.scores = Object.fromEntries(categories.map((c) => [c, score(page.report, c)]));
    page.failing = categories.filter((c) => page.scores[c] === null || page.scores[c] < minimum[c]);
    const cells = categories.map((c) => {
      const text = page.scores[c] === null ? 'n/a' : String(page.scores[c]);
      return (page.failing.includes(c) ? `${text} !` : text).padStart(14);
    });
    console.log([page.path.padEnd(width), ...cells].join('  '));
  }
  console.log(`(thresholds: performance >= ${minimum.performance}, accessibility >= ${minimum.accessibility}, ` +
    `best-practices >= ${minimum['best-practices']}, seo >= ${minimum.seo}; "!" marks a failing score)`);

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

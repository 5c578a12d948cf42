#!/usr/bin/env node
// Sends sequential GET requests over a keep-alive connection and reports the app's own time for each
// (the Server-Timing: app;dur=<ms> header), so neither the network nor the client is in the figure.
//
//   node bench/server-timing.mjs --url http://127.0.0.1:5000/roles/x [--url URL2 ...] [--count 300] [--warmup 50]
//                                [--block 20] [--vary-client]
//
// With several --url, requests alternate between them in blocks (--block requests to A, then to B, then
// A again ...; one connection each), so a busy machine weighs on every URL alike and their ratio stays
// fair, while within a block each server answers back-to-back requests as in a single-URL run (a block of
// 1, strict alternation, leaves each server idle between its requests, which makes fast pages look slower). --vary-client sends a different
// X-Forwarded-For (203.0.113.N) with each request, so a rate-limited path (search) sees many clients.
// Prints tab-separated key/value lines: n, median, p90, min, max (ms), bytes (body of the last response),
// statuses; with several URLs each key is prefixed with the URL's index ("0.median", "1.median").
// Exits 1 if any measured response is not 200 or lacks the header.
import http from 'node:http';

function parseArgs(argv) {
  const options = { urls: [], count: 300, warmup: 50, block: 20, varyClient: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url') options.urls.push(argv[++i]);
    else if (arg === '--count') options.count = Number(argv[++i]);
    else if (arg === '--warmup') options.warmup = Number(argv[++i]);
    else if (arg === '--block') options.block = Number(argv[++i]);
    else if (arg === '--vary-client') options.varyClient = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (options.urls.length === 0) throw new Error('--url is required');
  if (!(options.count > 0) || !(options.warmup >= 0) || !(options.block >= 1)) {
    throw new Error('--count and --block must be > 0 and --warmup >= 0');
  }
  return options;
}

function get(agent, url, index, varyClient) {
  const headers = {};
  if (varyClient) headers['X-Forwarded-For'] = `203.0.113.${(index % 254) + 1}`;
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers }, response => {
      let bytes = 0;
      response.on('data', chunk => { bytes += chunk.length; });
      response.on('end', () => {
        const timing = String(response.headers['server-timing'] ?? '');
        const match = /app;dur=([0-9.]+)/.exec(timing);
        resolve({ status: response.statusCode, dur: match ? Number(match[1]) : NaN, bytes });
      });
      response.on('error', reject);
    });
    request.setTimeout(30000, () => request.destroy(new Error(`timeout: ${url}`)));
    request.on('error', reject);
  });
}

// Nearest-rank percentile of a sorted array (p in 0..100); the median of an even count averages the middle two.
function percentile(sorted, p) {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}
function median(sorted) {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const targets = options.urls.map(url => ({
    url,
    agent: new http.Agent({ keepAlive: true, maxSockets: 1 }),
    durations: [],
    statuses: new Map(),
    bytes: 0,
    bad: 0,
  }));
  let sent = 0;
  for (const target of targets) {
    for (let i = 0; i < options.warmup; i++) await get(target.agent, target.url, sent++, options.varyClient);
  }
  for (let done = 0; done < options.count; done += options.block) {
    const size = Math.min(options.block, options.count - done);
    for (const target of targets) {
      for (let i = 0; i < size; i++) {
        const result = await get(target.agent, target.url, sent++, options.varyClient);
        target.statuses.set(result.status, (target.statuses.get(result.status) ?? 0) + 1);
        target.bytes = result.bytes;
        if (result.status !== 200 || Number.isNaN(result.dur)) target.bad++;
        else target.durations.push(result.dur);
      }
    }
  }
  let failed = false;
  targets.forEach((target, index) => {
    target.agent.destroy();
    const sorted = target.durations.sort((a, b) => a - b);
    const fixed = value => (sorted.length ? value.toFixed(3) : 'NaN');
    const prefix = targets.length > 1 ? `${index}.` : '';
    const out = [
      ['n', sorted.length],
      ['median', fixed(sorted.length ? median(sorted) : 0)],
      ['p90', fixed(sorted.length ? percentile(sorted, 90) : 0)],
      ['min', fixed(sorted[0] ?? 0)],
      ['max', fixed(sorted[sorted.length - 1] ?? 0)],
      ['bytes', target.bytes],
      ['statuses', [...target.statuses].map(([status, count]) => `${status}x${count}`).join(',')],
    ];
    for (const [key, value] of out) console.log(`${prefix}${key}\t${value}`);
    if (target.bad > 0) {
      console.error(`server-timing: ${target.bad} of ${options.count} responses from ${target.url} were not 200 with a Server-Timing header`);
      failed = true;
    }
  });
  if (failed) process.exit(1);
}

main().catch(error => {
  console.error(`server-timing: ${error.message}`);
  process.exit(1);
});

#!/usr/bin/env node
// Sends sequential GET requests over one keep-alive connection and reports the app's own time for each
// (the Server-Timing: app;dur=<ms> header), so neither the network nor the client is in the figure.
//
//   node bench/server-timing.mjs --url http://127.0.0.1:5000/roles/x [--count 300] [--warmup 50] [--vary-client]
//
// --vary-client sends a different X-Forwarded-For (203.0.113.N) with each request, so a rate-limited path
// (search) sees many clients. Prints tab-separated key/value lines: n, median, p90, min, max (ms), bytes
// (body of the last response), statuses. Exits 1 if any measured response is not 200 or lacks the header.
import http from 'node:http';

function parseArgs(argv) {
  const options = { url: null, count: 300, warmup: 50, varyClient: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url') options.url = argv[++i];
    else if (arg === '--count') options.count = Number(argv[++i]);
    else if (arg === '--warmup') options.warmup = Number(argv[++i]);
    else if (arg === '--vary-client') options.varyClient = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!options.url) throw new Error('--url is required');
  if (!(options.count > 0) || !(options.warmup >= 0)) throw new Error('--count must be > 0 and --warmup >= 0');
  return options;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(url, index, varyClient) {
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
  for (let i = 0; i < options.warmup; i++) {
    await get(options.url, i, options.varyClient);
  }
  const durations = [];
  const statuses = new Map();
  let bytes = 0;
  let bad = 0;
  for (let i = 0; i < options.count; i++) {
    const result = await get(options.url, options.warmup + i, options.varyClient);
    statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
    bytes = result.bytes;
    if (result.status !== 200 || Number.isNaN(result.dur)) bad++;
    else durations.push(result.dur);
  }
  agent.destroy();
  const sorted = durations.sort((a, b) => a - b);
  const out = [
    ['n', sorted.length],
    ['median', sorted.length ? median(sorted).toFixed(3) : 'NaN'],
    ['p90', sorted.length ? percentile(sorted, 90).toFixed(3) : 'NaN'],
    ['min', sorted.length ? sorted[0].toFixed(3) : 'NaN'],
    ['max', sorted.length ? sorted[sorted.length - 1].toFixed(3) : 'NaN'],
    ['bytes', bytes],
    ['statuses', [...statuses].map(([status, count]) => `${status}x${count}`).join(',')],
  ];
  for (const [key, value] of out) console.log(`${key}\t${value}`);
  if (bad > 0) {
    console.error(`server-timing: ${bad} of ${options.count} responses from ${options.url} were not 200 with a Server-Timing header`);
    process.exit(1);
  }
}

main().catch(error => {
  console.error(`server-timing: ${error.message}`);
  process.exit(1);
});

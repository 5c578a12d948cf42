#!/usr/bin/env node
// First-visit checks of one page, as a browser with an empty cache would load it:
//   - weight: bytes transferred (bodies, as sent: compressed) of the HTML and of every same-origin
//     sub-resource it references (stylesheets, icons, preloads, scripts, images, frames), each requested
//     with Accept-Encoding: br, gzip;
//   - third-party requests: absolute sub-resource URLs whose host is not the site's (links <a href> and
//     non-fetching <link rel> such as canonical or alternate are not requests);
//   - render-blocking JavaScript: a <script src> without defer, async or type=module, and inline
//     executable script in <head> (JSON-LD and other data blocks are not JavaScript);
//   - repeat-visit caching: every stylesheet and script answers Cache-Control with immutable and
//     max-age >= 31536000.
//
//   node bench/page-check.mjs http://127.0.0.1:5000 /roles/x
//
// Prints tab-separated key/value lines. Exits 1 if a request fails or answers other than 200.
import http from 'node:http';
import zlib from 'node:zlib';
import { scanPage } from '../ops/lib/page-resources.mjs';

const YEAR = 31536000;

function get(url) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { 'Accept-Encoding': 'br, gzip' } }, response => {
      const chunks = [];
      response.on('data', chunk => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, raw: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.setTimeout(30000, () => request.destroy(new Error(`timeout: ${url}`)));
    request.on('error', reject);
  });
}

function decode(response) {
  const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'br') return zlib.brotliDecompressSync(response.raw).toString('utf8');
  if (encoding === 'gzip') return zlib.gunzipSync(response.raw).toString('utf8');
  if (encoding === '' || encoding === 'identity') return response.raw.toString('utf8');
  throw new Error(`unexpected Content-Encoding ${encoding}`);
}

async function main() {
  const [base, pagePath] = process.argv.slice(2);
  if (!base || !pagePath) throw new Error('usage: page-check.mjs BASE_URL PAGE_PATH');
  const pageUrl = new URL(pagePath, base);
  const page = await get(pageUrl);
  if (page.status !== 200) throw new Error(`${pageUrl} answered ${page.status}`);
  const { resources, thirdParty, blocking } = scanPage(decode(page), pageUrl);

  const rows = [{ url: pageUrl, kind: 'html', bytes: page.raw.length, encoding: page.headers['content-encoding'] ?? 'identity', cacheControl: page.headers['cache-control'] ?? '' }];
  for (const resource of resources) {
    const response = await get(resource.url);
    if (response.status !== 200) throw new Error(`${resource.url.href} answered ${response.status}`);
    rows.push({ ...resource, bytes: response.raw.length, encoding: response.headers['content-encoding'] ?? 'identity', cacheControl: response.headers['cache-control'] ?? '' });
  }

  const cacheChecked = rows.filter(row => row.kind === 'css' || row.kind === 'js');
  const cacheProblems = cacheChecked.filter(row => {
    const value = row.cacheControl.toLowerCase();
    const maxAge = /(?:^|[,\s])max-age=(\d+)/.exec(value);
    return !(value.includes('immutable') && maxAge && Number(maxAge[1]) >= YEAR);
  });

  const out = [
    ['weight', rows.reduce((sum, row) => sum + row.bytes, 0)],
    ['requests', rows.length],
    ['detail', rows.map(row => `${row.kind} ${row.url.pathname} ${row.bytes} B ${row.encoding}`).join('; ')],
    ['third_party', thirdParty.length],
    ['third_party_list', thirdParty.join(' ')],
    ['blocking', blocking.length],
    ['blocking_list', blocking.join(' ')],
    ['scripts', rows.filter(row => row.kind === 'js').length],
    ['cache_total', cacheChecked.length],
    ['cache_ok', cacheChecked.length - cacheProblems.length],
    ['cache_detail', cacheChecked.map(row => `${row.url.pathname}: ${row.cacheControl || '(none)'}`).join('; ')],
  ];
  for (const [key, value] of out) console.log(`${key}\t${value}`);
}

main().catch(error => {
  console.error(`page-check: ${error.message}`);
  process.exit(1);
});

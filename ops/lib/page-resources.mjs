// What a page's HTML makes a browser fetch, read from the HTML itself (deterministic, unlike timings):
// same-origin sub-resources, third-party requests and render-blocking scripts. Used by the benchmark's
// first-visit check (bench/page-check.mjs) and the page audits' budgets (audits/report.mjs).
//
//   import { scanPage } from '../../ops/lib/page-resources.mjs';
//   const { resources, thirdParty, blocking } = scanPage(html, pageUrl);
//
// resources: [{ url: URL, kind }] on the page's own host, each once; thirdParty: absolute URLs on another
// host; blocking: a <script src> without defer, async or type=module, or inline executable script in <head>
// (JSON-LD and other data blocks are not JavaScript).

// <link rel> values that make the browser fetch something (a connection, for preconnect/dns-prefetch).
const FETCHING_RELS = new Set(['stylesheet', 'icon', 'shortcut', 'apple-touch-icon', 'apple-touch-icon-precomposed',
  'mask-icon', 'manifest', 'preload', 'modulepreload', 'prefetch', 'prerender', 'preconnect', 'dns-prefetch']);
const DATA_SCRIPT_TYPES = /^(application\/(ld\+)?json|application\/json|text\/template|text\/x-template|importmap|speculationrules)$/i;

function attributes(tag) {
  const result = {};
  const body = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  const pattern = /([^\s"'=<>\/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  let match;
  while ((match = pattern.exec(body))) {
    result[match[1].toLowerCase()] = (match[2] ?? match[3] ?? match[4] ?? '').replace(/&amp;/g, '&');
  }
  return result;
}

export function scanPage(rawHtml, pageUrl) {
  pageUrl = new URL(pageUrl);
  // Comments and the text of scripts cannot hold tags that count.
  const html = rawHtml.replace(/<!--[\s\S]*?-->/g, '').replace(/(<script\b[^>]*>)[\s\S]*?<\/script\s*>/gi, '$1</script>');
  const headEnd = html.search(/<\/head\s*>/i);

  const resources = []; // { url, kind }
  const thirdParty = [];
  const blocking = [];
  const tagPattern = /<(link|script|img|iframe|source|video|audio|embed|object|input|image|use)\b[^>]*>/gi;
  let match;
  while ((match = tagPattern.exec(html))) {
    const name = match[1].toLowerCase();
    const attrs = attributes(match[0]);
    const inHead = headEnd < 0 || match.index < headEnd;
    const found = [];
    if (name === 'link') {
      const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      if (attrs.href && rels.some(rel => FETCHING_RELS.has(rel))) {
        found.push({ url: attrs.href, kind: rels.includes('stylesheet') ? 'css' : rels.join(' ') });
      }
    } else if (name === 'script') {
      const type = (attrs.type ?? '').trim();
      const isData = type !== '' && DATA_SCRIPT_TYPES.test(type);
      const isModule = type.toLowerCase() === 'module';
      if (attrs.src) {
        found.push({ url: attrs.src, kind: 'js' });
        if (!isData && !isModule && !('defer' in attrs) && !('async' in attrs)) blocking.push(attrs.src);
      } else if (!isData && !isModule && inHead) {
        blocking.push('inline <script> in <head>');
      }
    } else {
      for (const key of ['src', 'data', 'poster', 'href', 'xlink:href']) {
        if (attrs[key] && !(name === 'input' && (attrs.type ?? '').toLowerCase() !== 'image')) {
          found.push({ url: attrs[key], kind: name });
        }
      }
      for (const key of ['srcset', 'imagesrcset']) {
        for (const candidate of (attrs[key] ?? '').split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) found.push({ url, kind: name });
        }
      }
    }
    for (const resource of found) {
      if (/^(data|blob|about|javascript):/i.test(resource.url) || resource.url.startsWith('#')) continue;
      const url = new URL(resource.url, pageUrl);
      if (url.host !== pageUrl.host) thirdParty.push(url.href);
      else if (!resources.some(r => r.url.href === url.href)) resources.push({ url, kind: resource.kind });
    }
  }

  return { resources, thirdParty, blocking };
}

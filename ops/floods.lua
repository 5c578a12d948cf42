-- wrk script for ops/floods.sh: the request floods of issue #17, one mode per run.
--
-- Usage: wrk -t2 -c16 -d40s -s ops/floods.lua http://127.0.0.1:PORT -- MODE [THREADS] [PAD] [PREFIX]
--   MODE     cachekey  GET /robots.txt?u=<unique>&a=<PAD bytes> and /faq?x=<unique>, alternately: every request
--                      a new address, so a render cache keyed on the whole query would grow without end
--            ipv6      GET /search?q=<word>, each request from a new X-Forwarded-For address inside ONE /64
--                      (PREFIX, e.g. 2001:db8:f1:7), as one IPv6 client rotating its addresses for free
--            render    GET /search?q=<word>+<unique>, each request from a new X-Forwarded-For address
--                      (198.18.0.0/15, the benchmarking range), so only the global render cap can push back
--   THREADS  the -t value again (default 2)
--   PAD      cachekey: length of the a= value (default 8000: the request line stays under Kestrel's 8 KB limit,
--            a longer one is a 414 that never reaches the app)
--
-- Output: "status codes: ..." and one "ops-metrics:" line (lib.sh's metric reads it): requests, seconds, rps,
-- latency, socket errors, the count of each status as s<code>, s503_retry_after (503s carrying Retry-After)
-- and long_location (redirects whose Location is longer than 256 bytes, i.e. that echo the junk back).

local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_index", thread_count - 1)
  table.insert(threads, thread)
end

local words = {
  "billing", "coder", "remote", "patients", "support", "records", "nurse", "interpreter",
  "compliance", "scheduling", "informatics", "privacy", "writer", "manager", "equipment", "data",
}

local mode, pad, prefix, nonce
local counter = 0
statuses = {}
retry_after_503 = 0
long_location = 0

function init(args)
  mode = args[1] or "cachekey"
  pad = string.rep("a", tonumber(args[3] or "") or 8000)
  prefix = args[4] or "2001:db8:f1:7"
  -- Unique across threads and across runs (a second run must not find the first one's entries).
  math.randomseed(os.time() * 1000 + (thread_index or 0) * 7919)
  nonce = string.format("%x%x", os.time(), math.random(0, 0xfffff))
end

local function ipv6_in_prefix()
  return string.format("%s:%x:%x:%x:%x", prefix,
    math.random(0, 0xffff), math.random(0, 0xffff), math.random(0, 0xffff), math.random(0, 0xffff))
end

local function ipv4_unique(n)
  -- 198.18.0.0/15: thread 0 uses 198.18.x.y, thread 1 198.19.x.y; 65,536 addresses each before repeating.
  local t = thread_index or 0
  return string.format("198.%d.%d.%d", 18 + (t % 2), math.floor(n / 256) % 256, n % 256)
end

function request()
  counter = counter + 1
  local id = string.format("%s-%d-%d", nonce, thread_index or 0, counter)
  if mode == "cachekey" then
    if counter % 2 == 0 then
      return wrk.format("GET", "/robots.txt?u=" .. id .. "&a=" .. pad)
    end
    return wrk.format("GET", "/faq?x=" .. id, { ["Accept-Encoding"] = "br, gzip" })
  elseif mode == "ipv6" then
    return wrk.format("GET", "/search?q=" .. words[(counter % #words) + 1], { ["X-Forwarded-For"] = ipv6_in_prefix() })
  elseif mode == "render" then
    return wrk.format("GET", "/search?q=" .. words[(counter % #words) + 1] .. "+" .. id,
      { ["X-Forwarded-For"] = ipv4_unique(counter), ["Accept-Encoding"] = "br, gzip" })
  end
  error("unknown mode " .. tostring(mode))
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 503 and (headers["Retry-After"] or headers["retry-after"]) then
    retry_after_503 = retry_after_503 + 1
  end
  local location = headers["Location"] or headers["location"]
  if location and #location > 256 then long_location = long_location + 1 end
end

function done(summary, latency, requests)
  local totals = {}
  local retry, long = 0, 0
  for _, thread in ipairs(threads) do
    retry = retry + (thread:get("retry_after_503") or 0)
    long = long + (thread:get("long_location") or 0)
    for code, count in pairs(thread:get("statuses") or {}) do
      totals[code] = (totals[code] or 0) + count
    end
  end
  local codes = {}
  for code in pairs(totals) do table.insert(codes, code) end
  table.sort(codes)
  local list, keyed = {}, {}
  for _, code in ipairs(codes) do
    table.insert(list, code .. ":" .. totals[code])
    table.insert(keyed, "s" .. code .. "=" .. totals[code])
  end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("status codes: %s\n", #list > 0 and table.concat(list, " ") or "none"))
  io.write(string.format(
    "ops-metrics: requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f connect=%d read=%d write=%d timeout=%d status=%d s503_retry_after=%d long_location=%d %s\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect, e.read, e.write, e.timeout, e.status, retry, long, table.concat(keyed, " ")))
end

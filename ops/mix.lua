-- wrk script: a browsing mix of NonClinicalGuide pages and searches from many simulated clients.
--
-- Usage: OPS_LIB=ops/lib PAGES_FILE=pages.txt wrk -t2 -c256 -d60s -s ops/mix.lua http://127.0.0.1:PORT -- CONNECTIONS [ACCEPT_ENCODING] [SEARCH_SLOTS] [THREADS] [CLIENTS]
--   CONNECTIONS      the -c value again (wrk does not hand it to scripts)
--   ACCEPT_ENCODING  e.g. "br, gzip" (default, like a browser) or "none" to send no Accept-Encoding
--   SEARCH_SLOTS     how many of every 16 slots in the mix are searches (default 2, i.e. 12.5 %)
--   THREADS          the -t value again (default 2)
--   CLIENTS          how many simulated clients (X-Forwarded-For addresses); default CONNECTIONS
--
-- Client addresses: every simulated client has its own X-Forwarded-For address from the TEST-NET ranges
-- 198.51.100.1-254 and 203.0.113.1-254 (508 at most). wrk's Lua API has no per-connection hook (request()
-- runs per thread), so each thread owns a disjoint block of CLIENTS/threads addresses and sends its
-- requests round-robin over that block. With CLIENTS = CONNECTIONS (ops/load.sh) the number of distinct
-- clients equals the number of connections and each client sends the share of one connection; the fault
-- and scale-out scripts use few connections but 256 clients, so no client searches faster than a person.
-- Each client walks the whole page list in order.
--
-- Output: a human summary plus one machine-readable line starting with "ops-metrics:" for the shell.

-- Every kind of page (from PAGES_FILE: see ops/lib/pages.lua), then what a load mix adds: the open-data
-- API, the sitemap and an address that does not exist.
local pages = dofile(os.getenv("OPS_LIB") .. "/pages.lua")(os.getenv("PAGES_FILE"))
table.insert(pages, "/api/roles")
table.insert(pages, "/sitemap.xml")
table.insert(pages, "/roles/no-such-role") -- the intended 404
local INTENDED_404 = "/roles/no-such-role"
local search_terms = {
  "billing", "coder", "remote", "patients", "it+support", "medical+records", "nurse", "interpreter",
  "compliance", "scheduling", "health+informatics", "privacy", "writer", "manager", "equipment", "data",
}

local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_index", thread_count - 1)
  table.insert(threads, thread)
end

local function client_address(k)
  -- k is 0-based; 0..253 -> 198.51.100.1..254, 254..507 -> 203.0.113.1..254, then wraps.
  k = k % 508
  if k < 254 then
    return "198.51.100." .. (k + 1)
  end
  return "203.0.113." .. (k - 253)
end

local requests_list -- pre-built request strings, see init()
local kinds         -- "page", "search" or "404" for each entry
local n_clients, n_slots
local counter = 0
statuses = {}       -- status code -> count (globals, so done() can read them with thread:get)
closes = 0          -- responses that carried "Connection: close" (a server draining or ending the connection)
sent = { page = 0, search = 0, ["404"] = 0 }
clients_first = 0
clients_count = 0

function init(args)
  local connections = tonumber(args[1] or "") or 1
  local encoding = args[2] or "br, gzip"
  local search_share = tonumber(args[3] or "") or 2
  local threads_total = tonumber(args[4] or "") or 2
  local clients = tonumber(args[5] or "") or connections
  local index = thread_index or 0

  -- This thread's block of client addresses.
  local per_thread = math.floor(clients / threads_total)
  local extra = clients % threads_total
  clients_count = per_thread + ((index < extra) and 1 or 0)
  clients_first = index * per_thread + math.min(index, extra)
  if clients_count < 1 then clients_count = 1 end

  -- The mix: rounds of 16 slots; SEARCH_SHARE of each 16 are searches, the rest walk the page list. There are
  -- as many rounds as it takes for every page to get a slot (the list is the site's, so its length varies).
  local slots = {}
  local page_i = 0
  local page_slots = math.max(16 - search_share, 1)
  local rounds = math.ceil(#pages / page_slots)
  for _ = 1, rounds do
    local search_i = 0
    for s = 0, 15 do
      if s % math.max(1, math.floor(16 / math.max(search_share, 1))) == 0 and search_i < search_share then
        search_i = search_i + 1
        table.insert(slots, "search")
      else
        table.insert(slots, pages[(page_i % #pages) + 1])
        page_i = page_i + 1
      end
    end
  end
  n_slots = #slots
  n_clients = clients_count

  requests_list, kinds = {}, {}
  for c = 0, n_clients - 1 do
    local headers = { ["X-Forwarded-For"] = client_address(clients_first + c), ["Accept"] = "text/html,application/xhtml+xml,*/*;q=0.8" }
    if encoding ~= "none" then headers["Accept-Encoding"] = encoding end
    for s = 1, n_slots do
      local path, kind = slots[s], "page"
      if path == "search" then
        -- Each client searches for different words as it goes.
        path = "/search?q=" .. search_terms[((c + s) % #search_terms) + 1]
        kind = "search"
      elseif path == INTENDED_404 then
        kind = "404"
      end
      local key = c * n_slots + (s - 1)
      requests_list[key] = wrk.format("GET", path, headers)
      kinds[key] = kind
    end
  end
end

function request()
  -- Request number i goes to client i mod N; that client's r-th request takes slot (client + r) mod slots,
  -- so every client walks the whole mix in order, starting at a different place.
  local client = counter % n_clients
  local round = math.floor(counter / n_clients)
  local slot = (client + round) % n_slots
  counter = counter + 1
  local key = client * n_slots + slot
  local kind = kinds[key]
  sent[kind] = sent[kind] + 1
  return requests_list[key]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  local connection = headers["Connection"] or headers["connection"]
  if connection and connection:lower() == "close" then closes = closes + 1 end
end

function done(summary, latency, requests)
  local totals, sent_totals = {}, { page = 0, search = 0, ["404"] = 0 }
  local clients, conn_close = 0, 0
  for _, thread in ipairs(threads) do
    conn_close = conn_close + (thread:get("closes") or 0)
    for code, count in pairs(thread:get("statuses") or {}) do
      totals[code] = (totals[code] or 0) + count
    end
    for kind, count in pairs(thread:get("sent") or {}) do
      sent_totals[kind] = (sent_totals[kind] or 0) + count
    end
    clients = clients + (thread:get("clients_count") or 0)
  end

  local seconds = summary.duration / 1e6
  local e = summary.errors
  local codes = {}
  for code in pairs(totals) do table.insert(codes, code) end
  table.sort(codes)

  local s2xx, s3xx, s404, s429, other = 0, 0, 0, 0, 0
  local breakdown = {}
  for _, code in ipairs(codes) do
    local count = totals[code]
    if code >= 200 and code < 300 then s2xx = s2xx + count
    elseif code >= 300 and code < 400 then s3xx = s3xx + count
    elseif code == 404 then s404 = s404 + count
    elseif code == 429 then s429 = s429 + count
    else other = other + count end
    if code >= 300 then table.insert(breakdown, code .. "=" .. count) end
  end
  -- A 404 beyond the number of requests for the intended 404 page would be a real page failing.
  local unexpected_404 = math.max(0, s404 - sent_totals["404"])
  local status_list = {}
  for _, code in ipairs(codes) do table.insert(status_list, code .. ":" .. totals[code]) end

  io.write(string.format("mix: %d simulated clients (X-Forwarded-For), %d requests sent: %d pages, %d searches, %d to the intended 404\n",
    clients, sent_totals.page + sent_totals.search + sent_totals["404"], sent_totals.page, sent_totals.search, sent_totals["404"]))
  io.write(string.format("status codes: %s\n", table.concat(status_list, " ")))
  io.write(string.format("non-2xx: %s\n", #breakdown > 0 and table.concat(breakdown, " ") or "none"))
  io.write(string.format(
    "ops-metrics: requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f connect=%d read=%d write=%d timeout=%d s2xx=%d s3xx=%d s404=%d s404_sent=%d unexpected_404=%d s429=%d other_non2xx=%d conn_close=%d bytes=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect, e.read, e.write, e.timeout, s2xx, s3xx, s404, sent_totals["404"], unexpected_404, s429, other, conn_close, summary.bytes))
end

-- wrk script: rotates over a mix of pages, like visitors browsing the site.
--   OPS_LIB=ops/lib PAGES_FILE=pages.txt wrk -t2 -c32 -d20s -s bench/mix.lua http://127.0.0.1:PORT
-- Search is rate limited per client address (30 burst, then 2/s), so each search request carries its own
-- X-Forwarded-For (10.<thread>.<n/256>.<n%256>: a new address for each of 65,536 searches per thread);
-- the app believes that header from loopback. No Accept-Encoding, like the other wrk runs.

-- Every kind of page (from PAGES_FILE: see ops/lib/pages.lua), and a search in every so many requests.
local paths = dofile(os.getenv("OPS_LIB") .. "/pages.lua")(os.getenv("PAGES_FILE"))
table.insert(paths, "/search?q=")
local queries = { "coding", "remote", "patients", "privacy", "data", "billing", "nurse", "manager" }

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  searches = 0
end

function request()
  counter = counter + 1
  local path = paths[(counter - 1) % #paths + 1]
  if path == "/search?q=" then
    searches = searches + 1
    path = path .. queries[(searches - 1) % #queries + 1]
    local address = string.format("10.%d.%d.%d", id % 256, math.floor(searches / 256) % 256, searches % 256)
    return wrk.format("GET", path, { ["X-Forwarded-For"] = address })
  end
  return wrk.format("GET", path)
end

-- The kinds of page a load mix walks, read from the file `NonClinicalGuide.Web.dll pages > FILE` writes (the
-- site's own list, which the warm-up, the browser tests and the page audits use too). Searches are left out:
-- each mix drives its own, with client addresses that keep the search rate limit out of the way.
--
--   local pages = dofile(os.getenv("OPS_LIB") .. "/pages.lua")(os.getenv("PAGES_FILE"))
return function(file)
  local handle = file and io.open(file, "r")
  if not handle then
    error("set PAGES_FILE to a file listing the site's pages (dotnet NonClinicalGuide.Web.dll pages > FILE)")
  end
  local pages = {}
  for line in handle:lines() do
    if line ~= "" and not line:match("^/search") then
      table.insert(pages, line)
    end
  end
  handle:close()
  if #pages == 0 then
    error("no pages in " .. file)
  end
  return pages
end

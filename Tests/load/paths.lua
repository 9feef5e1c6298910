-- wrk: spread requests over the kinds of files a reader fetches (pages, stylesheet, search index).
local paths = {}
for line in io.lines(os.getenv("CHRONICLE_LOAD_PATHS")) do paths[#paths + 1] = line end
local next_path = 0
request = function()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

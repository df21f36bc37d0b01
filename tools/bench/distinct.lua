-- wrk script of `make bench` (tools/bench/load.py): counts the answers by status and,
-- given a file of paths, sends a different one on every request.
--
--   wrk -s distinct.lua URL -- [PATHS_FILE [THREADS [CLIENTS]]]
--
-- PATHS_FILE: one path a line; thread n of THREADS sends lines n, n + THREADS, n + 2 ×
-- THREADS… so no path repeats until the file is used up (then it starts again; load.py
-- reports whether it did). CLIENTS > 0: each request carries X-Forwarded-For with one of
-- that many addresses, as a reverse proxy in front of many visitors would send it.
-- done() prints "status CODE: N" lines and "paths sent: N" for load.py to read.

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  if args[1] and args[1] ~= "" then
    for line in io.lines(args[1]) do
      if line ~= "" then paths[#paths + 1] = line end
    end
  end
  stride = tonumber(args[2] or "1")
  clients = tonumber(args[3] or "0")
  sent = 0
  statuses = {}
end

function request()
  local headers = nil
  if clients > 0 then
    local n = (sent * stride + id) % clients
    local address = string.format(
      "10.%d.%d.%d", math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256)
    headers = {["X-Forwarded-For"] = address}
  end
  local path = nil
  if #paths > 0 then path = paths[(sent * stride + id) % #paths + 1] end
  sent = sent + 1
  return wrk.format(nil, path, headers)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals, total_sent = {}, 0
  for _, thread in ipairs(threads) do
    for code, n in pairs(thread:get("statuses")) do
      totals[code] = (totals[code] or 0) + n
    end
    total_sent = total_sent + thread:get("sent")
  end
  for code, n in pairs(totals) do
    io.write(string.format("status %d: %d\n", code, n))
  end
  io.write(string.format("paths sent: %d\n", total_sent))
end

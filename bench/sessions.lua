-- Sends each request with one of several session cookies in turn, so that 16 clients are 16
-- people, as in real use, rather than one person's session shared by all (its row in
-- spring_session would then serialise every request). The cookies come from the file named in
-- the environment variable SESSIONS, one per line.
local sessions = {}
for line in io.lines(os.getenv("SESSIONS")) do
  sessions[#sessions + 1] = line
end
local next_session = 0

request = function()
  next_session = next_session % #sessions + 1
  return wrk.format(nil, nil, { ["Cookie"] = "SESSION=" .. sessions[next_session] })
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status %d, timeout %d)\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.errors.timeout))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d %.2f ms\n", p, latency:percentile(p) / 1000.0))
  end
  io.write(string.format("throughput %.0f requests/s\n", summary.requests / (summary.duration / 1e6)))
end

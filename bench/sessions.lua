-- Sends each request with one of several session cookies in turn, so that 16 clients are 16
-- people, as in real use, rather than one person's session shared by all (its row in
-- spring_session would then serialise every request). The cookies come from the file named in
-- the environment variable SESSIONS, one per line. The report is p95.lua's.
dofile("bench/p95.lua")

local sessions = {}
for line in io.lines(os.getenv("SESSIONS")) do
  sessions[#sessions + 1] = line
end
local next_session = 0

request = function()
  next_session = next_session % #sessions + 1
  return wrk.format(nil, nil, { ["Cookie"] = "SESSION=" .. sessions[next_session] })
end

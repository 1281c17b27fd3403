-- Shared by the scripts that keep a counter per thread: each wrk thread gets its number (1, 2, …) as the
-- global `thread_number`, set before its init().
local threads = {}

function setup(thread)
  thread:set("thread_number", #threads + 1)
  table.insert(threads, thread)
end

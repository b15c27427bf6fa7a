-- Deep recursion within Lua's limits, and the limits themselves.

local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print("deep", depth(150000))

local function tail(n, acc) if n == 0 then return acc end return tail(n - 1, acc + 1) end
print("tail", tail(3000000, 0))

local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print("ackermann", ack(2, 3), ack(3, 5))

local function hanoi(n, from, to, via, moves)
  if n == 0 then return moves end
  moves = hanoi(n - 1, from, via, to, moves)
  moves = moves + 1
  return hanoi(n - 1, via, to, from, moves)
end
print("hanoi", hanoi(18, "a", "c", "b", 0))

local function runaway(n) return 1 + runaway(n + 1) end
local ok, err = pcall(runaway, 1)
print("lua stack", ok, (err:gsub("^.-:%d+: ", "")))

local through_c = setmetatable({}, {})
getmetatable(through_c).__index = function(t, k)
  if k == 0 then return 0 end
  return t[k - 1] + 1
end
print("metamethod chain", through_c[150])
ok, err = pcall(function() return through_c[100000] end)
print("c stack", ok, (err:gsub("^.-:%d+: ", "")))

local function nested_pcall(n)
  if n == 0 then return "innermost" end
  local ok2, v = pcall(nested_pcall, n - 1)
  return v
end
print("nested pcall", nested_pcall(150))

local function gsub_nest(s, n)
  if n == 0 then return s end
  return (s:gsub("x", function(c) return gsub_nest(c, n - 1) end))
end
print("nested gsub", gsub_nest("x-x", 100))

local function sort_nest(n)
  if n == 0 then return 0 end
  local t = { 2, 1 }
  local inner = 0
  table.sort(t, function(a, b)
    inner = sort_nest(n - 1)
    return a < b
  end)
  return inner + 1
end
print("nested sort", sort_nest(60))

local function build(n) if n == 0 then return {} end return { next = build(n - 1) } end
local list = build(20000)
local len = 0
while list do len = len + 1; list = list.next end
print("list", len)

local nested = "return " .. string.rep("{", 150) .. string.rep("}", 150)
print("parse", type(load(nested)()))
local toodeep = "return " .. string.rep("(", 1000) .. "1" .. string.rep(")", 1000)
local f, perr = load(toodeep)
print("parser limit", f, perr:match("[^\n]*"))

local co_depth = 0
local function co_chain(n)
  if n == 0 then return "bottom" end
  co_depth = co_depth + 1
  return coroutine.wrap(function() return co_chain(n - 1) end)()
end
print("coroutine chain", co_chain(100), co_depth)

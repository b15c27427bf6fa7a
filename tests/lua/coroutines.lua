-- Coroutines: generators, passing values, status, errors, wrap and close.

local function gen(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i, i * i) end
    return "finished"
  end)
end
local g = gen(4)
for _ = 1, 5 do print(g()) end
print(pcall(g))

local co = coroutine.create(function(a, b)
  print("start", a, b)
  local c = coroutine.yield(a + b)
  print("got", c)
  local d, e = coroutine.yield(c * 2)
  print("got", d, e)
  return d + e, "end"
end)
print(coroutine.status(co))
print(coroutine.resume(co, 1, 2))
print(coroutine.status(co))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 3, 4))
print(coroutine.status(co), coroutine.resume(co))

local function producer()
  return coroutine.create(function()
    for _, item in ipairs({ "alpha", "beta", "gamma", "delta" }) do coroutine.yield(item) end
  end)
end
local function filter(src)
  return coroutine.create(function()
    while true do
      local ok, item = coroutine.resume(src)
      if not item then return end
      if #item > 4 then coroutine.yield(item:upper()) end
    end
  end)
end
local f = filter(producer())
while true do
  local _, item = coroutine.resume(f)
  if not item then break end
  io.write(item, " ")
end
print()

print(coroutine.isyieldable(), type(coroutine.running()))
local main, ismain = coroutine.running()
print(type(main), ismain)
local inner = coroutine.create(function()
  local _, im = coroutine.running()
  return coroutine.isyieldable(), im
end)
print(coroutine.resume(inner))

local across = coroutine.create(function()
  local ok, v = pcall(function()
    local got = coroutine.yield("from inside pcall")
    if got == "fail" then error("failed after yield", 0) end
    return got
  end)
  coroutine.yield(tostring(ok) .. ":" .. tostring(v))
  local ok2, v2 = pcall(function() return coroutine.yield("again") end)
  return ok2, v2
end)
print(coroutine.resume(across))
print(coroutine.resume(across, "fail"))
print(coroutine.resume(across))
print(coroutine.resume(across, "last"))

local sorter = coroutine.wrap(function()
  local t = { 5, 3, 8, 1 }
  table.sort(t, function(a, b) return a < b end)
  for _, v in ipairs(t) do coroutine.yield(v) end
end)
print(sorter(), sorter(), sorter(), sorter())

local gsubco = coroutine.wrap(function()
  return (("abc"):gsub(".", function(c) return c:upper() end))
end)
print(gsubco())
print(pcall(coroutine.wrap(function()
  table.sort({ 3, 2, 1 }, function(a, b) coroutine.yield() end)
end)))

local dead = coroutine.create(function() return 1 end)
coroutine.resume(dead)
print(coroutine.resume(dead))
print(pcall(coroutine.resume, 1))

local suspended = coroutine.create(function()
  local r <close> = setmetatable({}, { __close = function() print("closed resource") end })
  coroutine.yield(1)
end)
coroutine.resume(suspended)
print(coroutine.close(suspended), coroutine.status(suspended))
local broken = coroutine.create(function() error("oops", 0) end)
coroutine.resume(broken)
print(coroutine.close(broken))

local function fibgen()
  local a, b = 0, 1
  return coroutine.wrap(function()
    while true do
      coroutine.yield(a)
      a, b = b, a + b
    end
  end)
end
local fg = fibgen()
local fibs = {}
for i = 1, 30 do fibs[i] = fg() end
print(table.concat(fibs, " ", 25, 30))

local cos = {}
for i = 1, 200 do
  cos[i] = coroutine.create(function(x)
    local s = x
    while true do s = s + coroutine.yield(s) end
  end)
  coroutine.resume(cos[i], i)
end
local sum = 0
for round = 1, 10 do
  for i = 1, #cos do
    local _, v = coroutine.resume(cos[i], round)
    sum = sum + v
  end
end
print("many coroutines", sum)

local function deep(n) if n == 0 then return coroutine.yield("deep") end return deep(n - 1) end
local dc = coroutine.wrap(function() return deep(5000) end)
print(dc(), dc("back"))

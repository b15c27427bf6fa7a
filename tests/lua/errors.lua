-- Errors: error values, levels, nested protected calls and handlers.
-- Every protected call that fails unwinds the C stack with longjmp.

print(pcall(error, "plain"))
print(pcall(error, "no position", 0))
print(pcall(function() error("with position") end))
print(pcall(function() error("level two", 2) end))
print(pcall(error))
print(pcall(error, nil))
print(select("#", pcall(error)))

local E = {}
E.__index = E
E.__tostring = function(e) return "E(" .. e.code .. ": " .. e.msg .. ")" end
local function fail(code, msg) error(setmetatable({ code = code, msg = msg }, E)) end
local ok, err = pcall(fail, 404, "not found")
print(ok, type(err), getmetatable(err) == E, err.code, err.msg, tostring(err))
ok, err = pcall(error, { 1, 2, 3 })
print(ok, type(err), #err)
ok, err = pcall(error, 42)
print(ok, err, math.type(err))

print(pcall(function() local t = nil; return t.field end))
print(pcall(function() return undefined_global.x end))
print(pcall(function() return 1 + {} end))
print(pcall(function() return "abc" + 1 end))
print(pcall(function() return #5 end))
print(pcall(function() return {} < {} end))
print(pcall(function() return 1 < "2" end))
print(pcall(function() local s = "x"; return s:nomethod() end))
print(pcall(function() return math.floor("a") end))
print(pcall(string.rep, "x", -1, {}))
print(pcall(setmetatable, 1, {}))
print(pcall(function() return ("x"):bad() end))
print(pcall(function() undefined_function() end))
print(pcall(function() local a = {} ; a.b.c = 1 end))
print(pcall(function() return 2 ^ "x" end))
print(pcall(function() return 1 & 1.5 end))
print(pcall(function() return math.maxinteger // 0 end))
print(pcall(assert, false))
print(pcall(assert, nil, "assertion message"))
print(pcall(assert, 1, 2, 3))
print(pcall(tostring))

local depth = 0
local function nest(n)
  depth = depth + 1
  if n == 0 then error("bottom reached") end
  local ok2, e = pcall(nest, n - 1)
  error("level " .. n .. " <- " .. (n > 3 and "..." or tostring(e)), 0)
end
print(pcall(nest, 6))
print("depth", depth)

local trail = {}
local function handler(e) trail[#trail + 1] = "handled"; return "H:" .. tostring(e) end
print(xpcall(function() error("in xpcall") end, handler))
print(xpcall(function(a, b) return a + b end, handler, 3, 4))
print(xpcall(function() error({}) end, function(e) return type(e) end))
print(xpcall(function() error("first") end, function(e) error("handler fails") end))
print(table.concat(trail, ","))

local tb
xpcall(function() local x = nil; return x() end, function(e) tb = debug.traceback(e, 1) end)
print((tb:gsub("\n%s*%[C%]: in %?", "")))

local function retry(times)
  local attempts = 0
  while true do
    attempts = attempts + 1
    local ok3, e = pcall(function()
      if attempts < times then error({ attempt = attempts }) end
      return "done after " .. attempts
    end)
    if ok3 then return e end
  end
end
print(retry(50))

local total = 0
for i = 1, 2000 do
  local ok4 = pcall(function()
    local ok5 = pcall(error, i)
    if i % 2 == 0 then error("even") end
    return ok5
  end)
  if not ok4 then total = total + 1 end
end
print("failures", total)

local closed = {}
local function withclose()
  local res <close> = setmetatable({}, { __close = function(_, e) closed[#closed + 1] = tostring(e) end })
  error("closing error", 0)
end
print(pcall(withclose))
print(table.concat(closed, ";"))

local co = coroutine.create(function() error({ from = "coroutine" }) end)
local cok, cerr = coroutine.resume(co)
print(cok, cerr.from, coroutine.status(co))
print(pcall(coroutine.wrap(function() error("wrapped", 0) end)))

print(select(2, load("x = = 1")))
print(select(2, load("return 1 +", "=chunk")))
print(pcall(load("error('from loaded chunk')", "@loaded.lua")))
local env = { print = print }
print(pcall(load("y = 5; return y + (z or 1)", "env", "t", env)), env.y, y)

print(string.format("%s", select(2, pcall(error, setmetatable({}, { __tostring = function() return "custom" end })))))
warn("@on")
warn("@off")
print("end")

-- Closures and upvalues, varargs, goto, load with environments.

local function counter(start)
  local n = start
  return function(step) n = n + (step or 1); return n end, function() return n end
end
local inc, get = counter(10)
inc(); inc(5)
local inc2 = counter(0)
inc2()
print(get(), inc2(), get())

local fns = {}
for i = 1, 5 do fns[i] = function() return i * 10 end end
local out = {}
for i = 1, 5 do out[i] = fns[i]() end
print(table.concat(out, " "))

local shared = {}
do
  local v = 0
  for i = 1, 3 do
    shared[i] = { set = function(x) v = x end, get = function() return v + i end }
  end
end
shared[1].set(100)
print(shared[1].get(), shared[2].get(), shared[3].get())

local function memo(f)
  local cache, calls = {}, 0
  return function(n)
    if cache[n] == nil then calls = calls + 1; cache[n] = f(n) end
    return cache[n]
  end, function() return calls end
end
local slowsq, callsf = memo(function(n) return n * n end)
for _ = 1, 3 do for i = 1, 10 do slowsq(i) end end
print(slowsq(9), callsf())

local function compose(...)
  local fs = table.pack(...)
  return function(x)
    for i = fs.n, 1, -1 do x = fs[i](x) end
    return x
  end
end
print(compose(function(x) return x + 1 end, function(x) return x * 2 end, math.abs)(-5))

local function va(...)
  local a, b = ...
  return select("#", ...), a, b, (select("#", ...) > 0 and select(-1, ...) or "none"), ...
end
print(va())
print(va(1, nil, 3))
print((va(1, 2, 3)))
print(select(2, "a", "b", "c"), select("#"), pcall(select, 0))
local function sum(...)
  local s = 0
  for _, v in ipairs({ ... }) do s = s + v end
  return s
end
print(sum(1, 2, 3, 4, 5), sum())
local big = {}
for i = 1, 200 do big[i] = i end
print(sum(table.unpack(big)), select("#", table.unpack(big)))

local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(20), fact(21) == fact(20) * 21)

local odd
local function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(1000), odd(777))

for i = 1, 10 do
  if i % 3 ~= 0 then goto continue end
  io.write(i, " ")
  ::continue::
end
print()
do
  local k = 0
  ::top::
  k = k + 1
  if k < 5 then goto top end
  print("goto loop", k)
end

local Account = {}
Account.__index = Account
function Account.new(b) return setmetatable({ balance = b }, Account) end
function Account:deposit(v) self.balance = self.balance + v; return self end
function Account:withdraw(v)
  if v > self.balance then error("insufficient funds", 2) end
  self.balance = self.balance - v
  return self
end
local Special = setmetatable({}, { __index = Account })
Special.__index = Special
function Special.new(b, limit) local o = Account.new(b); o.limit = limit; return setmetatable(o, Special) end
function Special:withdraw(v)
  if v - self.balance >= self.limit then error("over limit", 2) end
  self.balance = self.balance - v
  return self
end
local acc = Account.new(100):deposit(50):withdraw(30)
print(acc.balance, pcall(acc.withdraw, acc, 1000))
local sp = Special.new(10, 100):deposit(5):withdraw(50)
print(sp.balance, getmetatable(sp) == Special, pcall(sp.withdraw, sp, 500))

local env = { x = 2 }
local chunk = load("x = x * 21; return x", "chunk", "t", env)
print(chunk(), env.x, x)
local parts = { "return ", "1 ", "+ ", "41" }
local idx = 0
print(load(function() idx = idx + 1; return parts[idx] end)())
local bin = string.dump(function(a, b) return a * b + 1 end)
print(type(bin), load(bin, "bin", "b")(6, 7), pcall(load, bin, "bin", "t"))
print(load("return ...", "varargs")(1, 2, 3))

local function make_adders()
  local list = {}
  for _, step in ipairs({ 1, 10, 100 }) do
    list[#list + 1] = function(v) return v + step end
  end
  return list
end
local r = {}
for _, f in ipairs(make_adders()) do r[#r + 1] = f(1) end
print(table.concat(r, ","))

local upv = 0
local function bump() upv = upv + 1 end
for _ = 1, 1000 do bump() end
print("upvalue", upv, debug.getupvalue(bump, 1))
debug.setupvalue(bump, 1, 41)
bump()
print(upv)

local t = setmetatable({}, { __index = function(t, k) local v = k * 2; rawset(t, k, v); return v end })
print(t[21], rawget(t, 21), rawget(t, 22))
local s = 0
for i = 1, 10 do s = s + t[i] end
print(s)

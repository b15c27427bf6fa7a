-- Tables: sorting, concatenation, insertion and removal, iteration, metatables.

local people = {
  { name = "ana", age = 31 }, { name = "bob", age = 25 }, { name = "cid", age = 31 },
  { name = "dee", age = 19 }, { name = "eve", age = 25 }, { name = "fay", age = 40 },
}
table.sort(people, function(a, b)
  if a.age ~= b.age then return a.age > b.age end
  return a.name < b.name
end)
for i, p in ipairs(people) do io.write(i, "=", p.name, "/", p.age, " ") end
print()

local nums = {}
local x = 12345
for i = 1, 500 do
  x = (x * 1103515245 + 12345) % 2147483648
  nums[i] = x % 1000
end
table.sort(nums)
local ok = true
for i = 2, #nums do if nums[i - 1] > nums[i] then ok = false end end
print("sorted", ok, nums[1], nums[250], nums[500])
table.sort(nums, function(a, b) return a > b end)
print("desc", nums[1], nums[500])
local strs = { "pear", "Apple", "fig", "banana", "apple", "Fig" }
table.sort(strs)
print(table.concat(strs, " "))
table.sort(strs, function(a, b) return a:lower() < b:lower() or (a:lower() == b:lower() and a < b) end)
print(table.concat(strs, " "))
print(pcall(table.sort, { 3, 1, "x" }))

local t = { 1, 2, 3 }
table.insert(t, 4)
table.insert(t, 1, 0)
table.insert(t, 3, 1.5)
print(table.concat(t, ","), #t)
print(table.remove(t), table.remove(t, 1), table.remove(t, 2), table.concat(t, ","))
print(table.concat({}, "x"), table.concat({ 1, 2, 3 }, ", ", 2, 3), table.concat({ "a", "b" }))
print(pcall(table.concat, { 1, {}, 3 }))
print(table.unpack({ 1, 2, 3 }), table.unpack({ 1, 2, 3 }, 2), select("#", table.unpack({}, 1, 3)))
local packed = table.pack(1, nil, 3, nil)
print(packed.n, packed[1], packed[2], packed[3])
print(table.concat(table.move({ 1, 2, 3, 4, 5 }, 2, 4, 1), ","))
print(table.concat(table.move({ 1, 2, 3 }, 1, 3, 3), ","))

local counts = {}
local text = "the cat and the dog and the bird"
for w in text:gmatch("%a+") do counts[w] = (counts[w] or 0) + 1 end
local keys = {}
for k in pairs(counts) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do io.write(k, ":", counts[k], " ") end
print()

local big = {}
for i = 1, 1000 do big[i] = i * i end
for i = 1, 1000, 3 do big["k" .. i] = i end
local n, sumv, sumk = 0, 0, 0
for k, v in pairs(big) do
  n = n + 1
  sumv = sumv + v
  if type(k) == "number" then sumk = sumk + k end
end
print("pairs", n, sumv, sumk, #big)
for i = 1, 1000, 2 do big[i] = nil end
n = 0
for _ in pairs(big) do n = n + 1 end
print("after removal", n)
print(next({}), type(next({ a = 1 })), rawlen({ 1, 2 }), rawequal(big, big))

local mixed = { 10, 20, 30, nil, 50 }
local c = 0
for _ in ipairs(mixed) do c = c + 1 end
print("ipairs stops", c)

local Vec = {}
Vec.__index = Vec
function Vec.new(x, y) return setmetatable({ x = x, y = y }, Vec) end
function Vec.__add(a, b) return Vec.new(a.x + b.x, a.y + b.y) end
function Vec.__mul(a, k) return Vec.new(a.x * k, a.y * k) end
function Vec.__eq(a, b) return a.x == b.x and a.y == b.y end
function Vec.__lt(a, b) return a:len2() < b:len2() end
function Vec.__le(a, b) return a:len2() <= b:len2() end
function Vec.__tostring(v) return "(" .. v.x .. "," .. v.y .. ")" end
function Vec.__len(v) return 2 end
function Vec.__concat(a, b) return tostring(a) .. tostring(b) end
function Vec.__unm(v) return Vec.new(-v.x, -v.y) end
function Vec:len2() return self.x * self.x + self.y * self.y end
local a, b = Vec.new(1, 2), Vec.new(3, 4)
print(tostring(a + b), tostring(a * 3), a == Vec.new(1, 2), a < b, b <= a, #a, a .. b, tostring(-a))

local defaults = setmetatable({}, { __index = function(_, k) return k .. "?" end })
print(defaults.foo, defaults[1], rawget(defaults, "foo"))
local log = {}
local proxy = setmetatable({}, { __newindex = function(t, k, v) log[#log + 1] = k; rawset(t, k, v * 2) end })
proxy.a = 1
proxy.b = 2
proxy.a = 5
print(proxy.a, proxy.b, table.concat(log, ","))
local callable = setmetatable({}, { __call = function(self, p, q) return p + q end })
print(callable(2, 3))
local ro = setmetatable({}, { __index = { k = 1 }, __newindex = function() error("read-only", 2) end })
print(ro.k, pcall(function() ro.z = 1 end))

local order = {}
do
  local h1 <close> = setmetatable({}, { __close = function() order[#order + 1] = "h1" end })
  local h2 <close> = setmetatable({}, { __close = function() order[#order + 1] = "h2" end })
  order[#order + 1] = "body"
end
print(table.concat(order, " "))

local finalized = {}
do
  for i = 1, 5 do setmetatable({}, { __gc = function() finalized[#finalized + 1] = i end }) end
end
collectgarbage()
collectgarbage()
table.sort(finalized)
print("finalized", table.concat(finalized, ","))
local weak = setmetatable({}, { __mode = "k" })
weak[{}] = 1
local keep = {}
weak[keep] = 2
collectgarbage()
local wn = 0
for _ in pairs(weak) do wn = wn + 1 end
print("weak", wn)

local matrix = {}
for i = 1, 5 do
  matrix[i] = {}
  for j = 1, 5 do matrix[i][j] = (i - 1) * 5 + j end
end
local rows = {}
for i = 1, 5 do rows[i] = table.concat(matrix[i], " ") end
print(table.concat(rows, " / "))

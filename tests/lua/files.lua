-- Reads the data file named by the first argument with io.lines and io.open.
local path = assert(arg[1], "usage: files.lua DATAFILE")

local names, qty, value, blank, comments = {}, 0, 0.0, 0, 0
local lineno = 0
for line in io.lines(path) do
  lineno = lineno + 1
  if line == "" then
    blank = blank + 1
  elseif line:sub(1, 1) == "#" then
    comments = comments + 1
  else
    local name, q, price = line:match("^(%S+)%s+(%S+)%s+(%S+)")
    names[#names + 1] = name
    qty = qty + math.tointeger(tonumber(q))
    value = value + tonumber(q) * tonumber(price)
  end
end
print(lineno, blank, comments, #names, qty, string.format("%.4f", value))
print(table.concat(names, ","))

local f = assert(io.open(path, "r"))
local header = f:read("l")
print(header)
local nums = {}
while true do
  local word = f:read(0) and f:read("l")
  if not word then break end
  local n = 0
  for num in word:gmatch("%s(%S+)") do n = n + (tonumber(num) and 1 or 0) end
  nums[#nums + 1] = n
end
print(table.concat(nums, ""))
print(f:read("a") == "", f:read("l"), f:read(0))
local size = f:seek("end")
f:seek("set")
local all = f:read("a")
print(size, #all, select(2, all:gsub("\n", "")))
f:seek("set", 39)
print(f:read("n", "n"), f:read(1), f:read("n"))
f:close()

local longest, total = "", 0
for l in io.lines(path, "L") do
  total = total + #l
  if #l > #longest then longest = l end
end
print(total, (longest:gsub("\n", "\\n")))
for a, b, c in io.lines(path, 2, 3, 1) do io.write(a, "|", b, "|", c, ";") break end
print()
local words = 0
for l in io.lines(path) do for _ in l:gmatch("%a+") do words = words + 1 end end
print("words", words)

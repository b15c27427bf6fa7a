-- Building big strings and tables: the heap grows to tens of megabytes.

local function checksum(s)
  local h = 0
  for i = 1, #s, 997 do h = (h * 31 + s:byte(i)) % 1000000007 end
  return h
end

local parts = {}
for i = 1, 200000 do parts[i] = string.format("%06d;", i) end
local s = table.concat(parts)
print("concat", #s, checksum(s), s:sub(1, 21), s:sub(-14))

local acc = ""
for i = 1, 3000 do acc = acc .. tostring(i % 10) end
print("append", #acc, checksum(acc))

local big = string.rep("abcdefghij", 2000000)
print("rep", #big, checksum(big), big:sub(-3))
local upper = big:upper()
print("upper", #upper, upper:sub(1, 12))
upper = nil
local count = select(2, big:gsub("j", "j"))
print("gsub count", count)
local pos, found = 1, 0
while true do
  local a = big:find("ja", pos, true)
  if not a then break end
  found = found + 1
  pos = a + 1
  if found >= 100000 then break end
end
print("finds", found, pos)
big = nil

local buf = {}
local total = 0
for round = 1, 20 do
  local chunk = {}
  for i = 1, 10000 do chunk[i] = round * i end
  local line = table.concat(chunk, ",")
  total = total + #line
  buf[#buf + 1] = line
end
local joined = table.concat(buf, "\n")
print("joined", #joined, total + 19, checksum(joined))

local t = {}
for i = 1, 2000000 do t[i] = i end
local sum = 0
for i = 1, #t, 3 do sum = sum + t[i] end
print("table", #t, sum)
t = nil

local keys = {}
for i = 1, 200000 do keys["key" .. i] = i end
local ksum = 0
for k, v in pairs(keys) do ksum = ksum + v + #k end
print("hash", ksum)
keys = nil
collectgarbage()
collectgarbage()

local growing = {}
for i = 1, 40 do growing[i] = string.rep(string.char(64 + i % 26), 1000000) end
local gl = 0
for i = 1, #growing do gl = gl + #growing[i] end
print("40 MB", gl, growing[40]:sub(1, 3))
growing = nil
collectgarbage()
print(collectgarbage("count") > 0, collectgarbage("isrunning"))

-- Reads its own source through the path it was started with.
local me = arg[0]
local src = debug.getinfo(1, "S").source
print(src == "@" .. me, src:sub(1, 1))
local f = assert(io.open(me, "rb"))
local text = f:read("a")
f:close()
local lines = select(2, text:gsub("\n", "\n"))
print("lines", lines, "bytes", #text)
print(text:match("^[^\n]*"))
local n = 0
for l in io.lines(me) do if l:find("selfread", 1, true) then n = n + 1 end end
print("mentions", n)
print(load(text:match("local function%s+twice.-\nend") .. "\nreturn twice(21)")())
local function twice(x)
  return x * 2
end
print(twice(4), #arg, ...)

-- Reads numbers and lines from stdin.
local a, b = io.read("n", "n")
print("numbers", a, b, math.type(a), math.type(b))
print("rest of line", io.read("L"))
local count, chars = 0, 0
for line in io.lines() do
  count = count + 1
  chars = chars + #line
  if count <= 3 then print(count, line:upper()) end
end
print("lines", count, "chars", chars, io.read("l"), io.read("a"))

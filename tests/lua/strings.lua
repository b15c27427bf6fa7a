-- String library: formatting, patterns, substitution and byte handling.

print(string.format("%d|%5d|%-5d|%05d|%+d", 42, 42, 42, 42, 42))
print(string.format("%x|%X|%#x|%o|%c%c%c", 255, 255, 255, 8, 76, 117, 97))
print(string.format("%.3f|%10.2f|%-10.1f|%e|%.3E", math.pi, -2.5, 1 / 3, 12345.678, 0.000123))
print(string.format("%g|%g|%g|%g|%.10g", 1e20, 0.1, 100000, 1e-5, 2 / 3))
print(string.format("%s|%10s|%-10s|%.2s", "abc", "right", "left", "truncate"))
print(string.format("%q", 'a "quoted"\n\0 string\\ with \r control\1chars'))
print(string.format("%q|%q", 1 << 62, math.mininteger))
print(string.format("%i %u", -7, 7))
print(string.format("%5.1s|", "xyz"))
print(string.format("%%|%s|%s|%s", nil, true, 12.0))
print(tostring(1e15), tostring(1e16), tostring(-0.0), tostring(2 ^ 63), 10 // 3, 10 / 2)
print(#string.format("%099d", 7))

print(("hello world"):find("o w"), ("hello world"):find("o", 6), ("a.b"):find(".", 1, true))
print(("hello"):find("l+"), ("hello"):find("xyz"), ("hello"):find(""), ("hello"):find("", 10))
print(("key = value"):match("(%w+)%s*=%s*(%w+)"))
print(("  trim me  "):match("^%s*(.-)%s*$") .. "|")
print(("2024-01-15"):match("(%d+)-(%d+)-(%d+)"))
print(("hello"):match("()ll()"))
print(("THE (quick) [brown] {fox}"):gsub("%b()", "<>"))
print(("THE (quick) fox"):find("%f[%a]%a+%f[%A]", 5))
print(("one two  three"):gsub("%s+", "_"))
print(("hello world"):gsub("o", "0", 1))
print(("hello world"):gsub("(%w+)", "<%1>"))
print(("hello world"):gsub("%w+", function(w) return w:upper() end))
print(("$name is $age"):gsub("%$(%w+)", { name = "Lua", age = 30 }))
print(("abc"):gsub("", "-"))
print(("x = 1, y = 22, z = 333"):gsub("(%w+) = (%d+)", "%2=%1"))
print(pcall(string.gsub, "abc", "(", "x"))
print(pcall(string.rep))

local words = {}
for w in ("the quick brown fox jumps over the lazy dog"):gmatch("%a+") do
  words[#words + 1] = w
end
print(#words, table.concat(words, ","))
for k, v in ("a=1, b=2, c=3"):gmatch("(%w+)=(%w+)") do io.write(k, "->", v, ";") end
print()

print(("ab"):rep(3), ("ab"):rep(3, "-"), ("x"):rep(0), ("x"):rep(-1) == "")
print(("Lua"):byte(), ("Lua"):byte(1, -1), ("Lua"):byte(10))
print(string.char(72, 105, 33), #string.char(0, 1, 2, 255))
print(("Hello"):upper(), ("Hello"):lower(), ("Hello"):reverse(), ("Hello"):len())
print(("abcdef"):sub(2, 4), ("abcdef"):sub(-3), ("abcdef"):sub(-100, 2), ("abcdef"):sub(5, 2) == "")
print(#"a\0b\0c", ("a\0b"):byte(2), ("%d"):format(3))
print(("%s=%s"):rep(2, ","):format("a", 1, "b", 2))
print(tostring(12):len(), ("10" + 5), "3" * "4", 10 .. 20)

local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local s = table.concat(all)
local sum = 0
for i = 1, #s do sum = sum + s:byte(i) * i end
print(#s, sum, s:find("%z"), s:find("%c+"))
print(s:upper():sub(97, 123), s:lower():sub(65, 91))

print(utf8.char(72, 228, 8364, 128512), utf8.len("häll€"), #utf8.char(128512))
for p, c in utf8.codes("aé€") do io.write(p, ":", c, " ") end
print()
print(utf8.codepoint("häll€", 1, -1))
print(utf8.offset("aé€x", 3), utf8.len("\xff"), utf8.charpattern)

local packed = string.pack("<i4 >I2 b z s1 d", -2, 513, -1, "zero", "pre", 1.5)
print(#packed, (packed:gsub(".", function(c) return string.format("%02x", c:byte()) end)))
print(string.unpack("<i4 >I2 b z s1 d", packed))
print(string.packsize("i4 i8 d b h"), string.unpack("<i8", string.pack("<i8", math.mininteger)))

local t = {}
for i = 1, 20 do t[i] = string.format("%3d:%-4s|", i, string.rep("*", i % 5)) end
print(table.concat(t))
print(("CamelCaseString"):gsub("(%u)", " %1"):sub(2))
print(select("#", ("a,b,,c"):gsub(",", ";")))
print(string.format("[%s]", ("x"):rep(70, "y")))

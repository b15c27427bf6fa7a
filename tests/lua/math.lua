-- Numbers: integer and float arithmetic, conversions, and the math library.

print(7 // 2, -7 // 2, 7 // -2, 7.0 // 2, -7.5 // 2, 7 % 3, -7 % 3, 7 % -3, 7.5 % 2, -7.5 % 2)
print(7 / 2, 6 / 2, 1 / 3, 2 ^ 10, 2 ^ 0.5, 10 // 0.0, -10 // 0.0, 1 / 0, -1 / 0)
print(pcall(function() return 5 // 0 end))
print(pcall(function() return 5 % 0 end))
local nan = 0 / 0
print(nan ~= nan, nan == nan, math.huge > math.maxinteger, -math.huge < math.mininteger)
print(math.maxinteger, math.mininteger, math.maxinteger + 1 == math.mininteger, math.mininteger // -1)
print(math.maxinteger * 2, math.abs(math.mininteger), -math.mininteger == math.mininteger)
print(1 << 62, 1 << 63, 1 << 64, -1 >> 1, -1 >> 63, 5 & 3, 5 | 3, 5 ~ 3, ~0, 3 << -1)
print(math.floor(3.7), math.floor(-3.7), math.ceil(3.2), math.ceil(-3.2), math.floor(5), math.type(math.floor(2.0 ^ 70)))
print(math.max(3, 7, 1), math.min(3, 7, 1), math.max(1.5, 2), math.min(-0.0, 0.0), math.max(2, 2.0))
print(math.tointeger(3.0), math.tointeger(3.5), math.tointeger("8"), math.tointeger(2 ^ 63), math.tointeger(-2 ^ 63))
print(math.type(1), math.type(1.0), math.type("1"), math.type(2 ^ 31), math.type(1 // 1), math.type(1.0 // 1))
print(math.abs(-3), math.abs(-3.5), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3.5), math.fmod(-6, 2))
print(pcall(math.fmod, 1, 0))
print(math.sqrt(16), math.sqrt(2), math.ult(1, -1), math.ult(-1, 1))
print(string.format("%.12f %.12f %.12f", math.sin(1), math.cos(1), math.tan(0.5)))
print(string.format("%.12f %.12f %.12f %.12f", math.exp(1), math.log(10), math.log(8, 2), math.log(100, 10)))
print(string.format("%.12f %.12f %.12f", math.atan(1, 2), math.asin(0.5), math.acos(0.5)))
print(math.pi, -math.pi, math.huge, -math.huge)
print(3 == 3.0, 1 < 1.5, math.maxinteger < 2 ^ 63, math.maxinteger + 0.0 == 2 ^ 63, 2 ^ 53 == 2 ^ 53 + 1)
print(1e308 * 10, -1e308 * 10, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 100 * 1.1, 1e100, 123456789012345678)

print("10" + 1, "0x10" + 0, "1e2" + 0, " 5 " * 2, "3.0" + 1, 10 .. "")
print(tonumber("  12  "), tonumber("0x1p4"), tonumber("1e"), tonumber(""), tonumber("0x"), tonumber(" -0x10 "))
print(tonumber("z", 36), tonumber("ff", 16), tonumber("777", 8), tonumber("102", 2), tonumber("7fffffffffffffff", 16))
print(tonumber("ffffffffffffffff", 16), tonumber("9223372036854775807"), tonumber("9223372036854775808"))
print(tonumber(".5"), tonumber("5."), tonumber("1e+2"), tonumber("inf"), tonumber("nan"), tonumber("0x.8"))
print(tostring(3) == "3", tostring(3.0), tostring(-0.0), tostring(1e300 * 1e10), math.floor(-0.0))
print(string.format("%d", 3.0), pcall(string.format, "%d", 3.5))
print(8 // 3 * 3 + 8 % 3, -8 // 3 * 3 + -8 % 3, 2 ^ -1, (-2) ^ 2, -2 ^ 2)

local acc = 0
for i = 1, 100000 do acc = acc + i * i % 7 end
print("loop", acc)
local facc = 0.0
for i = 1, 1000 do facc = facc + 1 / i end
print(string.format("harmonic %.12f", facc))
local wrap = 1
for _ = 1, 70 do wrap = wrap * 3 end
print("wrapped", wrap)
for i = 10, 1, -3 do io.write(i, " ") end
for f = 0, 1, 0.25 do io.write(f, " ") end
print()
print(pcall(function() for i = 1, 10, 0 do end end))

math.randomseed(42)
local r = {}
for i = 1, 8 do r[i] = math.random(1, 1000) end
print("random", table.concat(r, " "))
math.randomseed(42)
print(math.random(1, 1000) == r[1], math.random(0) ~= nil)
local f = math.random()
print(f >= 0 and f < 1, math.type(math.random(5)))
math.randomseed(7, 3)
print(math.random(100), math.random(100), math.random(1 << 40))
print(pcall(math.random, 2, 1))

local function gcd(m, n) while n ~= 0 do m, n = n, m % n end return m end
print(gcd(1071, 462), gcd(2 ^ 40 // 1, 6 ^ 10 // 1))
local primes = {}
for n = 2, 200 do
  local isp = true
  for d = 2, math.floor(math.sqrt(n)) do if n % d == 0 then isp = false break end end
  if isp then primes[#primes + 1] = n end
end
print(#primes, primes[#primes], table.concat(primes, " ", 1, 10))

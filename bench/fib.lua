-- Recursive Fibonacci: a CPU-bound workload of calls and integer arithmetic.
-- Usage: lua fib.lua N   (N defaults to 32)
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end

local n = tonumber(arg and arg[1]) or 32
print(string.format("fib(%d) = %d", n, fib(n)))

-- An uncaught error at top level.
io.write("before the error\n")
local function inner() error("top-level failure: " .. 6 * 7) end
inner()
print("not reached")

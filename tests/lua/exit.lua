-- os.exit with a status, after output that is still buffered.
io.stdout:setvbuf("full")
io.write("buffered output without newline")
local mode = arg[1]
if mode == "true" then os.exit(true) elseif mode == "false" then os.exit(false) end
os.exit(tonumber(mode) or 3)

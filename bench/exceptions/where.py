#!/usr/bin/env python3
"""Makes the variants of hot.cpp's module that say where the cost of
exceptions goes in its hot loop (bench/exceptions/where.sh).

Usage: where.py IN.wat OUT_DIR
IN is `wasm-dis` output of hot.cpp built with exceptions and -g2 (names
kept). Writes, as text for `wasm-as`:
  asbuilt.wat   the module unchanged;
  sunk.wat      step() reads __stack_pointer at the start of its try, on
                the throw path, instead of at its entry on every call;
  notry.wat     as sunk.wat, and main's loop calls step() outside any try.
"""
import re
import sys


def node_end(text, start):
    """The index just past the s-expression that opens at `start`."""
    depth = 0
    i = start
    in_string = False
    while i < len(text):
        c = text[i]
        if in_string:
            if c == "\\":
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    sys.exit("where.py: unbalanced module text")


def function(text, prefix):
    """(start, end) of the first function whose name starts with `prefix`."""
    start = text.find(f"(func ${prefix}")
    if start < 0:
        sys.exit(f"where.py: no function named {prefix}...")
    return start, node_end(text, start)


def sink_stack_pointer(text):
    start, end = function(text, "step")
    body = text[start:end]
    saved = re.search(r"\(local\.set (\$\d+)\s*\(global\.get \$__stack_pointer\)\s*\)", body)
    if not saved:
        sys.exit("where.py: step() does not save __stack_pointer at its entry")
    local = saved.group(1)
    body = body[: saved.start()] + body[saved.end() :]
    first_try = re.search(r"\(try \$[\w$]+\s*\(do", body)
    if not first_try:
        sys.exit("where.py: step() has no try")
    put = f" (local.set {local} (global.get $__stack_pointer))"
    body = body[: first_try.end()] + put + body[first_try.end() :]
    return text[:start] + body + text[end:]


def drop_loop_try(text):
    start, end = function(text, "main")
    body = text[start:end]
    loop = body.find("(loop ")
    at = body.find("(try ", loop)
    if loop < 0 or at < 0:
        sys.exit("where.py: main() has no try in a loop")
    try_end = node_end(body, at)
    do = body.find("(do", at)
    do_end = node_end(body, do)
    inner = body[do + len("(do") : do_end - 1]
    body = body[:at] + inner + body[try_end:]
    return text[:start] + body + text[end:]


def main():
    source, out = sys.argv[1], sys.argv[2]
    text = open(source).read()
    sunk = sink_stack_pointer(text)
    for name, variant in (("asbuilt", text), ("sunk", sunk), ("notry", drop_loop_try(sunk))):
        with open(f"{out}/{name}.wat", "w") as f:
            f.write(variant)


if __name__ == "__main__":
    main()

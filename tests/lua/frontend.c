/*
 * A small stand-alone Lua interpreter used by the Lua tests: the same source
 * is built natively and with wasmcc, so both runs are the same program.
 *
 *   frontend [-e chunk]... [script | -] [args...]
 *
 * `script` is loaded from disk and `-` (or no script at all) reads the chunk
 * from stdin. As with the reference interpreter, the global `arg` holds the
 * script name at index 0 and its arguments from index 1, the arguments are
 * also passed to the chunk as `...`, and an uncaught error prints
 * "lua: <message>" and a traceback on stderr and exits with status 1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

static const char *progname = "lua";

static int message_handler(lua_State *L) {
    const char *msg = lua_tostring(L, 1);
    if (msg == NULL) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
            return 1;
        msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    luaL_traceback(L, L, msg, 1);
    return 1;
}

static int report(lua_State *L, int status) {
    if (status != LUA_OK) {
        const char *msg = lua_tostring(L, -1);
        fprintf(stderr, "%s: %s\n", progname, msg != NULL ? msg : "(error object is not a string)");
        fflush(stderr);
        lua_pop(L, 1);
    }
    return status;
}

/* Calls the function below `nargs` arguments with a traceback handler. */
static int protected_call(lua_State *L, int nargs) {
    int base = lua_gettop(L) - nargs;
    int status;
    lua_pushcfunction(L, message_handler);
    lua_insert(L, base);
    status = lua_pcall(L, nargs, 0, base);
    lua_remove(L, base);
    return status;
}

static void make_arg_table(lua_State *L, char **argv, int argc, int script) {
    int i;
    lua_createtable(L, argc - script - 1, script + 1);
    for (i = 0; i < argc; i++) {
        lua_pushstring(L, argv[i]);
        lua_rawseti(L, -2, i - script);
    }
    lua_setglobal(L, "arg");
}

struct invocation {
    int argc;
    char **argv;
};

static int main_body(lua_State *L) {
    struct invocation *inv = (struct invocation *)lua_touserdata(L, 1);
    int argc = inv->argc;
    char **argv = inv->argv;
    int i = 1;
    int script;
    int nargs;
    const char *fname;

    luaL_checkversion(L);
    luaL_openlibs(L);
    lua_gc(L, LUA_GCRESTART);
    lua_gc(L, LUA_GCGEN, 0, 0);

    while (i < argc && strcmp(argv[i], "-e") == 0) {
        if (i + 1 >= argc) {
            fprintf(stderr, "%s: '-e' needs an argument\n", progname);
            lua_pushboolean(L, 0);
            return 1;
        }
        if (report(L, luaL_loadbuffer(L, argv[i + 1], strlen(argv[i + 1]), "=(command line)")) != LUA_OK ||
            report(L, protected_call(L, 0)) != LUA_OK) {
            lua_pushboolean(L, 0);
            return 1;
        }
        i += 2;
    }
    script = i < argc ? i : argc;
    if (script >= argc && i > 1) {
        lua_pushboolean(L, 1);
        return 1;
    }
    make_arg_table(L, argv, argc, script < argc ? script : argc - 1);
    fname = (script < argc && strcmp(argv[script], "-") != 0) ? argv[script] : NULL;
    if (report(L, luaL_loadfile(L, fname)) != LUA_OK) {
        lua_pushboolean(L, 0);
        return 1;
    }
    nargs = 0;
    for (i = script + 1; i < argc; i++) {
        lua_pushstring(L, argv[i]);
        nargs++;
    }
    lua_pushboolean(L, report(L, protected_call(L, nargs)) == LUA_OK);
    return 1;
}

int main(int argc, char **argv) {
    struct invocation inv;
    lua_State *L;
    int status;
    int ok;

    L = luaL_newstate();
    if (L == NULL) {
        fprintf(stderr, "%s: cannot create state: not enough memory\n", progname);
        return EXIT_FAILURE;
    }
    inv.argc = argc;
    inv.argv = argv;
    lua_pushcfunction(L, main_body);
    lua_pushlightuserdata(L, &inv);
    status = lua_pcall(L, 1, 1, 0);
    ok = lua_toboolean(L, -1);
    report(L, status);
    lua_close(L);
    return (ok && status == LUA_OK) ? EXIT_SUCCESS : EXIT_FAILURE;
}

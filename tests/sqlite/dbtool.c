/* A small legacy-style program over SQLite's C API, used by tests/sqlite.rs.
 * It is built natively with gcc and with wasmcc from the same sqlite3.c, and
 * both builds must print the same bytes and exit with the same status.
 *
 *   dbtool write DB    create a schema, fill it in one transaction through a
 *                      prepared statement, query it, hit errors on purpose,
 *                      close, reopen and read back what was committed
 *   dbtool read DB     open an existing DB (written by an earlier run, maybe
 *                      by the other build) and print what it holds
 *   dbtool script DB   run the SQL script on stdin, printing each row;
 *                      exit status 2 if a statement failed
 *   dbtool open DB     open DB read-write without creating it; print the
 *                      error code and message when that fails
 *   dbtool crash DB    change every row of a DB made by `write` in a
 *                      transaction that spills to the file, then die with
 *                      _exit(7) before COMMIT, leaving a hot journal that
 *                      the next open must roll back
 *
 * DB may be ":memory:". Nothing printed depends on the time, the process or
 * randomness, so the two builds' outputs can be compared byte for byte.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sqlite3.h"

static int failures;

/* Reports an unexpected failure and counts it; the exit status says so. */
static void fail(sqlite3 *db, const char *what, int rc) {
  printf("FAILED %s: rc=%d (%s)\n", what, rc, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  failures++;
}

static void exec(sqlite3 *db, const char *sql) {
  char *err = NULL;
  int rc = sqlite3_exec(db, sql, NULL, NULL, &err);
  if (rc != SQLITE_OK) {
    printf("FAILED exec \"%s\": rc=%d %s\n", sql, rc, err ? err : "");
    failures++;
  }
  sqlite3_free(err);
}

/* Prints one column of the current row the way a report would. */
static void print_value(sqlite3_stmt *st, int i) {
  switch (sqlite3_column_type(st, i)) {
  case SQLITE_NULL:
    printf("NULL");
    break;
  case SQLITE_INTEGER:
    printf("%lld", (long long)sqlite3_column_int64(st, i));
    break;
  case SQLITE_FLOAT:
    printf("%.6e", sqlite3_column_double(st, i));
    break;
  case SQLITE_TEXT:
    printf("'%s'", (const char *)sqlite3_column_text(st, i));
    break;
  case SQLITE_BLOB: {
    const unsigned char *b = sqlite3_column_blob(st, i);
    int n = sqlite3_column_bytes(st, i);
    printf("x'");
    for (int k = 0; k < n; k++)
      printf("%02x", b[k]);
    printf("'");
    break;
  }
  }
}

/* Runs one query and prints its rows, columns separated by '|'. */
static void query(sqlite3 *db, const char *label, const char *sql) {
  sqlite3_stmt *st;
  int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
  if (rc != SQLITE_OK) {
    fail(db, label, rc);
    return;
  }
  printf("-- %s\n", label);
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    for (int i = 0; i < sqlite3_column_count(st); i++) {
      if (i)
        printf("|");
      print_value(st, i);
    }
    printf("\n");
  }
  if (rc != SQLITE_DONE)
    fail(db, label, rc);
  sqlite3_finalize(st);
}

static int file_exists(const char *path) {
  struct stat sb;
  return stat(path, &sb) == 0;
}

/* Whether DB's rollback journal is on disk right now (never for :memory:). */
static const char *journal_state(const char *path) {
  char journal[4096];
  if (strcmp(path, ":memory:") == 0)
    return "none (in memory)";
  snprintf(journal, sizeof journal, "%s-journal", path);
  return file_exists(journal) ? "present" : "absent";
}

static sqlite3 *open_db(const char *path, int flags) {
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2(path, &db, flags, NULL);
  if (rc != SQLITE_OK) {
    printf("open %s: rc=%d extended=%d (%s)\n", path, rc, sqlite3_extended_errcode(db),
           sqlite3_errmsg(db));
    sqlite3_close(db);
    return NULL;
  }
  return db;
}

/* Deterministic data for row i: an int, a double, a text and a blob. */
static double value_of(int i) { return (i - 500) * 0.125 + i * 1e-7 + (i % 7) * 3.0e10; }

static void fill(sqlite3 *db, const char *path) {
  exec(db, "CREATE TABLE item(id INTEGER PRIMARY KEY, qty INTEGER NOT NULL, price REAL, "
           "name TEXT, data BLOB, note TEXT)");
  exec(db, "CREATE TABLE kind(code INTEGER PRIMARY KEY, label TEXT UNIQUE NOT NULL)");
  exec(db, "INSERT INTO kind VALUES (0,'zero'),(1,'one'),(2,'two'),(3,'three'),(4,'four')");

  exec(db, "BEGIN");
  sqlite3_stmt *ins;
  int rc = sqlite3_prepare_v2(db, "INSERT INTO item(id, qty, price, name, data, note) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                              -1, &ins, NULL);
  if (rc != SQLITE_OK) {
    fail(db, "prepare insert", rc);
    return;
  }
  for (int i = 1; i <= 3000; i++) {
    char name[64];
    unsigned char blob[40];
    int blob_len = i % 40;
    snprintf(name, sizeof name, "item-%05d-%s", i, (i % 3) ? "regular" : "special");
    for (int k = 0; k < blob_len; k++)
      blob[k] = (unsigned char)(i * 31 + k * 7);
    sqlite3_bind_int(ins, 1, i);
    sqlite3_bind_int64(ins, 2, (sqlite3_int64)(i % 97) * 1000003);
    if (i % 11 == 0)
      sqlite3_bind_null(ins, 3);
    else
      sqlite3_bind_double(ins, 3, value_of(i));
    sqlite3_bind_text(ins, 4, name, -1, SQLITE_TRANSIENT);
    sqlite3_bind_blob(ins, 5, blob, blob_len, SQLITE_TRANSIENT);
    if (i % 5 == 0)
      sqlite3_bind_text(ins, 6, "a longer note that makes the table span many pages of the file",
                        -1, SQLITE_STATIC);
    else
      sqlite3_bind_null(ins, 6);
    rc = sqlite3_step(ins);
    if (rc != SQLITE_DONE) {
      fail(db, "insert", rc);
      break;
    }
    sqlite3_reset(ins);
    sqlite3_clear_bindings(ins);
    if (i == 1500)
      printf("journal during the transaction: %s\n", journal_state(path));
  }
  sqlite3_finalize(ins);
  exec(db, "COMMIT");
  printf("journal after commit: %s\n", journal_state(path));

  exec(db, "CREATE INDEX item_qty ON item(qty)");

  /* A transaction that is rolled back leaves nothing behind. */
  exec(db, "BEGIN");
  exec(db, "DELETE FROM item WHERE id > 100");
  exec(db, "UPDATE item SET qty = -1");
  exec(db, "ROLLBACK");
  printf("journal after rollback: %s\n", journal_state(path));
}

static void errors(sqlite3 *db) {
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(db, "SELEC id FROM item", -1, &st, NULL);
  printf("syntax error: rc=%d extended=%d msg=%s\n", rc, sqlite3_extended_errcode(db),
         sqlite3_errmsg(db));
  sqlite3_finalize(st);

  rc = sqlite3_prepare_v2(db, "SELECT nosuchcolumn FROM item", -1, &st, NULL);
  printf("unknown column: rc=%d msg=%s\n", rc, sqlite3_errmsg(db));
  sqlite3_finalize(st);

  const char *violations[] = {
      "INSERT INTO item(id, qty) VALUES (7, 1)",
      "INSERT INTO item(id, qty) VALUES (100000, NULL)",
      "INSERT INTO kind VALUES (9, 'two')",
  };
  for (size_t k = 0; k < sizeof violations / sizeof *violations; k++) {
    rc = sqlite3_prepare_v2(db, violations[k], -1, &st, NULL);
    if (rc != SQLITE_OK) {
      fail(db, violations[k], rc);
      continue;
    }
    rc = sqlite3_step(st);
    printf("constraint: rc=%d extended=%d msg=%s\n", rc, sqlite3_extended_errcode(db),
           sqlite3_errmsg(db));
    sqlite3_finalize(st);
  }
  char *err = NULL;
  rc = sqlite3_exec(db, "CREATE TABLE item(x)", NULL, NULL, &err);
  printf("exec error: rc=%d msg=%s\n", rc, err ? err : "(none)");
  sqlite3_free(err);
}

/* Everything printed about the committed data; run after each (re)open. */
static void report(sqlite3 *db) {
  query(db, "journal mode", "PRAGMA journal_mode");
  query(db, "counts",
        "SELECT count(*), count(price), count(note), sum(qty), total(length(data)) FROM item");
  query(db, "aggregates",
        "SELECT min(price), max(price), avg(price), sum(price) FROM item WHERE price IS NOT NULL");
  query(db, "first rows", "SELECT * FROM item ORDER BY id LIMIT 6");
  query(db, "join and group",
        "SELECT k.label, count(*), sum(i.qty), round(avg(i.price), 4), "
        "group_concat(i.id, ',') FILTER (WHERE i.id < 40) "
        "FROM item i JOIN kind k ON k.code = i.id % 5 GROUP BY k.label ORDER BY k.label");
  query(db, "left join",
        "SELECT k.code, k.label, count(i.id) FROM kind k LEFT JOIN item i "
        "ON i.id = k.code * 1000 GROUP BY k.code ORDER BY k.code");
  query(db, "index lookup", "SELECT id, qty, name FROM item WHERE qty = 5000015 ORDER BY id");
  query(db, "uses the index",
        "SELECT count(*) FROM pragma_index_list('item') WHERE name = 'item_qty'");
  query(db, "text of doubles",
        "SELECT id, price, CAST(price AS TEXT), printf('%.3f|%e|%g|%!.20g', price, price, "
        "price, price) FROM item WHERE id IN (1, 7, 499, 500, 501, 2999) ORDER BY id");
  query(db, "blob and text functions",
        "SELECT id, hex(data), length(data), upper(substr(name, 1, 10)), "
        "instr(name, 'special') FROM item WHERE id IN (3, 39, 40, 41) ORDER BY id");
  query(db, "window", "SELECT id, sum(qty) OVER (ORDER BY id ROWS 2 PRECEDING) FROM item "
                      "WHERE id <= 5");

  /* The same numbers through the C library's printf. */
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(db, "SELECT price FROM item WHERE id IN (2, 13, 1000, 2222) ORDER BY id",
                         -1, &st, NULL) == SQLITE_OK) {
    printf("-- printf of doubles\n");
    while (sqlite3_step(st) == SQLITE_ROW) {
      double d = sqlite3_column_double(st, 0);
      char *m = sqlite3_mprintf("%.10g", d);
      printf("%e %.2E %g %.17g %f %s\n", d, d, d, d, d, m);
      sqlite3_free(m);
    }
    sqlite3_finalize(st);
  }
}

static int do_write(const char *path) {
  sqlite3 *db = open_db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!db)
    return 1;
  printf("opened %s (memory: %s)\n", path, strcmp(path, ":memory:") == 0 ? "yes" : "no");
  fill(db, path);
  errors(db);
  report(db);
  int rc = sqlite3_close(db);
  printf("close: rc=%d\n", rc);
  if (strcmp(path, ":memory:") != 0) {
    printf("database file exists: %s, journal: %s\n", file_exists(path) ? "yes" : "no",
           journal_state(path));
    db = open_db(path, SQLITE_OPEN_READONLY);
    if (!db)
      return 1;
    printf("reopened read-only\n");
    exec(db, "PRAGMA cache_size = 8");
    query(db, "after reopen", "SELECT count(*), sum(qty), max(name) FROM item");
    query(db, "integrity", "PRAGMA integrity_check");
    sqlite3_stmt *st;
    rc = sqlite3_prepare_v2(db, "INSERT INTO kind VALUES (5, 'five')", -1, &st, NULL);
    if (rc == SQLITE_OK)
      rc = sqlite3_step(st);
    printf("write to read-only: rc=%d msg=%s\n", rc, sqlite3_errmsg(db));
    sqlite3_finalize(st);
    sqlite3_close(db);
  }
  return failures ? 1 : 0;
}

static int do_read(const char *path) {
  sqlite3 *db = open_db(path, SQLITE_OPEN_READWRITE);
  if (!db)
    return 1;
  /* A small page cache, so the reads below go to the file. */
  exec(db, "PRAGMA cache_size = 8");
  report(db);
  query(db, "integrity", "PRAGMA integrity_check");
  /* A second committed change, which the next run sees. */
  exec(db, "UPDATE kind SET label = label || '!' WHERE code = 4");
  query(db, "kinds", "SELECT * FROM kind ORDER BY code");
  sqlite3_close(db);
  return failures ? 1 : 0;
}

static int do_crash(const char *path) {
  sqlite3 *db = open_db(path, SQLITE_OPEN_READWRITE);
  if (!db)
    return 1;
  /* A cache of a few pages: the changes reach the database file before
   * COMMIT, after the journal has the original pages. */
  exec(db, "PRAGMA cache_size = 4");
  exec(db, "BEGIN");
  exec(db, "UPDATE item SET qty = -qty, name = 'changed', note = NULL");
  exec(db, "DELETE FROM kind");
  query(db, "inside the transaction", "SELECT count(*), sum(qty) FROM item");
  printf("journal before the crash: %s\n", journal_state(path));
  fflush(stdout);
  _exit(7);
}

static int row_printer(void *unused, int n, char **values, char **names) {
  (void)unused;
  for (int i = 0; i < n; i++)
    printf("%s%s=%s", i ? " " : "", names[i], values[i] ? values[i] : "NULL");
  printf("\n");
  return 0;
}

/* Runs stdin as a script, one statement at a time, as a shell tool would. */
static int do_script(const char *path) {
  size_t cap = 1 << 12, len = 0;
  char *sql = malloc(cap);
  size_t got;
  while (sql && (got = fread(sql + len, 1, cap - len - 1, stdin)) > 0) {
    len += got;
    if (cap - len < 2) {
      cap *= 2;
      sql = realloc(sql, cap);
    }
  }
  if (!sql)
    return 1;
  sql[len] = '\0';
  printf("script: %zu bytes\n", len);
  sqlite3 *db = open_db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!db)
    return 1;
  const char *tail = sql;
  int bad = 0;
  while (*tail) {
    sqlite3_stmt *st = NULL;
    const char *next = NULL;
    int rc = sqlite3_prepare_v2(db, tail, -1, &st, &next);
    if (rc != SQLITE_OK) {
      printf("error %d: %s\n", rc, sqlite3_errmsg(db));
      bad = 1;
      /* Skip past the statement that did not parse. */
      const char *semi = strchr(tail, ';');
      tail = semi ? semi + 1 : tail + strlen(tail);
      continue;
    }
    tail = next;
    if (!st)
      continue; /* whitespace or a comment */
    int cols = sqlite3_column_count(st);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      for (int i = 0; i < cols; i++) {
        printf("%s", i ? "|" : "");
        print_value(st, i);
      }
      printf("\n");
    }
    if (rc != SQLITE_DONE) {
      printf("error %d: %s\n", sqlite3_extended_errcode(db), sqlite3_errmsg(db));
      bad = 1;
    }
    sqlite3_finalize(st);
  }
  /* sqlite3_exec's callback interface too. */
  char *err = NULL;
  if (sqlite3_exec(db, "SELECT name, type FROM sqlite_schema ORDER BY name", row_printer, NULL,
                   &err) != SQLITE_OK) {
    printf("error: %s\n", err);
    bad = 1;
  }
  sqlite3_free(err);
  printf("changes: %d total: %d\n", sqlite3_changes(db), sqlite3_total_changes(db));
  sqlite3_close(db);
  free(sql);
  return bad ? 2 : 0;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: %s write|read|script|crash|open DB\n", argv[0]);
    return 64;
  }
  printf("sqlite %s\n", sqlite3_libversion());
  if (strcmp(argv[1], "write") == 0)
    return do_write(argv[2]);
  if (strcmp(argv[1], "read") == 0)
    return do_read(argv[2]);
  if (strcmp(argv[1], "script") == 0)
    return do_script(argv[2]);
  if (strcmp(argv[1], "crash") == 0)
    return do_crash(argv[2]);
  if (strcmp(argv[1], "open") == 0) {
    sqlite3 *db = open_db(argv[2], SQLITE_OPEN_READWRITE);
    if (!db)
      return 3;
    query(db, "tables", "SELECT name FROM sqlite_schema ORDER BY name");
    sqlite3_close(db);
    return 0;
  }
  fprintf(stderr, "%s: unknown command %s\n", argv[0], argv[1]);
  return 64;
}

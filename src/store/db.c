#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/xmalloc.h"
#include "store/db.h"

extern const char *const sql_schema[];
extern const char *const sql_schema_files[];
extern const size_t sql_schema_count;
extern const char *const sql_seed[];
extern const char *const sql_seed_files[];
extern const size_t sql_seed_count;

static const int db_status_codes[] = {
#define X(id, code, msg) code,
	DB_STATUS_LIST
#undef X
};
static const char *db_status_msgs[] = {
#define X(id, code, msg) msg,
	DB_STATUS_LIST
#undef X
};

static enum db_status	db_setup(struct db *, int);
static enum db_status	db_create(struct db *);
static int		db_user_version(struct db *);
static void		db_seterr(struct db *, enum db_status, const char *);

int
db_status_exit(enum db_status st)
{
	return (db_status_codes[st]);
}

int
db_latest_version(void)
{
	return ((int)sql_schema_count);
}

enum db_status
db_status_from_rc(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_OK:
	case SQLITE_DONE:
	case SQLITE_ROW:
		return (DB_OK);
	case SQLITE_CANTOPEN:
		return (DB_ENOENT);
	case SQLITE_NOTADB:
	case SQLITE_CORRUPT:
		return (DB_CORRUPT);
	case SQLITE_READONLY:
	case SQLITE_PERM:
		return (DB_READONLY);
	case SQLITE_IOERR:
	case SQLITE_FULL:
		return (DB_IOERR);
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return (DB_BUSY);
	default:
		return (DB_ERROR);
	}
}

static void
db_seterr(struct db *db, enum db_status st, const char *what)
{
	snprintf(db->err, sizeof db->err, "%s: %s%s%s", db->path,
	    db_status_msgs[st], what ? ": " : "", what ? what : "");
}

int
db_exec(struct db *db, const char *sql)
{
	char	*msg = NULL;
	int	 rc;

	rc = sqlite3_exec(db->h, sql, NULL, NULL, &msg);
	if (rc != SQLITE_OK) {
		snprintf(db->err, sizeof db->err, "%s", msg ? msg :
		    sqlite3_errmsg(db->h));
		sqlite3_free(msg);
		return (rc);
	}
	return (SQLITE_OK);
}

int
db_begin(struct db *db)
{
	return (db_exec(db, "BEGIN IMMEDIATE") == SQLITE_OK ? 0 : -1);
}

int
db_commit(struct db *db)
{
	return (db_exec(db, "COMMIT") == SQLITE_OK ? 0 : -1);
}

void
db_rollback(struct db *db)
{
	if (!sqlite3_get_autocommit(db->h))
		sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
}

static int
db_user_version(struct db *db)
{
	sqlite3_stmt	*st;
	int		 v = -1;

	if (sqlite3_prepare_v2(db->h, "PRAGMA user_version", -1, &st,
	    NULL) != SQLITE_OK)
		return (-1);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return (v);
}

static int
db_application_id(struct db *db)
{
	sqlite3_stmt	*st;
	int		 v = -1;

	if (sqlite3_prepare_v2(db->h, "PRAGMA application_id", -1, &st,
	    NULL) != SQLITE_OK)
		return (-1);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return (v);
}

static int
db_table_count(struct db *db)
{
	sqlite3_stmt	*st;
	int		 v = -1;

	if (sqlite3_prepare_v2(db->h, "SELECT count(*) FROM sqlite_schema",
	    -1, &st, NULL) != SQLITE_OK)
		return (-1);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return (v);
}

static void
db_prefix_err(struct db *db, const char *file)
{
	char	e[900];

	snprintf(e, sizeof e, "%s: %s", file, db->err);
	snprintf(db->err, sizeof db->err, "%s", e);
}

/* Fresh database: schema steps and seed, in one transaction. */
static enum db_status
db_create(struct db *db)
{
	char	 buf[128];
	size_t	 i;
	int	 rc;

	if (db_begin(db) != 0)
		goto fail;
	/* Another process may have built it while we waited for the lock. */
	if (db_table_count(db) > 0) {
		db_rollback(db);
		return (DB_OK);
	}
	/*
	 * Step 1, the seed formulary (written for step 1), then every later
	 * step: the same SQL an upgraded database goes through, so a new
	 * database and a migrated one are the same.
	 */
	if ((rc = db_exec(db, sql_schema[0])) != SQLITE_OK) {
		db_prefix_err(db, sql_schema_files[0]);
		goto fail;
	}
	for (i = 0; i < sql_seed_count; i++) {
		if ((rc = db_exec(db, sql_seed[i])) != SQLITE_OK) {
			db_prefix_err(db, sql_seed_files[i]);
			goto fail;
		}
	}
	for (i = 1; i < sql_schema_count; i++) {
		if ((rc = db_exec(db, sql_schema[i])) != SQLITE_OK) {
			db_prefix_err(db, sql_schema_files[i]);
			goto fail;
		}
	}
	snprintf(buf, sizeof buf, "PRAGMA application_id = %d; "
	    "PRAGMA user_version = %d", DB_APPLICATION_ID,
	    db_latest_version());
	if (db_exec(db, buf) != SQLITE_OK || db_commit(db) != 0)
		goto fail;
	db->version = db_latest_version();
	db->created = 1;
	return (DB_OK);
fail:
	{
		char e[900];

		snprintf(e, sizeof e, "%s", db->err);
		db_rollback(db);
		snprintf(db->err, sizeof db->err, "creating the database: %s",
		    e);
	}
	return (DB_ERROR);
}

enum db_status
db_migrate(struct db *db)
{
	char	 buf[64];
	int	 v;

	v = db_user_version(db);
	while (v < db_latest_version()) {
		if (db_begin(db) != 0)
			return (db_status_from_rc(sqlite3_errcode(db->h)));
		if (db_exec(db, sql_schema[v]) != SQLITE_OK) {
			char e[900];

			snprintf(e, sizeof e, "migration %s: %s",
			    sql_schema_files[v], db->err);
			db_rollback(db);
			snprintf(db->err, sizeof db->err, "%s", e);
			return (DB_ERROR);
		}
		snprintf(buf, sizeof buf, "PRAGMA user_version = %d", v + 1);
		if (db_exec(db, buf) != SQLITE_OK || db_commit(db) != 0) {
			db_rollback(db);
			return (DB_ERROR);
		}
		v++;
		db->migrated++;
	}
	db->version = v;
	return (DB_OK);
}

static enum db_status
db_setup(struct db *db, int flags)
{
	int	v, app, rc;

	sqlite3_busy_timeout(db->h, DB_BUSY_TIMEOUT_MS);
	sqlite3_extended_result_codes(db->h, 1);
	/* Reading the schema is the first touch: a non-database fails here. */
	rc = db_exec(db, "PRAGMA foreign_keys = ON");
	if (rc == SQLITE_OK && (v = db_user_version(db)) < 0)
		rc = sqlite3_errcode(db->h);
	if (rc != SQLITE_OK || db_table_count(db) < 0) {
		enum db_status st = db_status_from_rc(sqlite3_errcode(db->h));

		if (st == DB_OK || st == DB_ERROR)
			st = DB_CORRUPT;
		db_seterr(db, st, sqlite3_errmsg(db->h));
		return (st);
	}
	v = db_user_version(db);
	app = db_application_id(db);
	if (v == 0 && db_table_count(db) == 0) {
		if (flags & DB_OPEN_READONLY) {
			db_seterr(db, DB_READONLY, "it is empty");
			return (DB_READONLY);
		}
		if (strcmp(db->path, ":memory:") != 0)
			db_exec(db, "PRAGMA journal_mode = WAL");
		if (db_create(db) != DB_OK) {
			enum db_status st = db_status_from_rc(
			    sqlite3_errcode(db->h));

			return (st == DB_OK ? DB_ERROR : st);
		}
		if (db->created)
			return (DB_OK);
		/* Built by another process meanwhile: open it as it is. */
		v = db_user_version(db);
		app = db_application_id(db);
	}
	if (app != DB_APPLICATION_ID) {
		db_seterr(db, DB_CORRUPT, "it is an SQLite database, but not "
		    "one of mesomix's");
		return (DB_CORRUPT);
	}
	if (v > db_latest_version()) {
		char	e[128];

		snprintf(e, sizeof e, "schema version %d, this program knows "
		    "up to %d: use a newer mesomix", v, db_latest_version());
		db_seterr(db, DB_NEWER, e);
		return (DB_NEWER);
	}
	db->version = v;
	if (v < db_latest_version()) {
		if (flags & (DB_OPEN_READONLY | DB_OPEN_NOMIGRATE)) {
			db_seterr(db, DB_READONLY, "it needs migrating: run "
			    "'mesomix db migrate'");
			return (DB_READONLY);
		}
		if (db_migrate(db) != DB_OK)
			return (DB_ERROR);
	}
	return (DB_OK);
}

static int
db_mkdirs(const char *path)
{
	char	*dir, *p;

	dir = xstrdup(path);
	if ((p = strrchr(dir, '/')) == NULL || p == dir) {
		free(dir);
		return (0);
	}
	*p = '\0';
	for (p = dir + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
			free(dir);
			return (-1);
		}
		*p = '/';
	}
	if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
		free(dir);
		return (-1);
	}
	free(dir);
	return (0);
}

enum db_status
db_open(struct db **out, const char *path, int flags, char *err,
    size_t errlen)
{
	struct db	*db;
	struct stat	 sb;
	int		 oflags, rc, fd, exists, remove = 0;
	enum db_status	 st;

	*out = NULL;
	db = xcalloc(1, sizeof *db);
	db->path = xstrdup(path);
	exists = strcmp(path, ":memory:") == 0 || stat(path, &sb) == 0;
	if (!exists && !(flags & DB_OPEN_CREATE)) {
		db_seterr(db, DB_ENOENT, "no such file (run 'mesomix db "
		    "init')");
		st = DB_ENOENT;
		goto fail;
	}
	if (exists && strcmp(path, ":memory:") != 0) {
		if (S_ISDIR(sb.st_mode)) {
			db_seterr(db, DB_ENOENT, "it is a directory");
			st = DB_ENOENT;
			goto fail;
		}
		if (access(path, R_OK) != 0) {
			db_seterr(db, DB_ENOENT, strerror(errno));
			st = DB_ENOENT;
			goto fail;
		}
	}
	if (!exists) {
		/* Create the file ourselves, mode 0600, in a 0700 directory. */
		if (db_mkdirs(path) != 0 ||
		    (fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600)) < 0) {
			if (errno != EEXIST) {
				db_seterr(db, DB_CANTCREATE, strerror(errno));
				st = DB_CANTCREATE;
				goto fail;
			}
			exists = 1;	/* another process made it just now */
		} else
			close(fd);
	}
	oflags = (flags & DB_OPEN_READONLY) ? SQLITE_OPEN_READONLY :
	    SQLITE_OPEN_READWRITE;
	rc = sqlite3_open_v2(path, &db->h, oflags | SQLITE_OPEN_NOMUTEX, NULL);
	if (rc != SQLITE_OK) {
		st = db_status_from_rc(rc);
		db_seterr(db, st, db->h ? sqlite3_errmsg(db->h) : NULL);
		goto fail;
	}
	if ((st = db_setup(db, flags)) != DB_OK) {
		if (db->err[0] == '\0')
			db_seterr(db, st, sqlite3_errmsg(db->h));
		/* Nothing half-written: a file we made and could not build goes. */
		remove = !exists && !db->created && db_table_count(db) <= 0;
		goto fail;
	}
	*out = db;
	return (DB_OK);
fail:
	snprintf(err, errlen, "%s", db->err);
	db_close(db);
	if (remove) {
		static const char *const suffixes[] = { "", "-wal", "-shm",
		    "-journal" };
		char	f[4096];
		size_t	k;

		for (k = 0; k < sizeof suffixes / sizeof suffixes[0]; k++) {
			snprintf(f, sizeof f, "%s%s", path, suffixes[k]);
			unlink(f);
		}
	}
	return (st);
}

enum db_status
db_open_memory(struct db **out, char *err, size_t errlen)
{
	return (db_open(out, ":memory:", DB_OPEN_CREATE, err, errlen));
}

void
db_close(struct db *db)
{
	size_t	i;

	if (db == NULL)
		return;
	for (i = 0; i < db->nstmts; i++)
		sqlite3_finalize(db->stmts[i]);
	free(db->stmts);
	if (db->h != NULL)
		sqlite3_close(db->h);
	free(db->path);
	free(db);
}

/*
 * Statements are prepared once, on first use, and kept until the database
 * is closed: the same SQL text is the same statement.
 */
sqlite3_stmt *
db_prepare(struct db *db, const char *sql)
{
	sqlite3_stmt	*st;
	size_t		 i;

	for (i = 0; i < db->nstmts; i++) {
		if (sqlite3_sql(db->stmts[i]) == NULL)
			continue;
		if (strcmp(sqlite3_sql(db->stmts[i]), sql) == 0) {
			sqlite3_reset(db->stmts[i]);
			sqlite3_clear_bindings(db->stmts[i]);
			return (db->stmts[i]);
		}
	}
	if (sqlite3_prepare_v3(db->h, sql, -1, SQLITE_PREPARE_PERSISTENT, &st,
	    NULL) != SQLITE_OK) {
		snprintf(db->err, sizeof db->err, "%s", sqlite3_errmsg(db->h));
		return (NULL);
	}
	db->stmts = xreallocarray(db->stmts, db->nstmts + 1,
	    sizeof *db->stmts);
	db->stmts[db->nstmts++] = st;
	return (st);
}

enum db_status
db_backup(struct db *db, const char *path)
{
	sqlite3		*dst;
	sqlite3_backup	*b;
	int		 rc, fd;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600)) < 0) {
		snprintf(db->err, sizeof db->err, "%s: %s", path,
		    strerror(errno));
		return (DB_CANTCREATE);
	}
	close(fd);
	if ((rc = sqlite3_open_v2(path, &dst, SQLITE_OPEN_READWRITE,
	    NULL)) != SQLITE_OK) {
		snprintf(db->err, sizeof db->err, "%s: %s", path,
		    sqlite3_errmsg(dst));
		sqlite3_close(dst);
		unlink(path);
		return (DB_CANTCREATE);
	}
	b = sqlite3_backup_init(dst, "main", db->h, "main");
	if (b == NULL) {
		snprintf(db->err, sizeof db->err, "%s: %s", path,
		    sqlite3_errmsg(dst));
		sqlite3_close(dst);
		unlink(path);
		return (DB_ERROR);
	}
	do {
		rc = sqlite3_backup_step(b, 256);
		if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
			sqlite3_sleep(50);
	} while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE) {
		snprintf(db->err, sizeof db->err, "%s: %s", path,
		    sqlite3_errstr(rc));
		sqlite3_close(dst);
		unlink(path);
		return (db_status_from_rc(rc));
	}
	sqlite3_close(dst);
	return (DB_OK);
}

int
db_verify(struct db *db)
{
	sqlite3_stmt	*st;
	int		 bad = 0;

	if (sqlite3_prepare_v2(db->h, "PRAGMA integrity_check", -1, &st,
	    NULL) != SQLITE_OK)
		return (-1);
	while (sqlite3_step(st) == SQLITE_ROW)
		if (strcmp((const char *)sqlite3_column_text(st, 0), "ok"))
			bad = 1;
	sqlite3_finalize(st);
	if (sqlite3_prepare_v2(db->h, "PRAGMA foreign_key_check", -1, &st,
	    NULL) != SQLITE_OK)
		return (-1);
	if (sqlite3_step(st) == SQLITE_ROW)
		bad = 1;
	sqlite3_finalize(st);
	return (bad ? -1 : 0);
}

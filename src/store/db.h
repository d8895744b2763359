/*
 * The database: open with the pragmas every connection needs, create from
 * the embedded schema and seed formulary, migrate on PRAGMA user_version,
 * prepared statements, transactions, online backup.
 */
#ifndef MESO_DB_H
#define MESO_DB_H

#include <stddef.h>
#include <sqlite3.h>

#define DB_APPLICATION_ID	0x4d45534f	/* "MESO" */
#define DB_BUSY_TIMEOUT_MS	5000

/* Results, each with the exit status the CLI gives it (sysexits.h). */
#define DB_STATUS_LIST \
	X(DB_OK, 0, "ok") \
	X(DB_ENOENT, 66, "database not found") \
	X(DB_CORRUPT, 65, "not a mesomix database, or damaged") \
	X(DB_NEWER, 65, "database is newer than this program") \
	X(DB_CANTCREATE, 73, "cannot create the database") \
	X(DB_READONLY, 73, "database is read-only") \
	X(DB_IOERR, 74, "input/output error") \
	X(DB_BUSY, 75, "database is busy") \
	X(DB_ERROR, 70, "internal database error")

enum db_status {
#define X(id, code, msg) id,
	DB_STATUS_LIST
#undef X
};

int		 db_status_exit(enum db_status);

#define DB_OPEN_CREATE	0x1	/* create and seed a missing database */
#define DB_OPEN_NOMIGRATE 0x2	/* refuse an older database instead of migrating */
#define DB_OPEN_READONLY 0x4

struct db {
	sqlite3		*h;
	sqlite3_stmt	**stmts;
	size_t		 nstmts;
	char		 err[1024];
	char		*path;
	int		 version;	/* user_version after open */
	int		 created;	/* created by this open */
	int		 migrated;	/* steps applied by this open */
};

/* The latest schema version this program knows. */
int		 db_latest_version(void);
enum db_status	 db_open(struct db **, const char *, int, char *, size_t);
void		 db_close(struct db *);
/* Apply pending migrations (db migrate). */
enum db_status	 db_migrate(struct db *);
/* A cached prepared statement for constant SQL; NULL on error (db->err). */
sqlite3_stmt	*db_prepare(struct db *, const char *);
int		 db_exec(struct db *, const char *);
int		 db_begin(struct db *);
int		 db_commit(struct db *);
void		 db_rollback(struct db *);
enum db_status	 db_backup(struct db *, const char *);
/* integrity_check and foreign_key_check: 0 when both are clean. */
int		 db_verify(struct db *);
/* Map an sqlite3 result to a status. */
enum db_status	 db_status_from_rc(int);

/* Create a fresh in-memory database (tests): schema and seed. */
enum db_status	 db_open_memory(struct db **, char *, size_t);

#endif

/*
 * db.c: opening, creating and migrating the database, what it refuses,
 * verification, online backup; and store_clinic.c: patients,
 * formulations and drafts round-trip.  File databases live in a mkdtemp
 * directory under /tmp that each test removes.
 */
#include "config.h"

#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sqlite3.h>

#include "core/cocktail.h"
#include "io/json_cocktail.h"
#include "store/db.h"
#include "store/store_clinic.h"
#include "testutil.h"

#define NELEM(a) (sizeof (a) / sizeof (a)[0])

static char		 TMP[64];
static struct db	*DB;
static struct cocktail	 C, C2;

/* A private directory under /tmp ------------------------------------------ */

static void
rm_tree(const char *path)
{
	struct stat	 sb;
	struct dirent	*de;
	DIR		*d;
	char		 sub[1024];

	if (lstat(path, &sb) != 0)
		return;
	if (S_ISDIR(sb.st_mode)) {
		chmod(path, 0700);
		if ((d = opendir(path)) != NULL) {
			while ((de = readdir(d)) != NULL) {
				if (strcmp(de->d_name, ".") == 0 ||
				    strcmp(de->d_name, "..") == 0)
					continue;
				snprintf(sub, sizeof sub, "%s/%s", path,
				    de->d_name);
				rm_tree(sub);
			}
			closedir(d);
		}
		rmdir(path);
	} else
		unlink(path);
}

static void
tmp_setup(void)
{
	snprintf(TMP, sizeof TMP, "/tmp/mesomix-check-db.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(TMP));
	DB = NULL;
}

static void
tmp_teardown(void)
{
	db_close(DB);
	DB = NULL;
	rm_tree(TMP);
}

static char *
tmp_path(char *buf, size_t len, const char *name)
{
	snprintf(buf, len, "%s/%s", TMP, name);
	return (buf);
}

static int
pragma_int(sqlite3 *h, const char *sql)
{
	sqlite3_stmt	*st;
	int		 v = -1;

	ck_assert_int_eq(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return (v);
}

/* A plain SQLite file, made without mesomix. */
static void
raw_db(const char *path, const char *sql)
{
	sqlite3	*h;
	char	*msg = NULL;

	ck_assert_int_eq(sqlite3_open(path, &h), SQLITE_OK);
	ck_assert_msg(sqlite3_exec(h, sql, NULL, NULL, &msg) == SQLITE_OK,
	    "%s: %s", sql, msg ? msg : "");
	sqlite3_close(h);
}

static void
create_file_db(const char *path)
{
	struct db	*db;
	char		 err[1024];

	ck_assert_msg(db_open(&db, path, DB_OPEN_CREATE, err, sizeof err) ==
	    DB_OK, "%s", err);
	db_close(db);
}

static off_t
file_size(const char *path)
{
	struct stat	sb;

	return (stat(path, &sb) == 0 ? sb.st_size : -1);
}

/* Opening and creating ---------------------------------------------------- */

START_TEST(test_memory_fresh)
{
	DB = tu_db();
	ck_assert_int_eq(pragma_int(DB->h, "PRAGMA user_version"),
	    db_latest_version());
	ck_assert_int_eq(pragma_int(DB->h, "PRAGMA application_id"),
	    0x4d45534f);
	ck_assert_int_eq(DB_APPLICATION_ID, 0x4d45534f);
	ck_assert_int_eq(pragma_int(DB->h, "PRAGMA foreign_keys"), 1);
	ck_assert_int_ge(db_latest_version(), 1);
	ck_assert_int_eq(DB->version, db_latest_version());
	ck_assert_int_eq(DB->created, 1);
	ck_assert_int_gt(pragma_int(DB->h, "SELECT count(*) FROM ingredient"),
	    0);
}
END_TEST

START_TEST(test_file_create_modes)
{
	char		 path[256], dir[256];
	struct stat	 sb;
	char		 err[1024];

	snprintf(dir, sizeof dir, "%s/data/mesomix", TMP);
	snprintf(path, sizeof path, "%s/meso.db", dir);
	ck_assert_msg(db_open(&DB, path, DB_OPEN_CREATE, err, sizeof err) ==
	    DB_OK, "%s", err);
	ck_assert_int_eq(DB->created, 1);
	ck_assert_int_eq(DB->version, db_latest_version());
	ck_assert_int_eq(stat(path, &sb), 0);
	ck_assert_msg((sb.st_mode & 07777) == 0600, "%s has mode %o", path,
	    (unsigned)(sb.st_mode & 07777));
	ck_assert_int_eq(stat(dir, &sb), 0);
	ck_assert_msg((sb.st_mode & 07777) == 0700, "%s has mode %o", dir,
	    (unsigned)(sb.st_mode & 07777));
	snprintf(dir, sizeof dir, "%s/data", TMP);
	ck_assert_int_eq(stat(dir, &sb), 0);
	ck_assert_msg((sb.st_mode & 07777) == 0700, "%s has mode %o", dir,
	    (unsigned)(sb.st_mode & 07777));
	/* The journal files SQLite makes beside it are private too. */
	snprintf(dir, sizeof dir, "%s-wal", path);
	if (stat(dir, &sb) == 0)
		ck_assert_msg((sb.st_mode & 0077) == 0, "%s has mode %o", dir,
		    (unsigned)(sb.st_mode & 07777));
	ck_assert_int_eq(pragma_int(DB->h, "PRAGMA application_id"),
	    0x4d45534f);
}
END_TEST

/* The mode does not depend on a lax umask. */
START_TEST(test_file_create_umask)
{
	char		 path[256];
	struct stat	 sb;
	char		 err[1024];
	mode_t		 old;

	old = umask(0);
	tmp_path(path, sizeof path, "open/meso.db");
	ck_assert_msg(db_open(&DB, path, DB_OPEN_CREATE, err, sizeof err) ==
	    DB_OK, "%s", err);
	umask(old);
	ck_assert_int_eq(stat(path, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 07777, 0600);
	tmp_path(path, sizeof path, "open");
	ck_assert_int_eq(stat(path, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 07777, 0700);
}
END_TEST

START_TEST(test_reopen)
{
	char	path[256], err[1024];
	int	n;

	tmp_path(path, sizeof path, "meso.db");
	create_file_db(path);
	ck_assert_msg(db_open(&DB, path, 0, err, sizeof err) == DB_OK, "%s",
	    err);
	ck_assert_int_eq(DB->created, 0);
	ck_assert_int_eq(DB->migrated, 0);
	ck_assert_int_eq(DB->version, db_latest_version());
	n = pragma_int(DB->h, "SELECT count(*) FROM product");
	ck_assert_int_gt(n, 0);
	db_close(DB);
	/* Opening with DB_OPEN_CREATE again changes nothing either. */
	ck_assert_msg(db_open(&DB, path, DB_OPEN_CREATE, err, sizeof err) ==
	    DB_OK, "%s", err);
	ck_assert_int_eq(DB->created, 0);
	ck_assert_int_eq(pragma_int(DB->h, "SELECT count(*) FROM product"), n);
}
END_TEST

START_TEST(test_readonly)
{
	char	path[256], err[1024];

	tmp_path(path, sizeof path, "meso.db");
	create_file_db(path);
	ck_assert_msg(db_open(&DB, path, DB_OPEN_READONLY, err, sizeof err) ==
	    DB_OK, "%s", err);
	ck_assert_int_gt(pragma_int(DB->h, "SELECT count(*) FROM product"), 0);
	ck_assert_int_ne(db_exec(DB, "DELETE FROM audit"), SQLITE_OK);
}
END_TEST

START_TEST(test_newer_refused)
{
	char	path[256], sql[128], err[1024];

	tmp_path(path, sizeof path, "meso.db");
	create_file_db(path);
	snprintf(sql, sizeof sql, "PRAGMA user_version = %d",
	    db_latest_version() + 1);
	raw_db(path, sql);
	ck_assert_int_eq(db_open(&DB, path, 0, err, sizeof err), DB_NEWER);
	ck_assert_ptr_null(DB);
	ck_assert_msg(err[0] != '\0', "no message");
	ck_assert_int_eq(db_status_exit(DB_NEWER), 65);
	/* The file is left as it was. */
	ck_assert_int_gt(file_size(path), 0);
}
END_TEST

START_TEST(test_other_application)
{
	char	path[256], err[1024];

	tmp_path(path, sizeof path, "other.db");
	raw_db(path, "PRAGMA application_id = 305419896; "
	    "CREATE TABLE t (x); INSERT INTO t VALUES (1)");
	ck_assert_int_eq(db_open(&DB, path, 0, err, sizeof err), DB_CORRUPT);
	ck_assert_int_eq(db_open(&DB, path, DB_OPEN_CREATE, err, sizeof err),
	    DB_CORRUPT);
	/* An SQLite file with no application id and a table of its own. */
	tmp_path(path, sizeof path, "plain.db");
	raw_db(path, "CREATE TABLE t (x)");
	ck_assert_int_eq(db_open(&DB, path, 0, err, sizeof err), DB_CORRUPT);
	/* Neither was touched. */
	ck_assert_int_gt(file_size(path), 0);
}
END_TEST

START_TEST(test_not_a_database)
{
	char		 path[256], err[1024];
	unsigned char	 buf[4096];
	unsigned	 x = 12345;
	size_t		 i;
	FILE		*fp;

	/* Noise, the same noise every run. */
	for (i = 0; i < sizeof buf; i++) {
		x = x * 1103515245u + 12345u;
		buf[i] = (unsigned char)(x >> 16);
	}
	tmp_path(path, sizeof path, "noise.db");
	fp = fopen(path, "wb");
	ck_assert_ptr_nonnull(fp);
	ck_assert_uint_eq(fwrite(buf, 1, sizeof buf, fp), sizeof buf);
	fclose(fp);
	ck_assert_int_eq(db_open(&DB, path, 0, err, sizeof err), DB_CORRUPT);
	ck_assert_int_eq(db_open(&DB, path, DB_OPEN_CREATE, err, sizeof err),
	    DB_CORRUPT);
	ck_assert_int_eq(file_size(path), (off_t)sizeof buf);

	/* A short text file. */
	tmp_path(path, sizeof path, "notes.txt");
	fp = fopen(path, "w");
	ck_assert_ptr_nonnull(fp);
	fputs("this is not a database\n", fp);
	fclose(fp);
	ck_assert_int_eq(db_open(&DB, path, 0, err, sizeof err), DB_CORRUPT);
	ck_assert_int_eq(file_size(path), 23);
}
END_TEST

START_TEST(test_missing)
{
	char		path[256], err[1024];
	struct stat	sb;

	tmp_path(path, sizeof path, "none/meso.db");
	ck_assert_int_eq(db_open(&DB, path, 0, err, sizeof err), DB_ENOENT);
	ck_assert_ptr_null(DB);
	ck_assert_int_ne(stat(path, &sb), 0);	/* nothing created */
	tmp_path(path, sizeof path, "none");
	ck_assert_int_ne(stat(path, &sb), 0);
	ck_assert_int_eq(db_status_exit(DB_ENOENT), 66);
	ck_assert_int_eq(db_open(&DB, "", 0, err, sizeof err), DB_ENOENT);
	ck_assert_int_ne(db_open(&DB, "", DB_OPEN_CREATE, err, sizeof err),
	    DB_OK);
	ck_assert_ptr_null(DB);
}
END_TEST

START_TEST(test_directory)
{
	char	err[1024];

	ck_assert_int_ne(db_open(&DB, TMP, 0, err, sizeof err), DB_OK);
	ck_assert_ptr_null(DB);
	ck_assert_int_ne(db_open(&DB, TMP, DB_OPEN_CREATE, err, sizeof err),
	    DB_OK);
	ck_assert_ptr_null(DB);
	ck_assert_msg(err[0] != '\0', "no message");
}
END_TEST

/* An empty file opened read-only cannot be created into. */
START_TEST(test_readonly_empty)
{
	char	path[256], err[1024];
	int	fd;

	tmp_path(path, sizeof path, "empty.db");
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	ck_assert_int_ge(fd, 0);
	close(fd);
	ck_assert_int_eq(db_open(&DB, path, DB_OPEN_READONLY, err, sizeof err),
	    DB_READONLY);
	/* Without the flag, an empty file becomes a fresh database. */
	ck_assert_msg(db_open(&DB, path, 0, err, sizeof err) == DB_OK, "%s",
	    err);
	ck_assert_int_eq(DB->created, 1);
}
END_TEST

/* Verification and migrations ---------------------------------------------- */

START_TEST(test_verify)
{
	DB = tu_db();
	ck_assert_int_eq(db_verify(DB), 0);
	ck_assert_int_eq(db_exec(DB, "PRAGMA integrity_check"), SQLITE_OK);
	/* A row that breaks a foreign key is found. */
	ck_assert_int_eq(db_exec(DB, "PRAGMA foreign_keys = OFF"), SQLITE_OK);
	ck_assert_int_eq(db_exec(DB, "INSERT INTO product_ingredient (product, "
	    "ingredient, role, strength, unit, source) VALUES ('ha-nx-10', "
	    "'unobtainium', 'active', 1, 'ug', 'test')"), SQLITE_OK);
	ck_assert_int_eq(db_verify(DB), -1);
}
END_TEST

START_TEST(test_foreign_keys_enforced)
{
	DB = tu_db();
	ck_assert_int_ne(db_exec(DB, "INSERT INTO product_ingredient (product, "
	    "ingredient, role, strength, unit, source) VALUES ('ha-nx-10', "
	    "'unobtainium', 'active', 1, 'ug', 'test')"), SQLITE_OK);
	/* STRICT and CHECK: a strength of 0 is refused. */
	ck_assert_int_ne(db_exec(DB, "UPDATE product_ingredient SET strength "
	    "= 0 WHERE product = 'ha-nx-10'"), SQLITE_OK);
}
END_TEST

/* The schema as rows: type, name, tbl_name, sql, one line each. */
static char *
schema_dump(sqlite3 *h)
{
	sqlite3_stmt	*st;
	char		*out = NULL;
	size_t		 len = 0, n;
	int		 k;
	const char	*col;

	ck_assert_int_eq(sqlite3_prepare_v2(h, "SELECT type, name, tbl_name, "
	    "sql FROM sqlite_schema ORDER BY name", -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		for (k = 0; k < 4; k++) {
			col = (const char *)sqlite3_column_text(st, k);
			if (col == NULL)
				col = "(null)";
			n = strlen(col) + 2;
			out = realloc(out, len + n + 1);
			ck_assert_ptr_nonnull(out);
			snprintf(out + len, n + 1, "%s%c", col,
			    k == 3 ? '\n' : '|');
			len += n - 1;
		}
	}
	sqlite3_finalize(st);
	return (out != NULL ? out : strdup(""));
}

/*
 * A database at version 0 (empty, with our application id) migrated step
 * by step to the latest has the schema of a fresh install.
 */
START_TEST(test_migrated_equals_fresh)
{
	struct db	 old;
	char		*fresh, *migrated;
	char		 path[] = ":memory:";

	DB = tu_db();
	fresh = schema_dump(DB->h);

	memset(&old, 0, sizeof old);
	old.path = path;
	ck_assert_int_eq(sqlite3_open(":memory:", &old.h), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(old.h, "PRAGMA foreign_keys = ON; "
	    "PRAGMA application_id = 1296388943", NULL, NULL, NULL), SQLITE_OK);
	ck_assert_int_eq(pragma_int(old.h, "PRAGMA user_version"), 0);
	ck_assert_msg(db_migrate(&old) == DB_OK, "%s", old.err);
	ck_assert_int_eq(old.version, db_latest_version());
	ck_assert_int_eq(old.migrated, db_latest_version());
	ck_assert_int_eq(pragma_int(old.h, "PRAGMA user_version"),
	    db_latest_version());
	migrated = schema_dump(old.h);
	ck_assert_uint_gt(strlen(fresh), 0);
	ck_assert_str_eq(migrated, fresh);
	/* Migrating what is already the latest does nothing. */
	old.migrated = 0;
	ck_assert_int_eq(db_migrate(&old), DB_OK);
	ck_assert_int_eq(old.migrated, 0);
	sqlite3_close(old.h);
	free(fresh);
	free(migrated);
}
END_TEST

/* An older file database is migrated on open; NOMIGRATE refuses it. */
START_TEST(test_open_migrates)
{
	char	path[256], err[1024];

	tmp_path(path, sizeof path, "old.db");
	raw_db(path, "PRAGMA application_id = 1296388943; "
	    "CREATE TABLE legacy (x)");
	ck_assert_int_eq(db_open(&DB, path, DB_OPEN_NOMIGRATE, err,
	    sizeof err), DB_READONLY);
	ck_assert_msg(db_open(&DB, path, 0, err, sizeof err) == DB_OK, "%s",
	    err);
	ck_assert_int_eq(DB->version, db_latest_version());
	ck_assert_int_eq(DB->migrated, db_latest_version());
	ck_assert_int_eq(pragma_int(DB->h, "PRAGMA user_version"),
	    db_latest_version());
	ck_assert_int_eq(db_verify(DB), 0);
}
END_TEST

/* Backup -------------------------------------------------------------------- */

static const char *const count_tables[] = { "ingredient", "product",
    "product_ingredient", "allergen_class", "allergen_alias",
    "ingredient_allergen", "allergen_cross", "compat_rule", "mix_rule",
    "contraindication", "dose_limit", "technique", "area", "area_technique",
    "syringe", "needle", "indication", "template_component", "condition",
    "medication_class", "age_rule", "dose_class", "dose_class_member",
    "tonicity_rule", "pregnancy_rule", "ingredient_alias", "medication_alias",
    "condition_alias" };

START_TEST(test_backup)
{
	struct db	*copy;
	struct stat	 sb;
	char		 path[256], sql[128], err[1024];
	size_t		 k;

	DB = tu_db();
	tmp_path(path, sizeof path, "backup.db");
	ck_assert_msg(db_backup(DB, path) == DB_OK, "%s", DB->err);
	ck_assert_int_eq(stat(path, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 0077, 0);
	ck_assert_msg(db_open(&copy, path, 0, err, sizeof err) == DB_OK, "%s",
	    err);
	ck_assert_int_eq(copy->created, 0);
	ck_assert_int_eq(copy->version, db_latest_version());
	for (k = 0; k < NELEM(count_tables); k++) {
		snprintf(sql, sizeof sql, "SELECT count(*) FROM %s",
		    count_tables[k]);
		ck_assert_msg(pragma_int(copy->h, sql) ==
		    pragma_int(DB->h, sql), "%s: %d rows in the backup, %d in "
		    "the database", count_tables[k], pragma_int(copy->h, sql),
		    pragma_int(DB->h, sql));
	}
	ck_assert_int_eq(db_verify(copy), 0);
	db_close(copy);
}
END_TEST

START_TEST(test_backup_refuses_existing)
{
	char	path[256];
	off_t	size;
	FILE	*fp;

	DB = tu_db();
	tmp_path(path, sizeof path, "precious.db");
	fp = fopen(path, "w");
	ck_assert_ptr_nonnull(fp);
	fputs("keep me\n", fp);
	fclose(fp);
	size = file_size(path);
	ck_assert_int_ne(db_backup(DB, path), DB_OK);
	ck_assert_msg(DB->err[0] != '\0', "no message");
	ck_assert_int_eq(file_size(path), size);
	/* Nor into a directory that is not there. */
	tmp_path(path, sizeof path, "nowhere/backup.db");
	ck_assert_int_ne(db_backup(DB, path), DB_OK);
}
END_TEST

/* Small parts ----------------------------------------------------------------- */

static const struct {
	enum db_status	st;
	int		exit;
} exit_rows[] = {
	{ DB_OK, 0 }, { DB_ENOENT, 66 }, { DB_CORRUPT, 65 }, { DB_NEWER, 65 },
	{ DB_CANTCREATE, 73 }, { DB_READONLY, 73 }, { DB_IOERR, 74 },
	{ DB_BUSY, 75 }, { DB_ERROR, 70 },
};

START_TEST(test_status_exit)
{
	ck_assert_int_eq(db_status_exit(exit_rows[_i].st), exit_rows[_i].exit);
}
END_TEST

static const struct {
	int		rc;
	enum db_status	st;
} rc_rows[] = {
	{ SQLITE_OK, DB_OK }, { SQLITE_DONE, DB_OK }, { SQLITE_ROW, DB_OK },
	{ SQLITE_CANTOPEN, DB_ENOENT }, { SQLITE_NOTADB, DB_CORRUPT },
	{ SQLITE_CORRUPT, DB_CORRUPT }, { SQLITE_READONLY, DB_READONLY },
	{ SQLITE_IOERR, DB_IOERR }, { SQLITE_IOERR_READ, DB_IOERR },
	{ SQLITE_FULL, DB_IOERR }, { SQLITE_BUSY, DB_BUSY },
	{ SQLITE_BUSY_SNAPSHOT, DB_BUSY }, { SQLITE_LOCKED, DB_BUSY },
	{ SQLITE_CONSTRAINT, DB_ERROR }, { SQLITE_MISUSE, DB_ERROR },
};

START_TEST(test_status_from_rc)
{
	ck_assert_int_eq(db_status_from_rc(rc_rows[_i].rc), rc_rows[_i].st);
}
END_TEST

START_TEST(test_prepare_cache)
{
	sqlite3_stmt	*a, *b;

	DB = tu_db();
	a = db_prepare(DB, "SELECT count(*) FROM product");
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(sqlite3_step(a), SQLITE_ROW);
	b = db_prepare(DB, "SELECT count(*) FROM product");
	ck_assert_ptr_eq(a, b);
	/* Handed back reset: it runs again from the start. */
	ck_assert_int_eq(sqlite3_step(b), SQLITE_ROW);
	ck_assert_ptr_null(db_prepare(DB, "SELECT nonsense FROM nowhere"));
	ck_assert_msg(DB->err[0] != '\0', "no message");
}
END_TEST

/* store_clinic: patients ------------------------------------------------- */

static void
clinic_setup(void)
{
	DB = tu_db();
}

static void
clinic_teardown(void)
{
	db_close(DB);
	DB = NULL;
}

static void
assert_same_patient(const struct patient *a, const struct patient *b)
{
	size_t	i;

	ck_assert_str_eq(a->id, b->id);
	ck_assert_str_eq(a->name, b->name);
	ck_assert_int_eq(a->age, b->age);
	ck_assert_str_eq(a->sex, b->sex);
	ck_assert_int_eq(a->weight_g, b->weight_g);
	ck_assert_uint_eq(a->nallergies, b->nallergies);
	for (i = 0; i < a->nallergies; i++)
		ck_assert_str_eq(a->allergies[i], b->allergies[i]);
	ck_assert_uint_eq(a->nconditions, b->nconditions);
	for (i = 0; i < a->nconditions; i++)
		ck_assert_str_eq(a->conditions[i], b->conditions[i]);
	ck_assert_uint_eq(a->nmedications, b->nmedications);
	for (i = 0; i < a->nmedications; i++)
		ck_assert_str_eq(a->medications[i], b->medications[i]);
}

static void
assert_same(const struct cocktail *a, const struct cocktail *b)
{
	const struct component	*x, *y;
	size_t			 i;

	ck_assert_str_eq(a->name, b->name);
	ck_assert_str_eq(a->indication, b->indication);
	ck_assert_int_eq(a->has_patient, b->has_patient);
	if (a->has_patient)
		assert_same_patient(&a->patient, &b->patient);
	ck_assert_uint_eq(a->ncomponents, b->ncomponents);
	for (i = 0; i < a->ncomponents; i++) {
		x = &a->components[i];
		y = &b->components[i];
		ck_assert_str_eq(x->code, y->code);
		ck_assert_int_eq(x->is_product, y->is_product);
		ck_assert_int_eq(x->given_strength, y->given_strength);
		ck_assert_int_eq(x->volume_ul, y->volume_ul);
		ck_assert_int_eq(x->parts, y->parts);
	}
	ck_assert_str_eq(a->area, b->area);
	ck_assert_str_eq(a->technique, b->technique);
	ck_assert_str_eq(a->needle, b->needle);
	ck_assert_int_eq(a->surface_cm2, b->surface_cm2);
	ck_assert_int_eq(a->spacing_um, b->spacing_um);
	ck_assert_int_eq(a->volume_per_point_ul, b->volume_per_point_ul);
	ck_assert_int_eq(a->depth_um, b->depth_um);
	ck_assert_int_eq(a->syringe_ul, b->syringe_ul);
	ck_assert_int_eq(a->overage_pct, b->overage_pct);
	ck_assert_int_eq(a->total_ul, b->total_ul);
}

static void
make_patient(struct patient *p, const char *id, const char *name)
{
	patient_init(p);
	snprintf(p->id, sizeof p->id, "%s", id);
	snprintf(p->name, sizeof p->name, "%s", name);
	p->age = 41;
	snprintf(p->sex, sizeof p->sex, "female");
	p->weight_g = 62500;
	patient_add_code(p->allergies, &p->nallergies, "soy");
	patient_add_code(p->allergies, &p->nallergies, "paba");
	patient_add_code(p->conditions, &p->nconditions,
	    "childbearing-potential");
	patient_add_code(p->medications, &p->nmedications, "antiplatelet");
	patient_add_code(p->medications, &p->nmedications, "nsaid");
}

START_TEST(test_patient_roundtrip)
{
	struct patient	p, q;

	make_patient(&p, "P-0042", "Ana Example");
	ck_assert_msg(store_patient_save(DB, &p) == 0, "%s", DB->err);
	memset(&q, 0x55, sizeof q);
	ck_assert_int_eq(store_patient_load(DB, "P-0042", &q), 0);
	assert_same_patient(&p, &q);
	ck_assert_int_eq(store_patient_load(DB, "P-9999", &q), 1);

	/* Saved again under the same id: replaced, not doubled. */
	p.weight_g = 63000;
	p.nallergies = 0;
	snprintf(p.name, sizeof p.name, "Ana Example-Changed");
	ck_assert_int_eq(store_patient_save(DB, &p), 0);
	ck_assert_int_eq(store_patient_load(DB, "P-0042", &q), 0);
	assert_same_patient(&p, &q);
	ck_assert_int_eq(pragma_int(DB->h, "SELECT count(*) FROM patient"), 1);
}
END_TEST

START_TEST(test_patient_unknowns)
{
	struct patient	p, q;

	/* Nothing known but the id: it comes back as unknown, not as 0. */
	patient_init(&p);
	snprintf(p.id, sizeof p.id, "P-1");
	ck_assert_int_eq(store_patient_save(DB, &p), 0);
	ck_assert_int_eq(store_patient_load(DB, "P-1", &q), 0);
	assert_same_patient(&p, &q);
	ck_assert_int_eq(q.age, -1);
	ck_assert_int_eq(q.weight_g, -1);
	/* No id: refused. */
	patient_init(&p);
	ck_assert_int_eq(store_patient_save(DB, &p), -1);
	ck_assert_msg(DB->err[0] != '\0', "no message");
}
END_TEST

START_TEST(test_patient_find)
{
	struct patient	p, found[8];
	int		n;

	make_patient(&p, "P-0042", "Ana Example");
	ck_assert_int_eq(store_patient_save(DB, &p), 0);
	make_patient(&p, "P-0043", "Bruno Test");
	ck_assert_int_eq(store_patient_save(DB, &p), 0);
	make_patient(&p, "X_1", "100% Cotton");
	ck_assert_int_eq(store_patient_save(DB, &p), 0);
	ck_assert_int_eq(store_patient_find(DB, "", found, 8), 3);
	ck_assert_int_eq(store_patient_find(DB, "", found, 2), 2);
	n = store_patient_find(DB, "ana", found, 8);	/* any case */
	ck_assert_int_eq(n, 1);
	ck_assert_str_eq(found[0].id, "P-0042");
	ck_assert_int_eq(store_patient_find(DB, "p-004", found, 8), 2);
	/* Typed wildcards are text. */
	ck_assert_int_eq(store_patient_find(DB, "%", found, 8), 1);
	ck_assert_int_eq(store_patient_find(DB, "_", found, 8), 1);
	ck_assert_int_eq(store_patient_find(DB, "nobody", found, 8), 0);
}
END_TEST

/* store_clinic: formulations --------------------------------------------- */

static const char formulation_json[] =
    "{\"name\": \"Hydration\", \"indication\": \"facial-hydration\", "
    "\"patient\": {\"id\": \"P-0042\", \"weight_kg\": 62, "
    "\"allergies\": [\"soy\"]}, "
    "\"components\": ["
    "{\"ingredient\": \"hyaluronic-acid\", \"mg_per_ml\": 10, \"parts\": 2},"
    "{\"product\": \"lidocaine-1pct\", \"ml\": 0.5},"
    "{\"ingredient\": \"hyaluronidase\", \"units_per_ml\": 150, "
    "\"ml\": 0.2}], "
    "\"area\": \"face\", \"surface_cm2\": 300, \"technique\": \"papule\", "
    "\"spacing_mm\": 10, \"volume_per_point_ml\": 0.05, \"syringe_ml\": 5}";

START_TEST(test_formulation_roundtrip)
{
	struct formulation_info	info[4];

	tu_parse(formulation_json, &C);
	ck_assert_msg(store_formulation_save(DB, "Hydration A", &C) == 0,
	    "%s", DB->err);
	memset(&C2, 0x55, sizeof C2);
	ck_assert_msg(store_formulation_load(DB, "Hydration A", &C2) == 0,
	    "%s", DB->err);
	assert_same(&C, &C2);
	ck_assert_int_eq(store_formulation_load(DB, "Hydration Z", &C2), 1);
	ck_assert_int_eq(store_formulation_list(DB, info, 4), 1);
	ck_assert_str_eq(info[0].name, "Hydration A");
	ck_assert_str_eq(info[0].patient, "P-0042");
	ck_assert_uint_gt(strlen(info[0].updated), 0);
}
END_TEST

START_TEST(test_formulation_replace)
{
	tu_parse(formulation_json, &C);
	ck_assert_int_eq(store_formulation_save(DB, "Mix", &C), 0);
	C.components[1].volume_ul = 1000;
	ck_assert_int_eq(store_formulation_save(DB, "Mix", &C), 0);
	ck_assert_int_eq(pragma_int(DB->h, "SELECT count(*) FROM formulation"),
	    1);
	ck_assert_int_eq(store_formulation_load(DB, "Mix", &C2), 0);
	ck_assert_int_eq(C2.components[1].volume_ul, 1000);
}
END_TEST

START_TEST(test_formulation_duplicate)
{
	struct formulation_info	info[4];

	tu_parse(formulation_json, &C);
	ck_assert_int_eq(store_formulation_save(DB, "Hydration A", &C), 0);
	ck_assert_msg(store_formulation_duplicate(DB, "Hydration A",
	    "Hydration B") == 0, "%s", DB->err);
	ck_assert_int_eq(store_formulation_load(DB, "Hydration B", &C2), 0);
	/* The copy holds the same mix. */
	snprintf(C2.name, sizeof C2.name, "%s", C.name);
	assert_same(&C, &C2);
	ck_assert_int_eq(store_formulation_list(DB, info, 4), 2);
	/* The original is unchanged. */
	ck_assert_int_eq(store_formulation_load(DB, "Hydration A", &C2), 0);
	assert_same(&C, &C2);
	/* From nothing: not found; onto a taken name: refused. */
	ck_assert_int_eq(store_formulation_duplicate(DB, "Nope", "Hydration C"),
	    1);
	ck_assert_int_eq(store_formulation_duplicate(DB, "Hydration A",
	    "Hydration B"), -1);
	ck_assert_int_eq(store_formulation_duplicate(DB, "Hydration A", ""),
	    -1);
	ck_assert_int_eq(store_formulation_list(DB, info, 4), 2);
}
END_TEST

START_TEST(test_formulation_delete)
{
	tu_parse(formulation_json, &C);
	ck_assert_int_eq(store_formulation_save(DB, "Gone", &C), 0);
	ck_assert_int_eq(store_formulation_delete(DB, "Gone"), 0);
	ck_assert_int_eq(store_formulation_delete(DB, "Gone"), 1);
	ck_assert_int_eq(store_formulation_load(DB, "Gone", &C2), 1);
}
END_TEST

START_TEST(test_formulation_refused)
{
	char	name[256];

	tu_parse(formulation_json, &C);
	ck_assert_int_eq(store_formulation_save(DB, "", &C), -1);
	memset(name, 'n', 201);
	name[201] = '\0';
	ck_assert_int_eq(store_formulation_save(DB, name, &C), -1);
	/* Not a valid cocktail file (no component): never saved. */
	cocktail_init(&C);
	ck_assert_int_eq(store_formulation_save(DB, "Empty", &C), -1);
	ck_assert_msg(DB->err[0] != '\0', "no message");
	ck_assert_int_eq(pragma_int(DB->h, "SELECT count(*) FROM formulation"),
	    0);
}
END_TEST

/* A damaged body is an error, never an empty cocktail. */
START_TEST(test_formulation_damaged)
{
	ck_assert_int_eq(db_exec(DB, "INSERT INTO formulation (name, body) "
	    "VALUES ('Broken', '{\"components\": [], \"colour\": 1}')"),
	    SQLITE_OK);
	ck_assert_int_eq(store_formulation_load(DB, "Broken", &C2), -1);
	ck_assert_msg(DB->err[0] != '\0', "no message");
}
END_TEST

/* store_clinic: drafts --------------------------------------------------- */

START_TEST(test_draft_roundtrip)
{
	char	updated[32];

	tu_parse(formulation_json, &C);
	ck_assert_int_eq(store_draft_load(DB, "alice", &C2), 1);
	ck_assert_int_eq(store_draft_updated(DB, "alice", updated,
	    sizeof updated), 1);
	ck_assert_msg(store_draft_save(DB, "alice", &C) == 0, "%s", DB->err);
	ck_assert_msg(store_draft_load(DB, "alice", &C2) == 0, "%s", DB->err);
	assert_same(&C, &C2);
	/* Another owner has no draft. */
	ck_assert_int_eq(store_draft_load(DB, "bob", &C2), 1);
	/* Saved again: replaced. */
	C.components[1].volume_ul = 700;
	ck_assert_int_eq(store_draft_save(DB, "alice", &C), 0);
	ck_assert_int_eq(store_draft_load(DB, "alice", &C2), 0);
	ck_assert_int_eq(C2.components[1].volume_ul, 700);
	ck_assert_int_eq(pragma_int(DB->h, "SELECT count(*) FROM draft"), 1);
	/* When: UTC, ISO 8601, "2026-11-24T16:57:26Z". */
	ck_assert_int_eq(store_draft_updated(DB, "alice", updated,
	    sizeof updated), 0);
	ck_assert_uint_eq(strlen(updated), 20);
	ck_assert_int_eq(updated[10], 'T');
	ck_assert_int_eq(updated[19], 'Z');
	ck_assert_int_eq(store_draft_clear(DB, "alice"), 0);
	ck_assert_int_eq(store_draft_load(DB, "alice", &C2), 1);
}
END_TEST

/* Work in progress comes back exactly as it was left. */
START_TEST(test_draft_partial)
{
	struct component	*cp;

	/* Nothing at all yet. */
	cocktail_init(&C);
	ck_assert_msg(store_draft_save(DB, "alice", &C) == 0, "%s", DB->err);
	ck_assert_msg(store_draft_load(DB, "alice", &C2) == 0, "%s", DB->err);
	assert_same(&C, &C2);

	/* An area without a technique, parts without a total. */
	cocktail_init(&C);
	snprintf(C.name, sizeof C.name, "Half done");
	snprintf(C.area, sizeof C.area, "face");
	cp = cocktail_add(&C, "hyaluronic-acid", 0);
	cp->given_strength = 10000;
	cp->given_unit = UNIT_UG;
	cp->parts = 1000;
	ck_assert_int_eq(store_draft_save(DB, "alice", &C), 0);
	ck_assert_msg(store_draft_load(DB, "alice", &C2) == 0, "%s", DB->err);
	assert_same(&C, &C2);

	/* A technique without an area. */
	cocktail_init(&C);
	snprintf(C.technique, sizeof C.technique, "papule");
	ck_assert_int_eq(store_draft_save(DB, "alice", &C), 0);
	ck_assert_msg(store_draft_load(DB, "alice", &C2) == 0, "%s", DB->err);
	assert_same(&C, &C2);
}
END_TEST

START_TEST(test_clinic_owner)
{
	char	buf[64];

	setenv("USER", "alice", 1);
	store_clinic_owner(buf, sizeof buf);
	ck_assert_str_eq(buf, "alice");
	unsetenv("USER");
	store_clinic_owner(buf, sizeof buf);
	ck_assert_uint_gt(strlen(buf), 0);
	setenv("USER", "", 1);
	store_clinic_owner(buf, sizeof buf);
	ck_assert_uint_gt(strlen(buf), 0);
}
END_TEST

START_TEST(test_syringe_capacity)
{
	int64_t	ul = -1;

	ck_assert_int_eq(store_syringe_capacity(DB, "syringe-5ml", &ul), 0);
	ck_assert_int_eq(ul, 5000);
	ck_assert_int_eq(store_syringe_capacity(DB, "syringe-1ml", &ul), 0);
	ck_assert_int_eq(ul, 1000);
	ck_assert_int_eq(store_syringe_capacity(DB, "syringe-99ml", &ul), 1);
}
END_TEST

START_TEST(test_audit)
{
	ck_assert_int_eq(store_audit(DB, "alice", "formulation.save",
	    "Hydration A"), 0);
	ck_assert_int_eq(store_audit(DB, NULL, "db.backup", NULL), 0);
	ck_assert_int_eq(pragma_int(DB->h, "SELECT count(*) FROM audit"), 2);
	ck_assert_int_eq(pragma_int(DB->h, "SELECT count(*) FROM audit WHERE "
	    "who = 'alice' AND action = 'formulation.save' AND "
	    "detail = 'Hydration A'"), 1);
}
END_TEST

static Suite *
db_suite(void)
{
	Suite	*s = suite_create("db");
	TCase	*tc;

	tc = tcase_create("open");
	tcase_add_checked_fixture(tc, tmp_setup, tmp_teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_memory_fresh);
	tcase_add_test(tc, test_file_create_modes);
	tcase_add_test(tc, test_file_create_umask);
	tcase_add_test(tc, test_reopen);
	tcase_add_test(tc, test_readonly);
	tcase_add_test(tc, test_newer_refused);
	tcase_add_test(tc, test_other_application);
	tcase_add_test(tc, test_not_a_database);
	tcase_add_test(tc, test_missing);
	tcase_add_test(tc, test_directory);
	tcase_add_test(tc, test_readonly_empty);
	suite_add_tcase(s, tc);

	tc = tcase_create("schema");
	tcase_add_checked_fixture(tc, tmp_setup, tmp_teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_verify);
	tcase_add_test(tc, test_foreign_keys_enforced);
	tcase_add_test(tc, test_migrated_equals_fresh);
	tcase_add_test(tc, test_open_migrates);
	suite_add_tcase(s, tc);

	tc = tcase_create("backup");
	tcase_add_checked_fixture(tc, tmp_setup, tmp_teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_backup);
	tcase_add_test(tc, test_backup_refuses_existing);
	suite_add_tcase(s, tc);

	tc = tcase_create("parts");
	tcase_add_checked_fixture(tc, tmp_setup, tmp_teardown);
	tcase_add_loop_test(tc, test_status_exit, 0, NELEM(exit_rows));
	tcase_add_loop_test(tc, test_status_from_rc, 0, NELEM(rc_rows));
	tcase_add_test(tc, test_prepare_cache);
	suite_add_tcase(s, tc);
	return (s);
}

static Suite *
clinic_suite(void)
{
	Suite	*s = suite_create("store_clinic");
	TCase	*tc;

	tc = tcase_create("patients");
	tcase_add_checked_fixture(tc, clinic_setup, clinic_teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_patient_roundtrip);
	tcase_add_test(tc, test_patient_unknowns);
	tcase_add_test(tc, test_patient_find);
	suite_add_tcase(s, tc);

	tc = tcase_create("formulations");
	tcase_add_checked_fixture(tc, clinic_setup, clinic_teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_formulation_roundtrip);
	tcase_add_test(tc, test_formulation_replace);
	tcase_add_test(tc, test_formulation_duplicate);
	tcase_add_test(tc, test_formulation_delete);
	tcase_add_test(tc, test_formulation_refused);
	tcase_add_test(tc, test_formulation_damaged);
	suite_add_tcase(s, tc);

	tc = tcase_create("drafts");
	tcase_add_checked_fixture(tc, clinic_setup, clinic_teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_draft_roundtrip);
	tcase_add_test(tc, test_draft_partial);
	tcase_add_test(tc, test_clinic_owner);
	tcase_add_test(tc, test_syringe_capacity);
	tcase_add_test(tc, test_audit);
	suite_add_tcase(s, tc);
	return (s);
}

int
main(void)
{
	SRunner	*sr;
	int	 failures;

	sr = srunner_create(db_suite());
	srunner_add_suite(sr, clinic_suite());
	srunner_run_all(sr, CK_NORMAL);
	failures = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failures ? EXIT_FAILURE : EXIT_SUCCESS);
}

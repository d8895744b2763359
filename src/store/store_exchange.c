#include "config.h"

#include <stdio.h>
#include <string.h>

#include "store/store_exchange.h"

/* The formulary tables, parents before children; 1 = rows carry a source. */
static const struct {
	const char	*name;
	int		 medical;
} tables[] = {
	{ "ingredient_group", 0 },
	{ "allergen_class", 0 },
	{ "allergen_alias", 0 },
	{ "condition", 0 },
	{ "condition_alias", 0 },
	{ "medication_class", 0 },
	{ "medication_alias", 0 },
	{ "ingredient", 1 },
	{ "ingredient_alias", 0 },
	{ "ingredient_allergen", 1 },
	{ "allergen_cross", 1 },
	{ "product", 1 },
	{ "product_ingredient", 1 },
	{ "contraindication", 1 },
	{ "dose_limit", 1 },
	{ "dose_class", 1 },
	{ "dose_class_member", 1 },
	{ "age_rule", 1 },
	{ "pregnancy_rule", 1 },
	{ "tonicity_rule", 1 },
	{ "compat_rule", 1 },
	{ "mix_rule", 1 },
	{ "technique", 1 },
	{ "area", 1 },
	{ "area_technique", 1 },
	{ "syringe", 1 },
	{ "needle", 1 },
	{ "indication", 1 },
	{ "template_component", 1 },
};
#define NTABLES (sizeof tables / sizeof tables[0])

static json_t *
column_json(sqlite3_stmt *st, int i)
{
	switch (sqlite3_column_type(st, i)) {
	case SQLITE_INTEGER:
		return (json_integer(sqlite3_column_int64(st, i)));
	case SQLITE_FLOAT:
		return (json_real(sqlite3_column_double(st, i)));
	case SQLITE_NULL:
		return (json_null());
	default:
		return (json_string((const char *)sqlite3_column_text(st, i)));
	}
}

static json_t *
row_json(sqlite3_stmt *st)
{
	json_t	*o = json_object();
	int	 i;

	for (i = 0; i < sqlite3_column_count(st); i++)
		json_object_set_new(o, sqlite3_column_name(st, i),
		    column_json(st, i));
	return (o);
}

/* All rows of a statement as an array; NULL on error. */
static json_t *
rows_json(struct db *db, sqlite3_stmt *st)
{
	json_t	*a = json_array();
	int	 rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		json_array_append_new(a, row_json(st));
	if (rc != SQLITE_DONE) {
		snprintf(db->err, sizeof db->err, "%s", sqlite3_errmsg(db->h));
		json_decref(a);
		return (NULL);
	}
	return (a);
}

static json_t *
table_json(struct db *db, const char *table)
{
	sqlite3_stmt	*st;
	json_t		*a;
	char		*sql;

	/* Table names come from the constant list above, never from input. */
	sql = sqlite3_mprintf("SELECT * FROM \"%w\" ORDER BY rowid", table);
	if (sqlite3_prepare_v2(db->h, sql, -1, &st, NULL) != SQLITE_OK) {
		snprintf(db->err, sizeof db->err, "%s", sqlite3_errmsg(db->h));
		sqlite3_free(sql);
		return (NULL);
	}
	sqlite3_free(sql);
	a = rows_json(db, st);
	sqlite3_finalize(st);
	return (a);
}

json_t *
store_formulary_export(struct db *db)
{
	json_t	*root, *t, *a;
	size_t	 i;

	root = json_object();
	json_object_set_new(root, "format", json_string(FORMULARY_FORMAT));
	json_object_set_new(root, "schema_version",
	    json_integer(db_latest_version()));
	t = json_object();
	/* One read transaction: a consistent snapshot while others write. */
	db_exec(db, "BEGIN");
	for (i = 0; i < NTABLES; i++) {
		if ((a = table_json(db, tables[i].name)) == NULL) {
			db_rollback(db);
			json_decref(root);
			json_decref(t);
			return (NULL);
		}
		json_object_set_new(t, tables[i].name, a);
	}
	db_exec(db, "COMMIT");
	json_object_set_new(root, "tables", t);
	return (root);
}

struct column {
	char	 name[64];
	char	 type[16];
	int	 notnull;
	int	 has_default;
};

static int
table_columns(struct db *db, const char *table, struct column *cols, int max)
{
	sqlite3_stmt	*st;
	int		 n = 0;

	st = db_prepare(db, "SELECT name, type, \"notnull\", "
	    "dflt_value IS NOT NULL OR pk FROM pragma_table_info(?1)");
	if (st == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, table, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW && n < max) {
		snprintf(cols[n].name, sizeof cols[n].name, "%s",
		    (const char *)sqlite3_column_text(st, 0));
		snprintf(cols[n].type, sizeof cols[n].type, "%s",
		    (const char *)sqlite3_column_text(st, 1));
		cols[n].notnull = sqlite3_column_int(st, 2);
		cols[n].has_default = sqlite3_column_int(st, 3);
		n++;
	}
	sqlite3_reset(st);
	return (n);
}

static int
imp_err(struct meso_error *err, const char *table, long row,
    const char *col, const char *msg)
{
	if (row < 0)
		snprintf(err->field, sizeof err->field, "tables.%s", table);
	else if (col == NULL)
		snprintf(err->field, sizeof err->field, "tables.%s[%ld]",
		    table, row);
	else
		snprintf(err->field, sizeof err->field, "tables.%s[%ld].%s",
		    table, row, col);
	snprintf(err->message, sizeof err->message, "%s", msg);
	return (-1);
}

/* Check a row's keys and types against the table's columns. */
static int
validate_row(json_t *row, const char *table, int medical, long r,
    const struct column *cols, int ncols, struct meso_error *err)
{
	const char	*key;
	json_t		*v;
	int		 i;
	char		 msg[256];

	if (!json_is_object(row))
		return (imp_err(err, table, r, NULL, "a row is an object"));
	json_object_foreach(row, key, v) {
		for (i = 0; i < ncols; i++)
			if (strcmp(cols[i].name, key) == 0)
				break;
		if (i == ncols) {
			snprintf(msg, sizeof msg, "unknown column '%s'", key);
			return (imp_err(err, table, r, key, msg));
		}
		if (json_is_null(v)) {
			if (cols[i].notnull)
				return (imp_err(err, table, r, key,
				    "may not be null"));
			continue;
		}
		if (strcmp(cols[i].type, "INTEGER") == 0 &&
		    !json_is_integer(v))
			return (imp_err(err, table, r, key,
			    "must be a whole number"));
		if (strcmp(cols[i].type, "REAL") == 0 && !json_is_number(v))
			return (imp_err(err, table, r, key, "must be a number"));
		if (strcmp(cols[i].type, "TEXT") == 0 && !json_is_string(v))
			return (imp_err(err, table, r, key, "must be a string"));
	}
	if (medical) {
		v = json_object_get(row, "source");
		if (!json_is_string(v) || json_string_length(v) == 0 ||
		    strspn(json_string_value(v), " \t") ==
		    json_string_length(v))
			return (imp_err(err, table, r, "source", "every "
			    "medical row names its source"));
	}
	for (i = 0; i < ncols; i++)
		if (cols[i].notnull && !cols[i].has_default &&
		    json_object_get(row, cols[i].name) == NULL) {
			snprintf(msg, sizeof msg, "missing column '%s'",
			    cols[i].name);
			return (imp_err(err, table, r, NULL, msg));
		}
	return (0);
}

static int
bind_json(sqlite3_stmt *st, int i, json_t *v)
{
	if (v == NULL || json_is_null(v))
		return (sqlite3_bind_null(st, i));
	if (json_is_integer(v))
		return (sqlite3_bind_int64(st, i, json_integer_value(v)));
	if (json_is_real(v))
		return (sqlite3_bind_double(st, i, json_real_value(v)));
	if (json_is_string(v))
		return (sqlite3_bind_text(st, i, json_string_value(v), -1,
		    SQLITE_TRANSIENT));
	return (sqlite3_bind_null(st, i));
}

static int
import_table(struct db *db, const char *table, int medical, json_t *rows,
    struct meso_error *err)
{
	struct column	 cols[32];
	sqlite3_stmt	*st;
	json_t		*row;
	char		*sql, *p, msg[600];
	size_t		 r;
	int		 ncols, i, rc;

	if (!json_is_array(rows))
		return (imp_err(err, table, -1, NULL, "must be a list of rows"));
	if ((ncols = table_columns(db, table, cols, 32)) <= 0)
		return (-2);
	json_array_foreach(rows, r, row)
		if (validate_row(row, table, medical, (long)r, cols, ncols,
		    err) != 0)
			return (-1);
	/* INSERT INTO "t" ("c1", ...) VALUES (?1, ...): names from the schema. */
	sql = sqlite3_mprintf("INSERT INTO \"%w\" (", table);
	for (i = 0; i < ncols; i++) {
		p = sqlite3_mprintf("%s%s\"%w\"", sql, i ? ", " : "",
		    cols[i].name);
		sqlite3_free(sql);
		sql = p;
	}
	p = sqlite3_mprintf("%s) VALUES (", sql);
	sqlite3_free(sql);
	sql = p;
	for (i = 0; i < ncols; i++) {
		p = sqlite3_mprintf("%s%s?%d", sql, i ? ", " : "", i + 1);
		sqlite3_free(sql);
		sql = p;
	}
	p = sqlite3_mprintf("%s)", sql);
	sqlite3_free(sql);
	sql = p;
	rc = sqlite3_prepare_v2(db->h, sql, -1, &st, NULL);
	sqlite3_free(sql);
	if (rc != SQLITE_OK) {
		snprintf(db->err, sizeof db->err, "%s", sqlite3_errmsg(db->h));
		return (-2);
	}
	json_array_foreach(rows, r, row) {
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
		for (i = 0; i < ncols; i++) {
			json_t *v = json_object_get(row, cols[i].name);

			/* An absent column with a default keeps it. */
			if (v == NULL && cols[i].has_default) {
				sqlite3_finalize(st);
				return (imp_err(err, table, (long)r,
				    cols[i].name, "give every column (export "
				    "writes them all)"));
			}
			bind_json(st, i + 1, v);
		}
		if (sqlite3_step(st) != SQLITE_DONE) {
			snprintf(msg, sizeof msg, "rejected by the database: "
			    "%s", sqlite3_errmsg(db->h));
			sqlite3_finalize(st);
			return (imp_err(err, table, (long)r, NULL, msg));
		}
	}
	sqlite3_finalize(st);
	return (0);
}

int
store_formulary_import(struct db *db, json_t *root, struct meso_error *err)
{
	json_t		*t, *v, *rows;
	const char	*key;
	sqlite3_stmt	*st;
	char		*sql, msg[300];
	size_t		 i;
	int		 rc;

	memset(err, 0, sizeof *err);
	if (!json_is_object(root)) {
		snprintf(err->message, sizeof err->message, "a formulary file "
		    "is a JSON object");
		return (-1);
	}
	v = json_object_get(root, "format");
	if (!json_is_string(v) || strcmp(json_string_value(v),
	    FORMULARY_FORMAT) != 0) {
		snprintf(err->field, sizeof err->field, "format");
		snprintf(err->message, sizeof err->message, "must be \"%s\"",
		    FORMULARY_FORMAT);
		return (-1);
	}
	json_object_foreach(root, key, v) {
		if (strcmp(key, "format") && strcmp(key, "tables") &&
		    strcmp(key, "schema_version")) {
			snprintf(err->field, sizeof err->field, "%s", key);
			snprintf(err->message, sizeof err->message,
			    "unknown key '%s'", key);
			return (-1);
		}
	}
	t = json_object_get(root, "tables");
	if (!json_is_object(t)) {
		snprintf(err->field, sizeof err->field, "tables");
		snprintf(err->message, sizeof err->message, "missing or not "
		    "an object");
		return (-1);
	}
	json_object_foreach(t, key, v) {
		for (i = 0; i < NTABLES; i++)
			if (strcmp(tables[i].name, key) == 0)
				break;
		if (i == NTABLES) {
			snprintf(msg, sizeof msg, "unknown table '%s'", key);
			return (imp_err(err, key, -1, NULL, msg));
		}
	}
	for (i = 0; i < NTABLES; i++)
		if (json_object_get(t, tables[i].name) == NULL)
			return (imp_err(err, tables[i].name, -1, NULL,
			    "missing: an import replaces the whole formulary, "
			    "give every table (an empty list empties it)"));

	if (db_begin(db) != 0)
		return (-2);
	db_exec(db, "PRAGMA defer_foreign_keys = ON");
	for (i = NTABLES; i-- > 0;) {
		sql = sqlite3_mprintf("DELETE FROM \"%w\"", tables[i].name);
		rc = db_exec(db, sql);
		sqlite3_free(sql);
		if (rc != SQLITE_OK) {
			db_rollback(db);
			return (-2);
		}
	}
	for (i = 0; i < NTABLES; i++) {
		rows = json_object_get(t, tables[i].name);
		if ((rc = import_table(db, tables[i].name, tables[i].medical,
		    rows, err)) != 0) {
			db_rollback(db);
			return (rc);
		}
	}
	/* References that point nowhere: name the first. */
	if (sqlite3_prepare_v2(db->h, "PRAGMA foreign_key_check", -1, &st,
	    NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW) {
			snprintf(msg, sizeof msg, "row %lld refers to a "
			    "missing row of %s",
			    (long long)sqlite3_column_int64(st, 1),
			    (const char *)sqlite3_column_text(st, 2));
			snprintf(err->field, sizeof err->field, "tables.%s",
			    (const char *)sqlite3_column_text(st, 0));
			snprintf(err->message, sizeof err->message, "%s", msg);
			sqlite3_finalize(st);
			db_rollback(db);
			return (-1);
		}
		sqlite3_finalize(st);
	}
	if (db_commit(db) != 0) {
		db_rollback(db);
		return (-2);
	}
	return (0);
}

static json_t *
query_rows(struct db *db, const char *sql, const char *code)
{
	sqlite3_stmt	*st;

	if ((st = db_prepare(db, sql)) == NULL)
		return (NULL);
	sqlite3_bind_text(st, 1, code, -1, SQLITE_TRANSIENT);
	return (rows_json(db, st));
}

json_t *
store_formulary_show(struct db *db, const char *code, int *found)
{
	static const struct {
		const char	*kind;
		const char	*sql;
	} kinds[] = {
		{ "product", "SELECT * FROM product WHERE code = ?1" },
		{ "ingredient", "SELECT * FROM ingredient WHERE code = ?1" },
		{ "area", "SELECT * FROM area WHERE code = ?1" },
		{ "technique", "SELECT * FROM technique WHERE code = ?1" },
		{ "indication", "SELECT * FROM indication WHERE code = ?1" },
		{ "syringe", "SELECT * FROM syringe WHERE code = ?1" },
		{ "needle", "SELECT * FROM needle WHERE code = ?1" },
		{ "condition", "SELECT * FROM condition WHERE code = ?1" },
		{ "medication_class",
		    "SELECT * FROM medication_class WHERE code = ?1" },
		{ "allergen_class",
		    "SELECT * FROM allergen_class WHERE code = ?1" },
	};
	static const struct {
		const char	*kind;
		const char	*key;
		const char	*sql;
	} related[] = {
		{ "product", "contents", "SELECT ingredient, role, strength, "
		    "unit, origin, source FROM product_ingredient "
		    "WHERE product = ?1 ORDER BY role, ingredient" },
		{ "ingredient", "allergen_classes", "SELECT class, severity, "
		    "message, source FROM ingredient_allergen "
		    "WHERE ingredient = ?1" },
		{ "ingredient", "products", "SELECT product, role, strength, "
		    "unit FROM product_ingredient WHERE ingredient = ?1 "
		    "ORDER BY product" },
		{ "ingredient", "compatibility", "SELECT r.* FROM compat_rule r "
		    "JOIN ingredient i ON i.code = ?1 WHERE r.a = ?1 OR "
		    "r.b = ?1 OR (r.a_kind = 'group' AND r.a = i.grp) OR "
		    "(r.b_kind = 'group' AND r.b = i.grp) ORDER BY r.id" },
		{ "ingredient", "age_rules", "SELECT * FROM age_rule "
		    "WHERE ingredient = ?1 ORDER BY id" },
		{ "ingredient", "dose_limits", "SELECT * FROM dose_limit "
		    "WHERE ingredient = ?1 ORDER BY id" },
		{ "ingredient", "contraindications", "SELECT c.* FROM "
		    "contraindication c JOIN ingredient i ON i.code = ?1 "
		    "WHERE c.ingredient = ?1 OR c.grp = i.grp ORDER BY c.id" },
		{ "area", "techniques", "SELECT * FROM area_technique "
		    "WHERE area = ?1" },
		{ "indication", "template", "SELECT * FROM template_component "
		    "WHERE indication = ?1 ORDER BY seq" },
		{ "condition", "contraindications", "SELECT * FROM "
		    "contraindication WHERE condition = ?1 ORDER BY id" },
		{ "medication_class", "interactions", "SELECT * FROM "
		    "contraindication WHERE medication = ?1 ORDER BY id" },
		{ "allergen_class", "members", "SELECT * FROM "
		    "ingredient_allergen WHERE class = ?1" },
		{ "allergen_class", "cross_reactivity", "SELECT * FROM "
		    "allergen_cross WHERE from_class = ?1 OR to_class = ?1" },
	};
	json_t	*rows, *o, *a;
	size_t	 k, r;

	*found = 0;
	for (k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
		if ((rows = query_rows(db, kinds[k].sql, code)) == NULL)
			return (NULL);
		if (json_array_size(rows) == 0) {
			json_decref(rows);
			continue;
		}
		*found = 1;
		o = json_object();
		json_object_set_new(o, "kind", json_string(kinds[k].kind));
		json_object_set(o, kinds[k].kind, json_array_get(rows, 0));
		json_decref(rows);
		for (r = 0; r < sizeof related / sizeof related[0]; r++) {
			if (strcmp(related[r].kind, kinds[k].kind) != 0)
				continue;
			if ((a = query_rows(db, related[r].sql, code)) == NULL) {
				json_decref(o);
				return (NULL);
			}
			json_object_set_new(o, related[r].key, a);
		}
		return (o);
	}
	return (NULL);
}

json_t *
store_formulary_list(struct db *db, const char *group)
{
	sqlite3_stmt	*st;

	if (group == NULL)
		st = db_prepare(db, "SELECT code, 'ingredient' AS kind, "
		    "grp AS \"group\", name FROM ingredient "
		    "UNION ALL SELECT p.code, 'product', "
		    "(SELECT i.grp FROM product_ingredient pi JOIN ingredient i "
		    "ON i.code = pi.ingredient WHERE pi.product = p.code AND "
		    "pi.role = 'active' ORDER BY pi.strength DESC LIMIT 1), "
		    "p.name FROM product p ORDER BY kind, code");
	else
		st = db_prepare(db, "SELECT code, 'ingredient' AS kind, "
		    "grp AS \"group\", name FROM ingredient WHERE grp = ?1 "
		    "UNION ALL SELECT DISTINCT p.code, 'product', ?1, p.name "
		    "FROM product p JOIN product_ingredient pi "
		    "ON pi.product = p.code JOIN ingredient i "
		    "ON i.code = pi.ingredient WHERE i.grp = ?1 AND "
		    "pi.role = 'active' ORDER BY kind, code");
	if (st == NULL)
		return (NULL);
	if (group != NULL)
		sqlite3_bind_text(st, 1, group, -1, SQLITE_TRANSIENT);
	return (rows_json(db, st));
}

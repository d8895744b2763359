/*
 * Clinic data: saved patients, named formulations, the composer's draft
 * and the audit trail.  Every write is one transaction; every query is a
 * prepared statement with bound parameters.
 */
#include "config.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "core/xmalloc.h"
#include "io/json_cocktail.h"
#include "store/store_clinic.h"

static void	col_text(sqlite3_stmt *, int, char *, size_t);
static int	step_done(struct db *, sqlite3_stmt *);
static void	codes_join(char *, size_t, const char (*)[CODE_LEN], size_t);
static void	codes_split(const char *, char (*)[CODE_LEN], size_t *);
static void	patient_row(sqlite3_stmt *, struct patient *);
static int	body_parse(struct db *, const char *, struct cocktail *);
static int	draft_parse(const char *, struct cocktail *,
		    struct meso_error *);
static char	*valid_body(struct db *, const struct cocktail *);

static void
col_text(sqlite3_stmt *st, int i, char *buf, size_t len)
{
	const unsigned char	*t = sqlite3_column_text(st, i);

	snprintf(buf, len, "%s", t != NULL ? (const char *)t : "");
}

/* Step a write statement to its end; 0, or -1 with db->err. */
static int
step_done(struct db *db, sqlite3_stmt *st)
{
	int	rc;

	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		snprintf(db->err, sizeof db->err, "%s", sqlite3_errmsg(db->h));
		return (-1);
	}
	return (0);
}

static void
codes_join(char *buf, size_t len, const char (*list)[CODE_LEN], size_t n)
{
	size_t	i, used = 0;
	int	w;

	buf[0] = '\0';
	for (i = 0; i < n && used < len; i++) {
		w = snprintf(buf + used, len - used, "%s%s", i ? "," : "",
		    list[i]);
		if (w < 0)
			break;
		used += (size_t)w;
	}
}

static void
codes_split(const char *s, char (*list)[CODE_LEN], size_t *n)
{
	char	 code[CODE_LEN];
	size_t	 len;

	*n = 0;
	while (*s != '\0') {
		while (*s == ',' || *s == ' ')
			s++;
		len = strcspn(s, ",");
		while (len > 0 && s[len - 1] == ' ')
			len--;
		if (len > 0 && len < CODE_LEN) {
			memcpy(code, s, len);
			code[len] = '\0';
			patient_add_code(list, n, code);
		}
		s += strcspn(s, ",");
	}
}

void
store_clinic_owner(char *buf, size_t len)
{
	const char	*u = getenv("USER");
	struct passwd	*pw;

	if (u == NULL || *u == '\0') {
		pw = getpwuid(getuid());
		u = pw != NULL && pw->pw_name != NULL && *pw->pw_name != '\0' ?
		    pw->pw_name : "default";
	}
	snprintf(buf, len, "%s", u);
}

/* Patients ------------------------------------------------------------- */

int
store_patient_save(struct db *db, const struct patient *p)
{
	sqlite3_stmt	*st;
	char		 codes[PATIENT_MAX_CODES * CODE_LEN];

	if (p->id[0] == '\0') {
		snprintf(db->err, sizeof db->err, "a saved patient needs an id");
		return (-1);
	}
	if (db_begin(db) != 0)
		return (-1);
	st = db_prepare(db, "INSERT INTO patient (id, name, age, sex, "
	    "weight_g, allergies, conditions, medications) VALUES "
	    "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (id) DO UPDATE SET "
	    "name = excluded.name, age = excluded.age, sex = excluded.sex, "
	    "weight_g = excluded.weight_g, allergies = excluded.allergies, "
	    "conditions = excluded.conditions, "
	    "medications = excluded.medications, "
	    "updated = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
	if (st == NULL)
		goto fail;
	sqlite3_bind_text(st, 1, p->id, -1, SQLITE_TRANSIENT);
	if (p->name[0] != '\0')
		sqlite3_bind_text(st, 2, p->name, -1, SQLITE_TRANSIENT);
	if (p->age >= 0)
		sqlite3_bind_int(st, 3, p->age);
	if (p->sex[0] != '\0')
		sqlite3_bind_text(st, 4, p->sex, -1, SQLITE_TRANSIENT);
	if (p->weight_g > 0)
		sqlite3_bind_int64(st, 5, (sqlite3_int64)p->weight_g);
	codes_join(codes, sizeof codes, p->allergies, p->nallergies);
	sqlite3_bind_text(st, 6, codes, -1, SQLITE_TRANSIENT);
	codes_join(codes, sizeof codes, p->conditions, p->nconditions);
	sqlite3_bind_text(st, 7, codes, -1, SQLITE_TRANSIENT);
	codes_join(codes, sizeof codes, p->medications, p->nmedications);
	sqlite3_bind_text(st, 8, codes, -1, SQLITE_TRANSIENT);
	if (step_done(db, st) != 0 || db_commit(db) != 0)
		goto fail;
	return (0);
fail:
	db_rollback(db);
	return (-1);
}

static void
patient_row(sqlite3_stmt *st, struct patient *p)
{
	char	codes[PATIENT_MAX_CODES * CODE_LEN];

	patient_init(p);
	col_text(st, 0, p->id, sizeof p->id);
	col_text(st, 1, p->name, sizeof p->name);
	p->age = sqlite3_column_type(st, 2) == SQLITE_NULL ? -1 :
	    sqlite3_column_int(st, 2);
	col_text(st, 3, p->sex, sizeof p->sex);
	p->weight_g = sqlite3_column_type(st, 4) == SQLITE_NULL ? -1 :
	    sqlite3_column_int64(st, 4);
	col_text(st, 5, codes, sizeof codes);
	codes_split(codes, p->allergies, &p->nallergies);
	col_text(st, 6, codes, sizeof codes);
	codes_split(codes, p->conditions, &p->nconditions);
	col_text(st, 7, codes, sizeof codes);
	codes_split(codes, p->medications, &p->nmedications);
}

int
store_patient_load(struct db *db, const char *id, struct patient *p)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_prepare(db, "SELECT id, name, age, sex, weight_g, allergies, "
	    "conditions, medications FROM patient WHERE id = ?");
	if (st == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		patient_row(st, p);
	else if (rc != SQLITE_DONE)
		snprintf(db->err, sizeof db->err, "%s", sqlite3_errmsg(db->h));
	sqlite3_reset(st);
	return (rc == SQLITE_ROW ? 0 : rc == SQLITE_DONE ? 1 : -1);
}

int
store_patient_find(struct db *db, const char *text, struct patient *out,
    size_t max)
{
	sqlite3_stmt	*st;
	size_t		 n = 0;
	int		 rc = SQLITE_DONE;

	/* instr, not LIKE: a typed % or _ is text, not a wildcard. */
	st = db_prepare(db, "SELECT id, name, age, sex, weight_g, allergies, "
	    "conditions, medications FROM patient WHERE ?1 = '' OR "
	    "instr(lower(id), lower(?1)) > 0 OR "
	    "instr(lower(coalesce(name, '')), lower(?1)) > 0 "
	    "ORDER BY updated DESC, id LIMIT ?2");
	if (st == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, text, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, (sqlite3_int64)max);
	while (n < max && (rc = sqlite3_step(st)) == SQLITE_ROW)
		patient_row(st, &out[n++]);
	if (n < max && rc != SQLITE_DONE) {
		snprintf(db->err, sizeof db->err, "%s", sqlite3_errmsg(db->h));
		sqlite3_reset(st);
		return (-1);
	}
	sqlite3_reset(st);
	return ((int)n);
}

/* Formulations --------------------------------------------------------- */

static int
body_parse(struct db *db, const char *body, struct cocktail *c)
{
	struct meso_error	err;

	if (json_cocktail_parse(body, strlen(body), c, &err) != 0) {
		snprintf(db->err, sizeof db->err, "the saved formulation is "
		    "damaged: %s%s%s", err.field, err.field[0] ? ": " : "",
		    err.message);
		return (-1);
	}
	return (0);
}

/*
 * The cocktail as a file that reads back: a formulation must be a valid
 * cocktail file (others export and check it).  NULL with db->err.
 */
static char *
valid_body(struct db *db, const struct cocktail *c)
{
	struct cocktail		*back;
	struct meso_error	 err;
	char			*body;
	int			 rc;

	body = json_cocktail_dump(c);
	back = xmalloc(sizeof *back);
	rc = json_cocktail_parse(body, strlen(body), back, &err);
	free(back);
	if (rc != 0) {
		snprintf(db->err, sizeof db->err, "%s%s%s", err.field,
		    err.field[0] ? ": " : "", err.message);
		free(body);
		return (NULL);
	}
	return (body);
}

int
store_formulation_save(struct db *db, const char *name,
    const struct cocktail *c)
{
	sqlite3_stmt	*st;
	char		*body;

	if (name == NULL || *name == '\0' || strlen(name) > 200) {
		snprintf(db->err, sizeof db->err, "a formulation needs a name "
		    "of 1 to 200 bytes");
		return (-1);
	}
	if ((body = valid_body(db, c)) == NULL)
		return (-1);
	if (db_begin(db) != 0) {
		free(body);
		return (-1);
	}
	st = db_prepare(db, "INSERT INTO formulation (name, patient, body) "
	    "VALUES (?1, ?2, ?3) ON CONFLICT (name) DO UPDATE SET "
	    "patient = excluded.patient, body = excluded.body, "
	    "updated = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
	if (st == NULL)
		goto fail;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	if (c->has_patient && c->patient.id[0] != '\0')
		sqlite3_bind_text(st, 2, c->patient.id, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 3, body, -1, SQLITE_TRANSIENT);
	if (step_done(db, st) != 0)
		goto fail;
	if (db_commit(db) != 0)
		goto fail;
	free(body);
	return (0);
fail:
	free(body);
	db_rollback(db);
	return (-1);
}

int
store_formulation_load(struct db *db, const char *name, struct cocktail *c)
{
	sqlite3_stmt	*st;
	char		*body;
	int		 rc;

	st = db_prepare(db, "SELECT body FROM formulation WHERE name = ?");
	if (st == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		if (rc != SQLITE_DONE)
			snprintf(db->err, sizeof db->err, "%s",
			    sqlite3_errmsg(db->h));
		sqlite3_reset(st);
		return (rc == SQLITE_DONE ? 1 : -1);
	}
	body = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_reset(st);
	rc = body_parse(db, body, c);
	free(body);
	return (rc);
}

int
store_formulation_list(struct db *db, struct formulation_info *out,
    size_t max)
{
	sqlite3_stmt	*st;
	size_t		 n = 0;
	int		 rc = SQLITE_DONE;

	st = db_prepare(db, "SELECT id, name, coalesce(patient, ''), updated "
	    "FROM formulation ORDER BY updated DESC, name LIMIT ?");
	if (st == NULL)
		return (-1);
	sqlite3_bind_int64(st, 1, (sqlite3_int64)max);
	while (n < max && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		out[n].id = sqlite3_column_int64(st, 0);
		col_text(st, 1, out[n].name, sizeof out[n].name);
		col_text(st, 2, out[n].patient, sizeof out[n].patient);
		col_text(st, 3, out[n].updated, sizeof out[n].updated);
		n++;
	}
	if (n < max && rc != SQLITE_DONE) {
		snprintf(db->err, sizeof db->err, "%s", sqlite3_errmsg(db->h));
		sqlite3_reset(st);
		return (-1);
	}
	sqlite3_reset(st);
	return ((int)n);
}

int
store_formulation_duplicate(struct db *db, const char *from, const char *to)
{
	sqlite3_stmt	*st;
	int		 changed;

	if (to == NULL || *to == '\0' || strlen(to) > 200) {
		snprintf(db->err, sizeof db->err, "a formulation needs a name "
		    "of 1 to 200 bytes");
		return (-1);
	}
	if (db_begin(db) != 0)
		return (-1);
	st = db_prepare(db, "INSERT INTO formulation (name, patient, body) "
	    "SELECT ?2, patient, json_set(body, '$.name', ?2) "
	    "FROM formulation WHERE name = ?1");
	if (st == NULL)
		goto fail;
	sqlite3_bind_text(st, 1, from, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, to, -1, SQLITE_TRANSIENT);
	if (step_done(db, st) != 0) {
		if (sqlite3_extended_errcode(db->h) ==
		    SQLITE_CONSTRAINT_UNIQUE)
			snprintf(db->err, sizeof db->err, "a formulation named "
			    "'%s' exists already", to);
		goto fail;
	}
	changed = sqlite3_changes(db->h);
	if (db_commit(db) != 0)
		goto fail;
	return (changed > 0 ? 0 : 1);
fail:
	db_rollback(db);
	return (-1);
}

int
store_formulation_delete(struct db *db, const char *name)
{
	sqlite3_stmt	*st;
	int		 changed;

	if (db_begin(db) != 0)
		return (-1);
	st = db_prepare(db, "DELETE FROM formulation WHERE name = ?");
	if (st == NULL)
		goto fail;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	if (step_done(db, st) != 0)
		goto fail;
	changed = sqlite3_changes(db->h);
	if (db_commit(db) != 0)
		goto fail;
	return (changed > 0 ? 0 : 1);
fail:
	db_rollback(db);
	return (-1);
}

/* Drafts --------------------------------------------------------------- */

int
store_draft_save(struct db *db, const char *owner, const struct cocktail *c)
{
	sqlite3_stmt	*st;
	char		*body;

	/* A draft is work in progress: saved as it is, valid or not yet. */
	body = json_cocktail_dump(c);
	if (db_begin(db) != 0) {
		free(body);
		return (-1);
	}
	st = db_prepare(db, "INSERT INTO draft (owner, body) VALUES (?1, ?2) "
	    "ON CONFLICT (owner) DO UPDATE SET body = excluded.body, "
	    "updated = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
	if (st == NULL)
		goto fail;
	sqlite3_bind_text(st, 1, owner, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, body, -1, SQLITE_TRANSIENT);
	if (step_done(db, st) != 0 || db_commit(db) != 0)
		goto fail;
	free(body);
	return (0);
fail:
	free(body);
	db_rollback(db);
	return (-1);
}

/*
 * Read a draft back.  Work in progress may not yet be a complete cocktail
 * file: no component, an area without a technique, parts without a plan.
 * Those gaps are bridged for the strict parser and restored after it, so
 * the draft comes back exactly as it was left.
 */
static int
draft_parse(const char *body, struct cocktail *c, struct meso_error *err)
{
	json_t		*root, *comps, *v;
	json_error_t	 jerr;
	char		 area[CODE_LEN] = "", technique[CODE_LEN] = "";
	char		*text;
	int		 placeholder = 0, fixed_total = 0, rc;

	root = json_loads(body, 0, &jerr);
	if (root == NULL || !json_is_object(root)) {
		json_decref(root);
		return (json_cocktail_parse(body, strlen(body), c, err));
	}
	comps = json_object_get(root, "components");
	if (!json_is_array(comps) || json_array_size(comps) == 0) {
		comps = json_array();
		json_array_append_new(comps, json_pack("{s:s, s:i}",
		    "ingredient", "draft-placeholder", "ml", 1));
		json_object_set_new(root, "components", comps);
		placeholder = 1;
	}
	/* An area or a technique alone: set aside, restored below. */
	if ((json_object_get(root, "area") == NULL) !=
	    (json_object_get(root, "technique") == NULL)) {
		if ((v = json_object_get(root, "area")) != NULL &&
		    json_is_string(v)) {
			snprintf(area, sizeof area, "%s", json_string_value(v));
			json_object_del(root, "area");
		}
		if ((v = json_object_get(root, "technique")) != NULL &&
		    json_is_string(v)) {
			snprintf(technique, sizeof technique, "%s",
			    json_string_value(v));
			json_object_del(root, "technique");
		}
	}
	if (json_object_get(root, "technique") == NULL &&
	    json_object_get(root, "total_ml") == NULL) {
		json_object_set_new(root, "total_ml", json_integer(1));
		fixed_total = 1;
	}
	text = json_dumps(root, JSON_PRESERVE_ORDER);
	json_decref(root);
	if (text == NULL)
		return (json_cocktail_parse(body, strlen(body), c, err));
	rc = json_cocktail_parse(text, strlen(text), c, err);
	free(text);
	if (rc != 0)
		return (rc);
	if (placeholder)
		cocktail_remove(c, 0);
	if (fixed_total)
		c->total_ul = -1;
	if (area[0] != '\0')
		snprintf(c->area, sizeof c->area, "%s", area);
	if (technique[0] != '\0')
		snprintf(c->technique, sizeof c->technique, "%s", technique);
	return (0);
}

int
store_draft_load(struct db *db, const char *owner, struct cocktail *c)
{
	struct meso_error	 err;
	sqlite3_stmt		*st;
	char			*body;
	int			 rc;

	st = db_prepare(db, "SELECT body FROM draft WHERE owner = ?");
	if (st == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, owner, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		if (rc != SQLITE_DONE)
			snprintf(db->err, sizeof db->err, "%s",
			    sqlite3_errmsg(db->h));
		sqlite3_reset(st);
		return (rc == SQLITE_DONE ? 1 : -1);
	}
	body = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_reset(st);
	rc = draft_parse(body, c, &err);
	free(body);
	if (rc != 0) {
		snprintf(db->err, sizeof db->err, "the draft is damaged: "
		    "%s%s%s", err.field, err.field[0] ? ": " : "",
		    err.message);
		return (-1);
	}
	return (0);
}

int
store_draft_updated(struct db *db, const char *owner, char *buf, size_t len)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_prepare(db, "SELECT updated FROM draft WHERE owner = ?");
	if (st == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, owner, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		col_text(st, 0, buf, len);
	else if (rc != SQLITE_DONE)
		snprintf(db->err, sizeof db->err, "%s", sqlite3_errmsg(db->h));
	sqlite3_reset(st);
	return (rc == SQLITE_ROW ? 0 : rc == SQLITE_DONE ? 1 : -1);
}

int
store_draft_clear(struct db *db, const char *owner)
{
	sqlite3_stmt	*st;

	if (db_begin(db) != 0)
		return (-1);
	if ((st = db_prepare(db, "DELETE FROM draft WHERE owner = ?")) == NULL)
		goto fail;
	sqlite3_bind_text(st, 1, owner, -1, SQLITE_TRANSIENT);
	if (step_done(db, st) != 0 || db_commit(db) != 0)
		goto fail;
	return (0);
fail:
	db_rollback(db);
	return (-1);
}

int
store_syringe_capacity(struct db *db, const char *code, int64_t *ul)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = db_prepare(db, "SELECT capacity_ul FROM syringe WHERE code = ?");
	if (st == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, code, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*ul = sqlite3_column_int64(st, 0);
	else if (rc != SQLITE_DONE)
		snprintf(db->err, sizeof db->err, "%s", sqlite3_errmsg(db->h));
	else
		snprintf(db->err, sizeof db->err, "unknown syringe '%s'", code);
	sqlite3_reset(st);
	return (rc == SQLITE_ROW ? 0 : rc == SQLITE_DONE ? 1 : -1);
}

/* Audit ---------------------------------------------------------------- */

int
store_audit(struct db *db, const char *who, const char *action,
    const char *detail)
{
	sqlite3_stmt	*st;

	if (db_begin(db) != 0)
		return (-1);
	st = db_prepare(db, "INSERT INTO audit (who, action, detail) "
	    "VALUES (?1, ?2, ?3)");
	if (st == NULL)
		goto fail;
	sqlite3_bind_text(st, 1, who != NULL && *who != '\0' ? who :
	    "default", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, action, -1, SQLITE_TRANSIENT);
	if (detail != NULL)
		sqlite3_bind_text(st, 3, detail, -1, SQLITE_TRANSIENT);
	if (step_done(db, st) != 0 || db_commit(db) != 0)
		goto fail;
	return (0);
fail:
	db_rollback(db);
	return (-1);
}

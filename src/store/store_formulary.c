#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xmalloc.h"
#include "store/store_formulary.h"

static void	col_text(sqlite3_stmt *, int, char *, size_t);
static int64_t	col_int(sqlite3_stmt *, int);
static int	col_ph(sqlite3_stmt *, int);
static int	resolve_component(struct db *, struct component *);

static void
col_text(sqlite3_stmt *st, int i, char *buf, size_t len)
{
	const unsigned char	*t = sqlite3_column_text(st, i);

	snprintf(buf, len, "%s", t != NULL ? (const char *)t : "");
}

static int64_t
col_int(sqlite3_stmt *st, int i)
{
	if (sqlite3_column_type(st, i) == SQLITE_NULL)
		return (-1);
	return (sqlite3_column_int64(st, i));
}

/*
 * A limit from the formulary, NULL as -1.  The schema only asks for more
 * than zero: a limit beyond 1e12 (a tonne in micrograms) is held at that,
 * so the arithmetic on it can never overflow.
 */
static int64_t
col_limit(sqlite3_stmt *st, int i)
{
	int64_t	v = col_int(st, i);

	return (v > 1000000000000LL ? 1000000000000LL : v);
}

/* A REAL rule value x 100, held within +-1e9. */
static int64_t
col_x100(sqlite3_stmt *st, int i)
{
	double	d = sqlite3_column_double(st, i);

	if (!(d > -1e9))
		d = -1e9;
	if (!(d < 1e9))
		d = 1e9;
	return ((int64_t)(d * 100 + (d < 0 ? -0.5 : 0.5)));
}

/* pH as centi-pH, -1 when NULL. */
static int
col_ph(sqlite3_stmt *st, int i)
{
	double	d;

	if (sqlite3_column_type(st, i) == SQLITE_NULL)
		return (-1);
	d = sqlite3_column_double(st, i);
	return ((int)(d * 100.0 + 0.5));
}

int
store_code_exists(struct db *db, const char *table, const char *code)
{
	static const char *const sql[][2] = {
		{ "area", "SELECT 1 FROM area WHERE code = ?" },
		{ "technique", "SELECT 1 FROM technique WHERE code = ?" },
		{ "indication", "SELECT 1 FROM indication WHERE code = ?" },
		{ "condition", "SELECT 1 FROM condition WHERE code = ?" },
		{ "medication_class",
		    "SELECT 1 FROM medication_class WHERE code = ?" },
		{ "allergen_class",
		    "SELECT 1 FROM allergen_class WHERE code = ?" },
		{ "ingredient", "SELECT 1 FROM ingredient WHERE code = ?" },
		{ "product", "SELECT 1 FROM product WHERE code = ?" },
		{ "needle", "SELECT 1 FROM needle WHERE code = ?" },
		{ "syringe", "SELECT 1 FROM syringe WHERE code = ?" },
	};
	sqlite3_stmt	*st;
	size_t		 i;
	int		 rc;

	for (i = 0; i < sizeof sql / sizeof sql[0]; i++) {
		if (strcmp(sql[i][0], table) != 0)
			continue;
		if ((st = db_prepare(db, sql[i][1])) == NULL)
			return (-1);
		sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		sqlite3_reset(st);
		return (rc == SQLITE_ROW);
	}
	return (-1);
}

int
store_allergy_canonical(struct db *db, const char *code, char *out,
    size_t len)
{
	sqlite3_stmt	*st;

	out[0] = '\0';
	if (store_code_exists(db, "allergen_class", code) == 1 ||
	    store_code_exists(db, "ingredient", code) == 1) {
		snprintf(out, len, "%s", code);
		return (0);
	}
	st = db_prepare(db, "SELECT class FROM allergen_alias WHERE alias = ?");
	if (st == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		col_text(st, 0, out, len);
	sqlite3_reset(st);
	return (0);
}

static int
resolve_component(struct db *db, struct component *cp)
{
	sqlite3_stmt	*st;
	struct content	*ct;
	char		 buf[16];
	int		 rc;

	cp->ncontents = 0;
	if (cp->is_product) {
		st = db_prepare(db, "SELECT name, ph_min, ph_max FROM product "
		    "WHERE code = ?");
		if (st == NULL)
			return (-2);
		sqlite3_bind_text(st, 1, cp->code, -1, SQLITE_STATIC);
		if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
			sqlite3_reset(st);
			return (rc == SQLITE_DONE ? -1 : -2);
		}
		col_text(st, 0, cp->name, sizeof cp->name);
		cp->ph_min_c = col_ph(st, 1);
		cp->ph_max_c = col_ph(st, 2);
		sqlite3_reset(st);
		st = db_prepare(db, "SELECT pi.ingredient, pi.role, "
		    "pi.strength, pi.unit, pi.origin, i.oily "
		    "FROM product_ingredient pi JOIN ingredient i "
		    "ON i.code = pi.ingredient WHERE pi.product = ? "
		    "ORDER BY pi.role, pi.ingredient");
		if (st == NULL)
			return (-2);
		sqlite3_bind_text(st, 1, cp->code, -1, SQLITE_STATIC);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW &&
		    cp->ncontents < COMPONENT_MAX_CONTENTS) {
			ct = &cp->contents[cp->ncontents++];
			memset(ct, 0, sizeof *ct);
			col_text(st, 0, ct->ingredient, sizeof ct->ingredient);
			col_text(st, 1, buf, sizeof buf);
			ct->active = strcmp(buf, "active") == 0;
			ct->strength = col_int(st, 2);
			col_text(st, 3, buf, sizeof buf);
			if (unit_from_db(buf, &ct->unit) != 0)
				ct->unit = UNIT_NONE;
			col_text(st, 4, ct->origin, sizeof ct->origin);
			if (sqlite3_column_int(st, 5))
				cp->oily = 1;
		}
		sqlite3_reset(st);
		return (0);
	}
	st = db_prepare(db, "SELECT name, ph_min, ph_max, oily, excipient "
	    "FROM ingredient WHERE code = ?");
	if (st == NULL)
		return (-2);
	sqlite3_bind_text(st, 1, cp->code, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		sqlite3_reset(st);
		return (rc == SQLITE_DONE ? -1 : -2);
	}
	col_text(st, 0, cp->name, sizeof cp->name);
	cp->ph_min_c = col_ph(st, 1);
	cp->ph_max_c = col_ph(st, 2);
	cp->oily = sqlite3_column_int(st, 3);
	rc = sqlite3_column_int(st, 4);
	sqlite3_reset(st);
	if (rc)
		return (-3);	/* an excipient is never chosen alone */
	ct = &cp->contents[cp->ncontents++];
	memset(ct, 0, sizeof *ct);
	snprintf(ct->ingredient, sizeof ct->ingredient, "%s", cp->code);
	ct->active = 1;
	ct->strength = cp->given_strength;
	ct->unit = cp->given_strength >= 0 ? cp->given_unit : UNIT_NONE;
	return (0);
}

static int
resolve_codes(struct db *db, char (*list)[CODE_LEN], size_t n,
    const char *table, const char *field, struct meso_error *err)
{
	char	canon[CODE_LEN];
	size_t	i;
	int	rc;

	for (i = 0; i < n; i++) {
		if (strcmp(table, "allergy") == 0) {
			if (store_allergy_canonical(db, list[i], canon,
			    sizeof canon) != 0)
				return (-2);
			rc = canon[0] != '\0';
		} else if ((rc = store_code_exists(db, table, list[i])) < 0)
			return (-2);
		if (!rc) {
			err->component = -1;
			snprintf(err->field, sizeof err->field, "%s[%zu]",
			    field, i);
			snprintf(err->message, sizeof err->message,
			    "unknown %s code '%s'", strcmp(table, "allergy") ?
			    table : "allergen class or ingredient", list[i]);
			return (-1);
		}
	}
	return (0);
}

int
store_cocktail_resolve(struct db *db, struct cocktail *c,
    struct meso_error *err)
{
	static const struct {
		const char	*table;
		size_t		 off;
		const char	*field;
	} single[] = {
		{ "area", offsetof(struct cocktail, area), "area" },
		{ "technique", offsetof(struct cocktail, technique),
		    "technique" },
		{ "indication", offsetof(struct cocktail, indication),
		    "indication" },
		{ "needle", offsetof(struct cocktail, needle), "needle" },
	};
	struct component	*cp;
	const char		*code;
	size_t			 i;
	int			 rc;

	memset(err, 0, sizeof *err);
	err->component = -1;
	for (i = 0; i < c->ncomponents; i++) {
		cp = &c->components[i];
		rc = resolve_component(db, cp);
		if (rc == -2)
			return (-2);
		if (rc < 0) {
			err->component = (int)i;
			snprintf(err->field, sizeof err->field,
			    "components[%zu].%s", i, cp->is_product ?
			    "product" : "ingredient");
			if (rc == -3)
				snprintf(err->message, sizeof err->message,
				    "'%s' is an excipient: it comes with a "
				    "product, never alone", cp->code);
			else
				snprintf(err->message, sizeof err->message,
				    "unknown %s code '%s'", cp->is_product ?
				    "product" : "ingredient", cp->code);
			return (-1);
		}
	}
	for (i = 0; i < sizeof single / sizeof single[0]; i++) {
		code = (const char *)c + single[i].off;
		if (code[0] == '\0')
			continue;
		if ((rc = store_code_exists(db, single[i].table, code)) < 0)
			return (-2);
		if (!rc) {
			snprintf(err->field, sizeof err->field, "%s",
			    single[i].field);
			snprintf(err->message, sizeof err->message,
			    "unknown %s code '%s'", single[i].table, code);
			return (-1);
		}
	}
	if (!c->has_patient)
		return (0);
	if ((rc = resolve_codes(db, c->patient.allergies,
	    c->patient.nallergies, "allergy", "patient.allergies", err)) != 0)
		return (rc);
	if ((rc = resolve_codes(db, c->patient.conditions,
	    c->patient.nconditions, "condition", "patient.conditions",
	    err)) != 0)
		return (rc);
	return (resolve_codes(db, c->patient.medications,
	    c->patient.nmedications, "medication_class",
	    "patient.medications", err));
}

static int
load_ingredient(struct db *db, struct facts *f, const char *code)
{
	struct fact_ingredient	*fi;
	struct fact_allergen	*fa;
	struct fact_dose	*fd;
	sqlite3_stmt		*st;
	char			 buf[16];
	int			 rc;

	if (facts_ingredient(f, code) != NULL)
		return (0);
	st = db_prepare(db, "SELECT code, name, grp, excipient, origin, "
	    "ph_min, ph_max, oily, light_sensitive, source FROM ingredient "
	    "WHERE code = ?");
	if (st == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		fi = FACTS_PUSH(f, ingredients);
		col_text(st, 0, fi->code, sizeof fi->code);
		col_text(st, 1, fi->name, sizeof fi->name);
		col_text(st, 2, fi->grp, sizeof fi->grp);
		fi->excipient = sqlite3_column_int(st, 3);
		col_text(st, 4, fi->origin, sizeof fi->origin);
		fi->ph_min_c = col_ph(st, 5);
		fi->ph_max_c = col_ph(st, 6);
		fi->oily = sqlite3_column_int(st, 7);
		fi->light_sensitive = (int)col_int(st, 8);
		col_text(st, 9, fi->source, sizeof fi->source);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return (-1);

	st = db_prepare(db, "SELECT ingredient, class, severity, message, "
	    "source FROM ingredient_allergen WHERE ingredient = ?");
	if (st == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		fa = FACTS_PUSH(f, allergens);
		col_text(st, 0, fa->ingredient, sizeof fa->ingredient);
		col_text(st, 1, fa->class, sizeof fa->class);
		col_text(st, 2, buf, sizeof buf);
		if (severity_from_name(buf, &fa->severity) != 0)
			fa->severity = SEV_BLOCK;
		col_text(st, 3, fa->message, sizeof fa->message);
		col_text(st, 4, fa->source, sizeof fa->source);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return (-1);

	st = db_prepare(db, "SELECT ingredient, unit, requires, unless, "
	    "max_session, max_per_kg, max_per_point, max_conc, severity, "
	    "message, source, id FROM dose_limit WHERE ingredient = ? "
	    "ORDER BY id");
	if (st == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		fd = FACTS_PUSH(f, dose);
		col_text(st, 0, fd->ingredient, sizeof fd->ingredient);
		col_text(st, 1, buf, sizeof buf);
		if (unit_from_db(buf, &fd->unit) != 0)
			fd->unit = UNIT_UG;
		col_text(st, 2, fd->requires, sizeof fd->requires);
		col_text(st, 3, fd->unless, sizeof fd->unless);
		fd->max_session = col_limit(st, 4);
		fd->max_per_kg = col_limit(st, 5);
		fd->max_per_point = col_limit(st, 6);
		fd->max_conc = col_limit(st, 7);
		col_text(st, 8, buf, sizeof buf);
		if (severity_from_name(buf, &fd->severity) != 0)
			fd->severity = SEV_BLOCK;
		col_text(st, 9, fd->message, sizeof fd->message);
		col_text(st, 10, fd->source, sizeof fd->source);
		fd->id = sqlite3_column_int64(st, 11);
	}
	sqlite3_reset(st);
	return (rc == SQLITE_DONE ? 0 : -1);
}

static int
compat_loaded(const struct facts *f, int64_t id)
{
	size_t	i;

	for (i = 0; i < f->n_compat; i++)
		if (f->compat[i].id == id)
			return (1);
	return (0);
}

static int
load_compat(struct db *db, struct facts *f, const char *code, const char *grp)
{
	struct fact_compat	*r;
	sqlite3_stmt		*st;
	char			 buf[32];
	int			 rc;

	st = db_prepare(db, "SELECT id, a_kind, a, b_kind, b, verdict, cond, "
	    "ratio_max, ph_below, conc_max, kind, evidence, message, source "
	    "FROM compat_rule WHERE a = ?1 OR b = ?1 OR a = ?2 OR b = ?2 "
	    "ORDER BY id");
	if (st == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, grp, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (compat_loaded(f, sqlite3_column_int64(st, 0)))
			continue;
		r = FACTS_PUSH(f, compat);
		r->id = sqlite3_column_int64(st, 0);
		col_text(st, 1, buf, sizeof buf);
		r->a_kind = strcmp(buf, "group") == 0 ? OP_GROUP :
		    OP_INGREDIENT;
		col_text(st, 2, r->a, sizeof r->a);
		col_text(st, 3, buf, sizeof buf);
		r->b_kind = strcmp(buf, "group") == 0 ? OP_GROUP :
		    strcmp(buf, "any") == 0 ? OP_ANY : OP_INGREDIENT;
		col_text(st, 4, r->b, sizeof r->b);
		col_text(st, 5, buf, sizeof buf);
		r->verdict = strcmp(buf, "compatible") == 0 ? CV_COMPATIBLE :
		    strcmp(buf, "incompatible") == 0 ? CV_INCOMPATIBLE :
		    strcmp(buf, "conflicting") == 0 ? CV_CONFLICTING :
		    CV_CAUTION;
		col_text(st, 6, buf, sizeof buf);
		r->cond = strcmp(buf, "ratio") == 0 ? CC_RATIO :
		    strcmp(buf, "ph") == 0 ? CC_PH :
		    strcmp(buf, "conc") == 0 ? CC_CONC : CC_NONE;
		r->ratio_max = col_limit(st, 7);
		r->ph_below_c = col_ph(st, 8);
		r->conc_max = col_limit(st, 9);
		col_text(st, 10, buf, sizeof buf);
		r->kind = strcmp(buf, "stability") == 0 ? KIND_STABILITY :
		    KIND_INCOMPATIBILITY;
		col_text(st, 11, r->evidence, sizeof r->evidence);
		col_text(st, 12, r->message, sizeof r->message);
		col_text(st, 13, r->source, sizeof r->source);
	}
	sqlite3_reset(st);
	return (rc == SQLITE_DONE ? 0 : -1);
}

static enum contra_level
level_from(const char *s)
{
	if (strcmp(s, "absolute") == 0)
		return (CL_ABSOLUTE);
	if (strcmp(s, "relative") == 0)
		return (CL_RELATIVE);
	return (CL_INFO);
}

static int
load_contra(struct db *db, struct facts *f, const char *code, int medication)
{
	struct fact_contra	*r;
	sqlite3_stmt		*st;
	char			 buf[16];
	int			 rc;

	st = db_prepare(db, medication ?
	    "SELECT coalesce(condition, ''), coalesce(medication, ''), "
	    "coalesce(ingredient, ''), coalesce(grp, ''), level, message, "
	    "source, id FROM contraindication WHERE medication = ? "
	    "ORDER BY id" :
	    "SELECT coalesce(condition, ''), coalesce(medication, ''), "
	    "coalesce(ingredient, ''), coalesce(grp, ''), level, message, "
	    "source, id FROM contraindication WHERE condition = ? "
	    "ORDER BY id");
	if (st == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		r = FACTS_PUSH(f, contra);
		col_text(st, 0, r->condition, sizeof r->condition);
		col_text(st, 1, r->medication, sizeof r->medication);
		col_text(st, 2, r->ingredient, sizeof r->ingredient);
		col_text(st, 3, r->grp, sizeof r->grp);
		col_text(st, 4, buf, sizeof buf);
		r->level = level_from(buf);
		col_text(st, 5, r->message, sizeof r->message);
		col_text(st, 6, r->source, sizeof r->source);
		r->id = sqlite3_column_int64(st, 7);
		r->type = medication ? CT_MEDICATION : CT_CONDITION;
	}
	sqlite3_reset(st);
	return (rc == SQLITE_DONE ? 0 : -1);
}

/* Age rules that reach this patient, as contraindications named by age. */
static int
load_age(struct db *db, struct facts *f, int age)
{
	struct fact_contra	*r;
	sqlite3_stmt		*st;
	char			 buf[16];
	int			 rc;

	st = db_prepare(db, "SELECT below_age, above_age, "
	    "coalesce(ingredient, ''), coalesce(grp, ''), level, message, "
	    "source, id FROM age_rule WHERE ?1 < below_age OR ?1 > above_age "
	    "ORDER BY id");
	if (st == NULL)
		return (-1);
	sqlite3_bind_int(st, 1, age);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		r = FACTS_PUSH(f, contra);
		r->id = sqlite3_column_int64(st, 7);
		r->age = age;
		if (sqlite3_column_type(st, 0) != SQLITE_NULL) {
			r->type = CT_AGE_UNDER;
			r->age_limit = sqlite3_column_int(st, 0);
		} else {
			r->type = CT_AGE_OVER;
			r->age_limit = sqlite3_column_int(st, 1);
		}
		col_text(st, 2, r->ingredient, sizeof r->ingredient);
		col_text(st, 3, r->grp, sizeof r->grp);
		col_text(st, 4, buf, sizeof buf);
		r->level = level_from(buf);
		col_text(st, 5, r->message, sizeof r->message);
		col_text(st, 6, r->source, sizeof r->source);
	}
	sqlite3_reset(st);
	return (rc == SQLITE_DONE ? 0 : -1);
}

static int
load_plan_facts(struct db *db, const struct cocktail *c, struct facts *f)
{
	sqlite3_stmt		*st;
	struct fact_syringe	*sy;
	char			 buf[16], needle[CODE_LEN] = "";
	int			 rc;

	if (c->technique[0] != '\0') {
		st = db_prepare(db, "SELECT code, name, geometry, "
		    "depth_min_um, depth_max_um, spacing_um, "
		    "volume_per_point_ul, volume_per_cm_ul, "
		    "volume_per_cm2_ul, source, coalesce(needle, '') "
		    "FROM technique WHERE code = ?");
		if (st == NULL)
			return (-1);
		sqlite3_bind_text(st, 1, c->technique, -1, SQLITE_STATIC);
		if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			struct fact_technique *t = &f->technique;

			f->has_technique = 1;
			col_text(st, 0, t->code, sizeof t->code);
			col_text(st, 1, t->name, sizeof t->name);
			col_text(st, 2, buf, sizeof buf);
			t->geometry = strcmp(buf, "linear") == 0 ? GEO_LINEAR :
			    strcmp(buf, "surface") == 0 ? GEO_SURFACE :
			    GEO_GRID;
			t->depth_min_um = col_int(st, 3);
			t->depth_max_um = col_int(st, 4);
			t->spacing_um = col_int(st, 5);
			t->volume_per_point_ul = col_int(st, 6);
			t->volume_per_cm_ul = col_int(st, 7);
			t->volume_per_cm2_ul = col_int(st, 8);
			col_text(st, 9, t->source, sizeof t->source);
			col_text(st, 10, needle, sizeof needle);
		}
		sqlite3_reset(st);
	}
	if (c->area[0] != '\0') {
		st = db_prepare(db, "SELECT a.code, a.name, a.surface_cm2, "
		    "a.max_depth_um, a.above_clavicles, a.source, "
		    "at.technique IS NOT NULL, at.spacing_um, "
		    "at.volume_per_point_ul, coalesce(at.source, '') "
		    "FROM area a LEFT JOIN area_technique at "
		    "ON at.area = a.code AND at.technique = ?2 "
		    "WHERE a.code = ?1");
		if (st == NULL)
			return (-1);
		sqlite3_bind_text(st, 1, c->area, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, c->technique, -1, SQLITE_STATIC);
		if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			struct fact_area *a = &f->area;

			f->has_area = 1;
			col_text(st, 0, a->code, sizeof a->code);
			col_text(st, 1, a->name, sizeof a->name);
			a->surface_cm2 = col_int(st, 2);
			a->max_depth_um = col_int(st, 3);
			a->above_clavicles = sqlite3_column_int(st, 4);
			col_text(st, 5, a->source, sizeof a->source);
			a->technique_allowed = c->technique[0] == '\0' ? -1 :
			    sqlite3_column_int(st, 6);
			a->pair_spacing_um = col_int(st, 7);
			a->pair_volume_per_point_ul = col_int(st, 8);
			col_text(st, 9, a->pair_source, sizeof a->pair_source);
		}
		sqlite3_reset(st);
	}
	st = db_prepare(db, "SELECT code, name, capacity_ul, graduation_ul, "
	    "dead_space_ul, source FROM syringe ORDER BY capacity_ul, code");
	if (st == NULL)
		return (-1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sy = FACTS_PUSH(f, syringes);
		col_text(st, 0, sy->code, sizeof sy->code);
		col_text(st, 1, sy->name, sizeof sy->name);
		sy->capacity_ul = col_int(st, 2);
		sy->graduation_ul = col_int(st, 3);
		sy->dead_space_ul = col_int(st, 4);
		col_text(st, 5, sy->source, sizeof sy->source);
	}
	sqlite3_reset(st);
	if (c->needle[0] != '\0')
		snprintf(needle, sizeof needle, "%s", c->needle);
	if (needle[0] != '\0') {
		st = db_prepare(db, "SELECT code, dead_space_ul, source "
		    "FROM needle WHERE code = ?");
		if (st == NULL)
			return (-1);
		sqlite3_bind_text(st, 1, needle, -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW) {
			f->has_needle = 1;
			col_text(st, 0, f->needle.code, sizeof f->needle.code);
			f->needle.dead_space_ul = col_int(st, 1);
			col_text(st, 2, f->needle.source,
			    sizeof f->needle.source);
		}
		sqlite3_reset(st);
	}
	return (0);
}

int
store_facts_load(struct db *db, const struct cocktail *c, struct facts *f)
{
	const struct component	*cp;
	struct fact_mix		*m;
	struct fact_cross	*x;
	sqlite3_stmt		*st;
	char			 buf[32];
	size_t			 i, j, n;
	int			 rc;

	facts_init(f);
	for (i = 0; i < c->ncomponents; i++) {
		cp = &c->components[i];
		for (j = 0; j < cp->ncontents; j++)
			if (load_ingredient(db, f, cp->contents[j].ingredient))
				return (-1);
	}
	/* Also the ingredients that dose rules depend on (requires/unless). */
	n = f->n_ingredients;
	for (i = 0; i < n; i++)
		if (load_compat(db, f, f->ingredients[i].code,
		    f->ingredients[i].grp) != 0)
			return (-1);

	st = db_prepare(db, "SELECT code, value_min, value_max, severity, "
	    "kind, message, source FROM mix_rule ORDER BY code");
	if (st == NULL)
		return (-1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		m = FACTS_PUSH(f, mix);
		col_text(st, 0, buf, sizeof buf);
		m->code = strcmp(buf, "max-products") == 0 ? MIX_MAX_PRODUCTS :
		    strcmp(buf, "ph-window") == 0 ? MIX_PH_WINDOW : MIX_OILY;
		m->has_min = sqlite3_column_type(st, 1) != SQLITE_NULL;
		m->min_x100 = col_x100(st, 1);
		m->has_max = sqlite3_column_type(st, 2) != SQLITE_NULL;
		m->max_x100 = col_x100(st, 2);
		col_text(st, 3, buf, sizeof buf);
		if (severity_from_name(buf, &m->severity) != 0)
			m->severity = SEV_CAUTION;
		col_text(st, 4, buf, sizeof buf);
		m->kind = strcmp(buf, "count") == 0 ? KIND_COUNT :
		    strcmp(buf, "stability") == 0 ? KIND_STABILITY :
		    KIND_INCOMPATIBILITY;
		col_text(st, 5, m->message, sizeof m->message);
		col_text(st, 6, m->source, sizeof m->source);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return (-1);

	if (c->has_patient) {
		for (i = 0; i < c->patient.nallergies && i < 16; i++) {
			if (store_allergy_canonical(db,
			    c->patient.allergies[i], f->allergies[f->nallergies],
			    CODE_LEN) != 0)
				return (-1);
			if (f->allergies[f->nallergies][0] == '\0')
				continue;
			st = db_prepare(db, "SELECT from_class, to_class, "
			    "severity, message, source FROM allergen_cross "
			    "WHERE from_class = ?");
			if (st == NULL)
				return (-1);
			sqlite3_bind_text(st, 1, f->allergies[f->nallergies],
			    -1, SQLITE_STATIC);
			while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
				x = FACTS_PUSH(f, cross);
				col_text(st, 0, x->from, sizeof x->from);
				col_text(st, 1, x->to, sizeof x->to);
				col_text(st, 2, buf, sizeof buf);
				if (severity_from_name(buf, &x->severity) != 0)
					x->severity = SEV_CAUTION;
				col_text(st, 3, x->message, sizeof x->message);
				col_text(st, 4, x->source, sizeof x->source);
			}
			sqlite3_reset(st);
			f->nallergies++;
		}
		for (i = 0; i < c->patient.nconditions; i++)
			if (load_contra(db, f, c->patient.conditions[i], 0))
				return (-1);
		if (c->patient.age >= 0 && load_age(db, f, c->patient.age) != 0)
			return (-1);
		for (i = 0; i < c->patient.nmedications; i++)
			if (load_contra(db, f, c->patient.medications[i], 1))
				return (-1);
	}
	return (load_plan_facts(db, c, f));
}

static int
hit_seen(const struct search_hit *hits, size_t n, const char *code)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (strcmp(hits[i].code, code) == 0)
			return (1);
	return (0);
}

/* Append the rows of a (code, name) statement; -1 on error. */
static int
search_collect(struct db *db, sqlite3_stmt *st, int is_product,
    struct search_hit *hits, size_t *n, size_t max)
{
	const char	*code;
	int		 rc;

	while (*n < max && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		code = (const char *)sqlite3_column_text(st, 0);
		if (code == NULL || hit_seen(hits, *n, code))
			continue;
		col_text(st, 0, hits[*n].code, sizeof hits[*n].code);
		col_text(st, 1, hits[*n].name, sizeof hits[*n].name);
		hits[*n].is_product = is_product;
		(*n)++;
	}
	if (*n < max && rc != SQLITE_DONE) {
		snprintf(db->err, sizeof db->err, "%s", sqlite3_errmsg(db->h));
		sqlite3_reset(st);
		return (-1);
	}
	sqlite3_reset(st);
	return (0);
}

/*
 * Search as a person types.  Products whose code starts with the text
 * (an index range), then ingredients by code, name or synonym (a small
 * table), then, from three characters on, products anywhere in their
 * code, name or synonyms through the trigram index.  No step sorts the
 * whole formulary, so a key costs the same with 50,000 products.
 */
int
store_search(struct db *db, const char *text, struct search_hit *hits,
    size_t max)
{
	sqlite3_stmt	*st;
	char		 lower[128], upper[128], q[300];
	size_t		 n = 0, i, j, len;

	len = strlen(text);
	if (len == 0 || max == 0)
		return (0);
	for (i = 0; i < len && i < sizeof lower - 2; i++)
		lower[i] = (char)tolower((unsigned char)text[i]);
	lower[i] = '\0';
	/* Codes are lower case: [lower, lower + 1) is the prefix range. */
	memcpy(upper, lower, i + 1);
	upper[i - 1] = (char)(upper[i - 1] + 1);

	st = db_prepare(db, "SELECT code, name FROM product "
	    "WHERE code >= ?1 AND code < ?2 ORDER BY code LIMIT ?3");
	if (st == NULL)
		return (-1);
	sqlite3_bind_text(st, 1, lower, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, upper, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 3, (sqlite3_int64)max);
	if (search_collect(db, st, 1, hits, &n, max) != 0)
		return (-1);

	st = db_prepare(db, "SELECT code, name FROM ingredient "
	    "WHERE excipient = 0 AND (code LIKE ?1 || '%' ESCAPE '\\' OR "
	    "name LIKE ?1 || '%' ESCAPE '\\' OR "
	    "(' ' || synonyms) LIKE '% ' || ?1 || '%' ESCAPE '\\' "
	    "OR (?2 AND (name LIKE '%' || ?1 || '%' ESCAPE '\\' OR "
	    "synonyms LIKE '%' || ?1 || '%' ESCAPE '\\'))) "
	    "ORDER BY code NOT LIKE ?1 || '%' ESCAPE '\\', "
	    "name NOT LIKE ?1 || '%' ESCAPE '\\', code");
	if (st == NULL)
		return (-1);
	/* What is typed is text, never a LIKE wildcard. */
	for (i = 0, j = 0; text[i] != '\0' && j < sizeof q - 3; i++) {
		if (text[i] == '%' || text[i] == '_' || text[i] == '\\')
			q[j++] = '\\';
		q[j++] = text[i];
	}
	q[j] = '\0';
	sqlite3_bind_text(st, 1, q, -1, SQLITE_TRANSIENT);
	/* Anywhere in a name from three characters on; before, word starts. */
	sqlite3_bind_int(st, 2, len >= 3);
	if (search_collect(db, st, 0, hits, &n, max) != 0)
		return (-1);

	if (len >= 3 && n < max) {
		for (i = 0, j = 0; text[i] != '\0' && j < sizeof q - 4; i++) {
			if (i == 0)
				q[j++] = '"';
			if (text[i] == '"')
				q[j++] = '"';
			q[j++] = text[i];
		}
		q[j++] = '"';
		q[j] = '\0';
		st = db_prepare(db, "SELECT code, name FROM formulary_fts "
		    "WHERE formulary_fts MATCH ?1 AND kind = 'product' LIMIT ?2");
		if (st == NULL)
			return (-1);
		sqlite3_bind_text(st, 1, q, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)(max * 2));
		if (search_collect(db, st, 1, hits, &n, max) != 0)
			return (-1);
	}
	return ((int)n);
}

int
store_template_load(struct db *db, const char *indication, struct cocktail *c)
{
	sqlite3_stmt		*st;
	struct component	*cp;
	char			 buf[16];
	int			 rc;

	st = db_prepare(db, "SELECT coalesce(area, ''), "
	    "coalesce(technique, ''), name FROM indication WHERE code = ?");
	if (st == NULL)
		return (-2);
	sqlite3_bind_text(st, 1, indication, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		sqlite3_reset(st);
		return (rc == SQLITE_DONE ? -1 : -2);
	}
	c->ncomponents = 0;
	snprintf(c->indication, sizeof c->indication, "%s", indication);
	col_text(st, 0, c->area, sizeof c->area);
	col_text(st, 1, c->technique, sizeof c->technique);
	if (c->name[0] == '\0')
		col_text(st, 2, c->name, sizeof c->name);
	sqlite3_reset(st);
	st = db_prepare(db, "SELECT coalesce(product, ingredient), "
	    "product IS NOT NULL, strength, coalesce(unit, ''), parts, "
	    "volume_ul FROM template_component WHERE indication = ? "
	    "ORDER BY seq");
	if (st == NULL)
		return (-2);
	sqlite3_bind_text(st, 1, indication, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		cp = cocktail_add(c, (const char *)sqlite3_column_text(st, 0),
		    sqlite3_column_int(st, 1));
		if (cp == NULL)
			break;
		cp->given_strength = col_int(st, 2);
		col_text(st, 3, buf, sizeof buf);
		if (unit_from_db(buf, &cp->given_unit) != 0)
			cp->given_unit = UNIT_NONE;
		/* Parts are kept in thousandths, as in a cocktail file. */
		cp->parts = sqlite3_column_type(st, 4) == SQLITE_NULL ? 0 :
		    sqlite3_column_int(st, 4) * 1000;
		cp->volume_ul = col_int(st, 5);
	}
	sqlite3_reset(st);
	return (0);
}

int
store_vocabulary(struct db *db, const char *table, struct code_name **out,
    size_t *n)
{
	static const char *const sql[][2] = {
		{ "area", "SELECT code, name FROM area ORDER BY code" },
		{ "technique", "SELECT code, name FROM technique ORDER BY code" },
		{ "indication",
		    "SELECT code, name FROM indication ORDER BY code" },
		{ "condition", "SELECT code, name FROM condition ORDER BY code" },
		{ "medication_class",
		    "SELECT code, name FROM medication_class ORDER BY code" },
		{ "allergen_class",
		    "SELECT code, name FROM allergen_class ORDER BY code" },
		{ "syringe", "SELECT code, name FROM syringe "
		    "ORDER BY capacity_ul, code" },
		{ "ingredient_group",
		    "SELECT code, name FROM ingredient_group ORDER BY code" },
	};
	sqlite3_stmt	*st = NULL;
	size_t		 i, cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	for (i = 0; i < sizeof sql / sizeof sql[0]; i++)
		if (strcmp(sql[i][0], table) == 0)
			st = db_prepare(db, sql[i][1]);
	if (st == NULL)
		return (-1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 32;
			*out = xreallocarray(*out, cap, sizeof **out);
		}
		col_text(st, 0, (*out)[*n].code, sizeof (*out)[*n].code);
		col_text(st, 1, (*out)[*n].name, sizeof (*out)[*n].name);
		(*n)++;
	}
	sqlite3_reset(st);
	return (rc == SQLITE_DONE ? 0 : -1);
}

/*
 * plan.c: area x technique -> points and volumes, the syringe, rounding
 * to its graduation, dead space, overage and the dose of every active.
 * No database: the cocktail and its facts are built by hand, with the
 * figures of the seed formulary (db/formulary/08-plan.sql) where a real
 * syringe or technique is meant.  Volumes in uL, strengths in ug/mL or
 * mu/mL, doses in ng or micro-units.
 */
#include "config.h"

#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cocktail.h"
#include "core/facts.h"
#include "core/finding.h"
#include "core/plan.h"
#include "core/units.h"
#include "testutil.h"

#define NELEM(a) (sizeof (a) / sizeof (a)[0])
#define NONE (-1)

static struct cocktail	C;
static struct facts	FX;
static struct plan	P;
static struct findings	F;
static char		ERR[1024];	/* "field: message" of a refused plan */

static void
setup(void)
{
	cocktail_init(&C);
	facts_init(&FX);
	findings_init(&F);
	memset(&P, 0, sizeof P);
	ERR[0] = '\0';
}

static void
teardown(void)
{
	facts_free(&FX);
	findings_free(&F);
}

static void
add_syringe(const char *code, int64_t cap, int64_t grad, int64_t dead)
{
	struct fact_syringe	*s = FACTS_PUSH(&FX, syringes);

	snprintf(s->code, sizeof s->code, "%s", code);
	snprintf(s->name, sizeof s->name, "%s", code);
	s->capacity_ul = cap;
	s->graduation_ul = grad;
	s->dead_space_ul = dead;
	snprintf(s->source, sizeof s->source, "test syringe %s", code);
}

/* The syringes of the seed formulary, in its order (capacity, code). */
static void
seed_syringes(void)
{
	add_syringe("syringe-1ml", 1000, 10, 70);
	add_syringe("syringe-1ml-lds", 1000, NONE, 5);
	add_syringe("syringe-2-5ml", 2500, NONE, 70);
	add_syringe("syringe-3ml", 3000, 200, NONE);
	add_syringe("syringe-5ml", 5000, 200, 75);
	add_syringe("syringe-10ml", 10000, 200, 100);
}

/* One syringe that measures anything exactly: no rounding, no loss. */
static void
exact_syringe(void)
{
	add_syringe("exact", 1000000, 1, 0);
}

static void
set_needle(int64_t dead)
{
	FX.has_needle = 1;
	snprintf(FX.needle.code, sizeof FX.needle.code, "30g-4mm");
	FX.needle.dead_space_ul = dead;
}

static void
set_technique(const char *code, enum geometry g, int64_t dmin, int64_t dmax,
    int64_t spacing, int64_t vpp, int64_t vpcm, int64_t vpcm2)
{
	struct fact_technique	*t = &FX.technique;

	FX.has_technique = 1;
	snprintf(t->code, sizeof t->code, "%s", code);
	snprintf(t->name, sizeof t->name, "%s", code);
	t->geometry = g;
	t->depth_min_um = dmin;
	t->depth_max_um = dmax;
	t->spacing_um = spacing;
	t->volume_per_point_ul = vpp;
	t->volume_per_cm_ul = vpcm;
	t->volume_per_cm2_ul = vpcm2;
	snprintf(t->source, sizeof t->source, "test technique");
	snprintf(C.technique, sizeof C.technique, "%s", code);
}

static void
set_area(const char *code, int64_t surface, int64_t max_depth, int allowed,
    int64_t pair_spacing, int64_t pair_vpp)
{
	struct fact_area	*a = &FX.area;

	FX.has_area = 1;
	snprintf(a->code, sizeof a->code, "%s", code);
	snprintf(a->name, sizeof a->name, "%s", code);
	a->surface_cm2 = surface;
	a->max_depth_um = max_depth;
	a->technique_allowed = allowed;
	a->pair_spacing_um = pair_spacing;
	a->pair_volume_per_point_ul = pair_vpp;
	snprintf(a->source, sizeof a->source, "test area");
	snprintf(C.area, sizeof C.area, "%s", code);
}

/* Face + papule as the seed has them: 510 cm2, 1-2 mm, 10 mm, 0.02 mL. */
static void
face_papule(void)
{
	set_technique("papule", GEO_GRID, 1000, 2000, 10000, 20, NONE, NONE);
	set_area("face", 510, 4000, 1, 10000, 20);
}

/* A component holding one ingredient; ul > 0 absolute, else parts. */
static struct component *
add_comp(const char *ingredient, int64_t strength, enum unit u, int64_t ul,
    int parts)
{
	struct component	*cp;
	struct content		*ct;

	cp = cocktail_add(&C, ingredient, 0);
	ck_assert_ptr_nonnull(cp);
	if (ul > 0)
		cp->volume_ul = ul;
	else
		cp->parts = parts;
	cp->given_strength = strength;
	cp->given_unit = strength >= 0 ? u : UNIT_NONE;
	ct = &cp->contents[cp->ncontents++];
	snprintf(ct->ingredient, sizeof ct->ingredient, "%s", ingredient);
	ct->active = 1;
	ct->strength = strength;
	ct->unit = strength >= 0 ? u : UNIT_NONE;
	return (cp);
}

static void
add_content(struct component *cp, const char *ingredient, int active,
    int64_t strength, enum unit u)
{
	struct content	*ct = &cp->contents[cp->ncontents++];

	memset(ct, 0, sizeof *ct);
	snprintf(ct->ingredient, sizeof ct->ingredient, "%s", ingredient);
	ct->active = active;
	ct->strength = strength;
	ct->unit = u;
}

static enum plan_status
compute(void)
{
	struct meso_error	e;
	enum plan_status	st;

	st = plan_compute(&C, &FX, &P, &F, &e);
	ERR[0] = '\0';
	if (st != PLAN_OK)
		snprintf(ERR, sizeof ERR, "%s%s%s", e.field,
		    e.field[0] ? ": " : "", e.message);
	return (st);
}

static const struct plan_dose *
dose_of(size_t comp, const char *ingredient)
{
	size_t	j;

	for (j = 0; j < P.components[comp].ndoses; j++)
		if (strcmp(P.components[comp].doses[j].ingredient,
		    ingredient) == 0)
			return (&P.components[comp].doses[j]);
	return (NULL);
}

/* Findings of a kind and severity whose message holds text (NULL: any). */
static size_t
count_findings(enum finding_kind kind, enum severity sev, const char *text)
{
	size_t	i, n = 0;

	for (i = 0; i < F.n; i++)
		if (F.v[i].kind == kind && F.v[i].severity == sev &&
		    (text == NULL || strstr(tu_msg(&F.v[i]), text) != NULL))
			n++;
	return (n);
}

/* The first finding of a kind naming code. */
static const struct finding *
find_code(enum finding_kind kind, const char *code)
{
	size_t	i, j;

	for (i = 0; i < F.n; i++) {
		if (F.v[i].kind != kind)
			continue;
		for (j = 0; j < F.v[i].ncodes; j++)
			if (strcmp(F.v[i].codes[j], code) == 0)
				return (&F.v[i]);
	}
	return (NULL);
}

static void
dump_findings(void)
{
	size_t	i;

	for (i = 0; i < F.n; i++)
		fprintf(stderr, "  finding %zu: %s %s [%s] %s\n", i,
		    severity_name(F.v[i].severity), kind_name(F.v[i].kind),
		    F.v[i].ncodes ? F.v[i].codes[0] : "", tu_msg(&F.v[i]));
}

/* Grid: points = ceil(surface / spacing^2) ------------------------------ */

static const struct {
	int64_t			 surface_cm2, spacing_um, vpp_ul;
	enum plan_status	 status;
	int64_t			 points, delivered_ul;
} grid_rows[] = {
	{ 510, 10000, 20, PLAN_OK, 510, 10200 },	/* the face */
	{ 1, 10000, 20, PLAN_OK, 1, 20 },		/* one point */
	{ 1, 20000, 100, PLAN_OK, 1, 100 },		/* a quarter: one */
	{ 300, 10000, 50, PLAN_OK, 300, 15000 },
	{ 100, 3000, 20, PLAN_OK, 1112, 22240 },	/* 1111.1 -> 1112 */
	{ 1530, 4000, 10, PLAN_OK, 9563, 95630 },	/* 9562.5 -> 9563 */
	{ 30000, 10000, 20, PLAN_OK, 30000, 600000 },
	/* 1,000,000 points and 1000 mL: the last plan computed */
	{ 10000, 1000, 1, PLAN_OK, 1000000, 1000000 },
	{ 10001, 1000, 1, PLAN_TOO_LARGE, 0, 0 },
	/* 30000 cm2 at 1 mm: 3,000,000 points */
	{ 30000, 1000, 20, PLAN_TOO_LARGE, 0, 0 },
	/* 30000 points of 0.05 mL: 1.5 L */
	{ 30000, 10000, 50, PLAN_TOO_LARGE, 0, 0 },
	/* 1 um spacing: 3e12 points, and no overflow on the way */
	{ 30000, 1, 1, PLAN_TOO_LARGE, 0, 0 },
};

START_TEST(test_grid_points)
{
	enum plan_status	st;

	set_technique("papule", GEO_GRID, 1000, 2000, NONE, NONE, NONE, NONE);
	set_area("body", NONE, NONE, 1, NONE, NONE);
	C.surface_cm2 = grid_rows[_i].surface_cm2;
	C.spacing_um = grid_rows[_i].spacing_um;
	C.volume_per_point_ul = grid_rows[_i].vpp_ul;
	seed_syringes();
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	st = compute();
	ck_assert_msg(st == grid_rows[_i].status, "%lld cm2 at %lld um: "
	    "status %d, wanted %d (%s)", (long long)grid_rows[_i].surface_cm2,
	    (long long)grid_rows[_i].spacing_um, st, grid_rows[_i].status,
	    ERR);
	if (st != PLAN_OK) {
		ck_assert_msg(ERR[0] != '\0', "no message for a refused plan");
		return;
	}
	ck_assert_int_eq(P.has_geometry, 1);
	ck_assert_int_eq(P.geometry, GEO_GRID);
	ck_assert_int_eq(P.points, grid_rows[_i].points);
	ck_assert_int_eq(P.delivered_ul, grid_rows[_i].delivered_ul);
	ck_assert_int_eq(P.surface_cm2, grid_rows[_i].surface_cm2);
	ck_assert_int_eq(P.spacing_um, grid_rows[_i].spacing_um);
	ck_assert_int_eq(P.volume_per_point_ul, grid_rows[_i].vpp_ul);
}
END_TEST

/* Which figure wins: the file, then the area-technique pair, then the
 * technique (then the area, for the surface). */
static const struct {
	int64_t	c_spacing, pair_spacing, t_spacing, want_spacing;
	int64_t	c_vpp, pair_vpp, t_vpp, want_vpp;
	int64_t	c_surface, a_surface, want_surface;
} precedence_rows[] = {
	{ 5000, 10000, 4000, 5000, 30, 20, 10, 30, 100, 510, 100 },
	{ NONE, 10000, 4000, 10000, NONE, 20, 10, 20, NONE, 510, 510 },
	{ NONE, NONE, 4000, 4000, NONE, NONE, 10, 10, NONE, 510, 510 },
	{ 5000, NONE, NONE, 5000, 30, NONE, NONE, 30, 100, NONE, 100 },
};

START_TEST(test_precedence)
{
	set_technique("papule", GEO_GRID, 1000, 2000,
	    precedence_rows[_i].t_spacing, precedence_rows[_i].t_vpp, NONE,
	    NONE);
	set_area("face", precedence_rows[_i].a_surface, 4000, 1,
	    precedence_rows[_i].pair_spacing, precedence_rows[_i].pair_vpp);
	C.spacing_um = precedence_rows[_i].c_spacing;
	C.volume_per_point_ul = precedence_rows[_i].c_vpp;
	C.surface_cm2 = precedence_rows[_i].c_surface;
	exact_syringe();
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.spacing_um, precedence_rows[_i].want_spacing);
	ck_assert_int_eq(P.volume_per_point_ul, precedence_rows[_i].want_vpp);
	ck_assert_int_eq(P.surface_cm2, precedence_rows[_i].want_surface);
}
END_TEST

/* A figure the formulary lacks and the file does not give --------------- */

static const struct {
	const char	*what;
	enum geometry	 geo;
	int64_t		 surface, spacing, vpp;	/* technique / area figures */
	int64_t		 threads, length_mm, vpcm, vpcm2;
	const char	*field;	/* err starts with it */
} missing_rows[] = {
	{ "grid, no surface", GEO_GRID, NONE, 10000, 20, NONE, NONE, NONE,
	    NONE, "surface_cm2" },
	{ "grid, no spacing", GEO_GRID, 510, NONE, 20, NONE, NONE, NONE, NONE,
	    "spacing_mm" },
	{ "grid, no volume per point", GEO_GRID, 510, 10000, NONE, NONE, NONE,
	    NONE, NONE, "volume_per_point_ml" },
	{ "linear, no threads", GEO_LINEAR, 510, NONE, NONE, NONE, 50, 20,
	    NONE, "threads" },
	{ "linear, no thread length", GEO_LINEAR, 510, NONE, NONE, 10, NONE,
	    20, NONE, "thread_length_cm" },
	{ "linear, no volume per cm", GEO_LINEAR, 510, NONE, NONE, 10, 50,
	    NONE, NONE, "volume_per_cm_ml" },
	{ "surface, no surface", GEO_SURFACE, NONE, NONE, NONE, NONE, NONE,
	    NONE, 10, "surface_cm2" },
	{ "surface, no volume per cm2", GEO_SURFACE, 510, NONE, NONE, NONE,
	    NONE, NONE, NONE, "volume_per_cm2_ml" },
};

START_TEST(test_missing_figure)
{
	enum plan_status	st;

	set_technique("t", missing_rows[_i].geo, NONE, NONE,
	    missing_rows[_i].spacing, missing_rows[_i].vpp, NONE,
	    missing_rows[_i].vpcm2);
	set_area("a", missing_rows[_i].surface, NONE, 1, NONE, NONE);
	C.threads = missing_rows[_i].threads;
	C.thread_length_mm = missing_rows[_i].length_mm;
	C.volume_per_cm_ul = missing_rows[_i].vpcm;
	seed_syringes();
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	st = compute();
	ck_assert_msg(st == PLAN_MISSING_FIGURE, "%s: status %d, wanted "
	    "PLAN_MISSING_FIGURE", missing_rows[_i].what, st);
	ck_assert_msg(strncmp(ERR, missing_rows[_i].field,
	    strlen(missing_rows[_i].field)) == 0 &&
	    ERR[strlen(missing_rows[_i].field)] == ':',
	    "%s: the error names \"%s\", wanted the field \"%s\"",
	    missing_rows[_i].what, ERR, missing_rows[_i].field);
}
END_TEST

START_TEST(test_syringe_all_dead_space)
{
	face_papule();
	add_syringe("odd", 100, 10, 100);
	C.syringe_ul = 100;
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	ck_assert_int_eq(compute(), PLAN_MISSING_FIGURE);
	ck_assert_msg(strncmp(ERR, "syringe_ml:", 11) == 0, "%s", ERR);
}
END_TEST

/* Linear retrograde: threads x length x volume per cm ------------------- */

static const struct {
	int64_t	threads, length_mm, c_vpcm, t_vpcm, delivered;
} linear_rows[] = {
	{ 10, 50, 20, NONE, 1000 },	/* 10 x 5 cm x 0.02 mL/cm = 1 mL */
	{ 3, 45, 30, NONE, 405 },
	{ 7, 15, 25, NONE, 263 },	/* 262.5 -> 263 */
	{ 10, 50, NONE, 20, 1000 },	/* the technique's figure */
	{ 10, 50, 30, 20, 1500 },	/* the file's wins */
	{ 1, 500, 5000, NONE, 250000 },
};

START_TEST(test_linear)
{
	set_technique("linear-retrograde", GEO_LINEAR, 2000, 2000, NONE,
	    NONE, linear_rows[_i].t_vpcm, NONE);
	set_area("hands", 210, NONE, 1, NONE, NONE);
	C.threads = linear_rows[_i].threads;
	C.thread_length_mm = linear_rows[_i].length_mm;
	C.volume_per_cm_ul = linear_rows[_i].c_vpcm;
	exact_syringe();
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.geometry, GEO_LINEAR);
	ck_assert_int_eq(P.threads, linear_rows[_i].threads);
	ck_assert_int_eq(P.thread_length_mm, linear_rows[_i].length_mm);
	ck_assert_int_eq(P.delivered_ul, linear_rows[_i].delivered);
	ck_assert_int_eq(P.total_ul, linear_rows[_i].delivered);
}
END_TEST

/* Surface (microneedling): surface x volume per cm2 ---------------------- */

static const struct {
	int64_t	c_surface, a_surface, c_vpcm2, t_vpcm2, delivered;
} surface_rows[] = {
	{ 100, 510, 6, NONE, 600 },
	{ NONE, 510, 10, NONE, 5100 },
	{ NONE, 510, NONE, 2, 1020 },
	{ 1, NONE, 1, NONE, 1 },
};

START_TEST(test_surface)
{
	const struct plan_dose	*d;

	set_technique("microneedling", GEO_SURFACE, 250, 2500, NONE, NONE,
	    NONE, surface_rows[_i].t_vpcm2);
	set_area("face", surface_rows[_i].a_surface, 4000, 1, NONE, NONE);
	C.surface_cm2 = surface_rows[_i].c_surface;
	C.volume_per_cm2_ul = surface_rows[_i].c_vpcm2;
	exact_syringe();
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.geometry, GEO_SURFACE);
	ck_assert_int_eq(P.points, -1);
	ck_assert_int_eq(P.delivered_ul, surface_rows[_i].delivered);
	ck_assert_int_eq(P.total_ul, surface_rows[_i].delivered);
	/* No points: no dose per point. */
	d = dose_of(0, "hyaluronic-acid");
	ck_assert_ptr_nonnull(d);
	ck_assert_int_eq(d->per_point, -1);
}
END_TEST

/* Parts need a plan or a total -------------------------------------------- */

START_TEST(test_parts_without_volume)
{
	seed_syringes();
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 2000);
	add_comp("lidocaine", 10000, UNIT_UG, 500, 0);
	ck_assert_int_eq(compute(), PLAN_NO_VOLUME);
	ck_assert_msg(strncmp(ERR, "parts:", 6) == 0, "%s", ERR);
}
END_TEST

/* total_ml 5 with 1 mL absolute and parts 3:1 of the rest. */
START_TEST(test_total_parts_and_ml)
{
	seed_syringes();
	C.total_ul = 5000;
	add_comp("lidocaine", 10000, UNIT_UG, 1000, 0);
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 3000);
	add_comp("dexpanthenol", 2000, UNIT_UG, 0, 1000);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.has_geometry, 0);
	ck_assert_int_eq(P.delivered_ul, 5000);
	ck_assert_uint_eq(P.ncomponents, 3);
	ck_assert_int_eq(P.components[0].wanted_ul, 1000);
	ck_assert_int_eq(P.components[1].wanted_ul, 3000);
	ck_assert_int_eq(P.components[2].wanted_ul, 1000);
	ck_assert_int_eq(P.components[0].volume_ul, 1000);
	ck_assert_int_eq(P.components[1].volume_ul, 3000);
	ck_assert_int_eq(P.components[2].volume_ul, 1000);
	ck_assert_int_eq(P.total_ul, 5000);
	/* Without a plan nothing is drawn into a syringe unless one is asked. */
	ck_assert_int_eq(P.syringes, 1);
	ck_assert_str_eq(P.syringe, "");
	ck_assert_int_eq(P.graduation_ul, -1);
}
END_TEST

/* No plan, no syringe asked: the volumes given are kept exactly. */
START_TEST(test_no_plan_exact)
{
	seed_syringes();
	add_comp("lidocaine", 10000, UNIT_UG, 10000, 0);
	add_comp("sodium-bicarbonate", 84000, UNIT_UG, 1000, 0);
	add_comp("epinephrine", 10, UNIT_UG, 50, 0);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.components[0].volume_ul, 10000);
	ck_assert_int_eq(P.components[1].volume_ul, 1000);
	ck_assert_int_eq(P.components[2].volume_ul, 50);
	ck_assert_int_eq(P.total_ul, 11050);
	ck_assert_uint_eq(F.n, 0);
}
END_TEST

/* No plan, a syringe asked for: its marks, and its dead space is lost. */
START_TEST(test_no_plan_syringe_asked)
{
	seed_syringes();
	C.syringe_ul = 1000;
	add_comp("lidocaine", 10000, UNIT_UG, 1000, 0);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_str_eq(P.syringe, "syringe-1ml");
	ck_assert_int_eq(P.graduation_ul, 10);
	ck_assert_int_eq(P.total_ul, 1000);
	ck_assert_int_eq(P.needed_ul, 1000);
	ck_assert_int_eq(P.delivered_ul, 930);
}
END_TEST

/* Only absolute volumes, no plan: the mix is their sum. */
START_TEST(test_ml_only)
{
	seed_syringes();
	add_comp("lidocaine", 10000, UNIT_UG, 400, 0);
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 600, 0);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.has_geometry, 0);
	ck_assert_int_eq(P.points, -1);
	ck_assert_int_eq(P.total_ul, 1000);
	ck_assert_int_eq(P.components[0].volume_ul, 400);
	ck_assert_int_eq(P.components[1].volume_ul, 600);
}
END_TEST

/* A plan with mL and parts: parts share what the mL leave. */
START_TEST(test_plan_parts_and_ml)
{
	face_papule();
	C.surface_cm2 = 100;		/* 100 points x 0.02 mL = 2 mL */
	exact_syringe();
	add_comp("lidocaine", 10000, UNIT_UG, 200, 0);
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	add_comp("dexpanthenol", 2000, UNIT_UG, 0, 1000);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.points, 100);
	ck_assert_int_eq(P.delivered_ul, 2000);
	ck_assert_int_eq(P.needed_ul, 2000);
	ck_assert_int_eq(P.components[0].volume_ul, 200);
	ck_assert_int_eq(P.components[1].volume_ul, 900);
	ck_assert_int_eq(P.components[2].volume_ul, 900);
	ck_assert_int_eq(P.total_ul, 2000);
	ck_assert_uint_eq(count_findings(KIND_TECHNIQUE, SEV_CAUTION, NULL),
	    0);
}
END_TEST

/* The mL given already fill the plan: the parts get nothing, and say so. */
START_TEST(test_plan_ml_fill_everything)
{
	face_papule();
	C.surface_cm2 = 100;
	exact_syringe();
	add_comp("lidocaine", 10000, UNIT_UG, 3000, 0);
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.components[1].volume_ul, 0);
	ck_assert_uint_eq(count_findings(KIND_TECHNIQUE, SEV_CAUTION,
	    "already fill"), 1);
}
END_TEST

/* Only mL, with a plan that needs more: a caution. */
START_TEST(test_plan_ml_short)
{
	face_papule();
	C.surface_cm2 = 100;
	exact_syringe();
	add_comp("lidocaine", 10000, UNIT_UG, 1000, 0);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.total_ul, 1000);
	ck_assert_uint_eq(count_findings(KIND_TECHNIQUE, SEV_CAUTION,
	    "less than the plan needs"), 1);
}
END_TEST

/* Rounding to the graduation: half up at 10, 100 and 200 uL ------------- */

static const struct {
	int64_t	grad, wanted, per, caution;
} rounding_rows[] = {
	{ 10, 1234, 1230, 0 },
	{ 10, 1235, 1240, 0 },
	{ 10, 15, 20, 1 },		/* +33 %: said */
	{ 100, 1234, 1200, 0 },
	{ 100, 1250, 1300, 0 },
	{ 100, 1249, 1200, 0 },
	{ 200, 1234, 1200, 0 },
	{ 200, 1300, 1400, 0 },		/* +7.7 % */
	{ 200, 1100, 1200, 0 },		/* 5.5 marks -> 6: +9.1 % */
	{ 200, 5000, 5000, 0 },
	{ 200, 150, 200, 1 },		/* +33 %: said */
	{ 200, 100, 200, 1 },		/* half a mark doubles it: said */
	{ NONE, 1234, 1234, 0 },	/* graduation unknown: exact */
};

START_TEST(test_rounding)
{
	const struct plan_component	*pc;
	const char			*code = "hyaluronic-acid";

	add_syringe("s", 10000, rounding_rows[_i].grad, 0);
	C.syringe_ul = 10000;
	add_comp(code, 10000, UNIT_UG, rounding_rows[_i].wanted, 0);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.graduation_ul, rounding_rows[_i].grad);
	pc = &P.components[0];
	ck_assert_int_eq(pc->wanted_ul, rounding_rows[_i].wanted);
	ck_assert_msg(pc->per_syringe_ul == rounding_rows[_i].per,
	    "%lld uL at %lld uL marks: %lld, wanted %lld",
	    (long long)rounding_rows[_i].wanted,
	    (long long)rounding_rows[_i].grad, (long long)pc->per_syringe_ul,
	    (long long)rounding_rows[_i].per);
	ck_assert_int_eq(pc->volume_ul, rounding_rows[_i].per);
	ck_assert_int_eq(pc->rounding_ul,
	    rounding_rows[_i].per - rounding_rows[_i].wanted);
	ck_assert_int_eq(P.total_ul, rounding_rows[_i].per);
	ck_assert_uint_eq(count_findings(KIND_DOSE, SEV_CAUTION, NULL),
	    (size_t)rounding_rows[_i].caution);
	if (rounding_rows[_i].caution)
		ck_assert_ptr_nonnull(find_code(KIND_DOSE, code));
}
END_TEST

/* Below the first mark: kept as it is (never 0), and a finding says so. */
static const struct {
	int64_t	grad, wanted;
} below_rows[] = {
	{ 10, 4 },
	{ 100, 49 },
	{ 200, 50 },
	{ 200, 99 },
};

START_TEST(test_below_graduation)
{
	const struct plan_component	*pc;
	const struct plan_dose		*d;

	add_syringe("s", 10000, below_rows[_i].grad, 0);
	C.syringe_ul = 10000;
	add_comp("lidocaine", 10000, UNIT_UG, 2000, 0);
	add_comp("epinephrine", 10, UNIT_UG, below_rows[_i].wanted, 0);
	ck_assert_int_eq(compute(), PLAN_OK);
	pc = &P.components[1];
	ck_assert_msg(pc->volume_ul == below_rows[_i].wanted,
	    "%lld uL below %lld uL marks became %lld uL",
	    (long long)below_rows[_i].wanted, (long long)below_rows[_i].grad,
	    (long long)pc->volume_ul);
	ck_assert_int_gt(pc->per_syringe_ul, 0);
	d = dose_of(1, "epinephrine");
	ck_assert_ptr_nonnull(d);
	ck_assert_int_eq(d->amount, below_rows[_i].wanted * 10);
	ck_assert_uint_eq(count_findings(KIND_DOSE, SEV_CAUTION, "below"), 1);
	ck_assert_ptr_nonnull(find_code(KIND_DOSE, "epinephrine"));
}
END_TEST

/* Dead space on a small total: syringe + needle, added to the mix. */
START_TEST(test_dead_space_small_total)
{
	face_papule();
	C.surface_cm2 = 10;		/* 10 points x 0.02 mL = 0.2 mL */
	seed_syringes();
	set_needle(10);
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.delivered_ul, 200);
	ck_assert_str_eq(P.syringe, "syringe-1ml");
	ck_assert_int_eq(P.syringes, 1);
	ck_assert_int_eq(P.dead_space_ul, 80);
	ck_assert_int_eq(P.needed_ul, 280);
	ck_assert_int_eq(P.total_ul, 280);
	ck_assert_int_eq(P.components[0].volume_ul, 280);
}
END_TEST

START_TEST(test_dead_space_no_needle)
{
	face_papule();
	C.surface_cm2 = 10;
	seed_syringes();
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.dead_space_ul, 70);
	ck_assert_int_eq(P.needed_ul, 270);
	ck_assert_int_eq(P.total_ul, 270);
}
END_TEST

/* More than the largest syringe holds: several syringes, each with its loss. */
START_TEST(test_several_syringes)
{
	face_papule();			/* 510 points x 0.02 mL = 10.2 mL */
	seed_syringes();
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.points, 510);
	ck_assert_int_eq(P.delivered_ul, 10200);
	ck_assert_str_eq(P.syringe, "syringe-10ml");
	ck_assert_int_eq(P.syringes, 2);
	ck_assert_int_eq(P.dead_space_ul, 100);
	ck_assert_int_eq(P.needed_ul, 10400);
	ck_assert_int_eq(P.components[0].per_syringe_ul, 5200);
	ck_assert_int_eq(P.components[0].volume_ul, 10400);
	ck_assert_int_eq(P.total_ul, 10400);
}
END_TEST

START_TEST(test_several_small_syringes)
{
	face_papule();
	C.surface_cm2 = 100;		/* 2 mL with only 1 mL syringes */
	add_syringe("syringe-1ml", 1000, 10, 70);
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.syringes, 3);	/* 2000 / 930 -> 3 */
	ck_assert_int_eq(P.needed_ul, 2210);
	ck_assert_int_eq(P.components[0].per_syringe_ul, 740);
	ck_assert_int_eq(P.total_ul, 2220);
}
END_TEST

/* The smallest syringe that holds the mix and its dead space; or the one asked for. */
static const struct {
	int64_t		 delivered, syringe_ul;
	const char	*code;
	int64_t		 syringes;
} syringe_rows[] = {
	{ 900, NONE, "syringe-1ml", 1 },
	{ 950, NONE, "syringe-1ml-lds", 1 },	/* 930 usable is too little */
	{ 2000, NONE, "syringe-2-5ml", 1 },
	{ 2500, NONE, "syringe-3ml", 1 },
	{ 4000, NONE, "syringe-5ml", 1 },
	{ 4950, NONE, "syringe-10ml", 1 },	/* 4925 usable in 5 mL */
	{ 200, 5000, "syringe-5ml", 1 },
	{ 2000, 1000, "syringe-1ml", 3 },
	{ 200, 20000, "", 1 },			/* not in the formulary */
};

START_TEST(test_syringe_choice)
{
	face_papule();
	C.surface_cm2 = syringe_rows[_i].delivered / 10;
	C.volume_per_point_ul = 10;
	C.syringe_ul = syringe_rows[_i].syringe_ul;
	seed_syringes();
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.delivered_ul, syringe_rows[_i].delivered);
	ck_assert_msg(strcmp(P.syringe, syringe_rows[_i].code) == 0,
	    "%lld uL (syringe_ul %lld): syringe \"%s\", wanted \"%s\"",
	    (long long)syringe_rows[_i].delivered,
	    (long long)syringe_rows[_i].syringe_ul, P.syringe,
	    syringe_rows[_i].code);
	ck_assert_int_eq(P.syringes, syringe_rows[_i].syringes);
	if (syringe_rows[_i].code[0] == '\0') {
		ck_assert_int_eq(P.syringe_capacity_ul,
		    syringe_rows[_i].syringe_ul);
		ck_assert_int_eq(P.graduation_ul, -1);
		ck_assert_uint_eq(count_findings(KIND_TECHNIQUE, SEV_INFO,
		    "no 20 mL syringe"), 1);
	}
}
END_TEST

START_TEST(test_no_syringe_known)
{
	face_papule();
	C.surface_cm2 = 100;
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_str_eq(P.syringe, "");
	ck_assert_int_eq(P.syringes, 1);
	ck_assert_int_eq(P.graduation_ul, -1);
	ck_assert_int_eq(P.total_ul, 2000);
}
END_TEST

/* Overage: a percentage of what is delivered, before the dead space. */
static const struct {
	int64_t	pct, overage, needed;
} overage_rows[] = {
	{ NONE, 0, 10400 },
	{ 0, 0, 10400 },
	{ 10, 1020, 11420 },
	{ 15, 1530, 11930 },
	{ 33, 3366, 13766 },
	{ 100, 10200, 20700 },	/* 20.4 mL in 3 x 10 mL */
};

START_TEST(test_overage)
{
	face_papule();
	C.overage_pct = overage_rows[_i].pct;
	seed_syringes();
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.delivered_ul, 10200);
	ck_assert_int_eq(P.overage_ul, overage_rows[_i].overage);
	ck_assert_int_eq(P.needed_ul, overage_rows[_i].needed);
}
END_TEST

/* Doses: amount = volume x strength, then per mL, per point, per kg ----- */

static void
dose_cocktail(void)
{
	face_papule();
	C.surface_cm2 = 100;		/* 100 points x 0.02 mL = 2 mL */
	exact_syringe();
	add_comp("lidocaine", 10000, UNIT_UG, 200, 0);		/* 1 % */
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);	/* 1 % */
	add_comp("hyaluronidase", 150000, UNIT_MU, 100, 0);	/* 150 U/mL */
}

static const struct {
	size_t		 comp;
	const char	*ingredient;
	enum unit	 unit;
	int64_t		 volume, amount, final_conc, per_point, per_kg;
} dose_rows[] = {
	/* 0.2 mL of 10 mg/mL: 2 mg; 1 mg/mL in 2 mL; 20 ug per point */
	{ 0, "lidocaine", UNIT_UG, 200, 2000000, 1000000, 20000, 32258 },
	/* 1.7 mL of 10 mg/mL: 17 mg; 8.5 mg/mL; 170 ug per point */
	{ 1, "hyaluronic-acid", UNIT_UG, 1700, 17000000, 8500000, 170000,
	    274194 },
	/* 0.1 mL of 150 U/mL: 15 U; 7.5 U/mL; 0.15 U per point */
	{ 2, "hyaluronidase", UNIT_MU, 100, 15000000, 7500000, 150000,
	    241935 },
};

START_TEST(test_doses)
{
	const struct plan_dose	*d;

	dose_cocktail();
	C.has_patient = 1;
	C.patient.weight_g = 62000;
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.total_ul, 2000);
	ck_assert_int_eq(P.components[dose_rows[_i].comp].volume_ul,
	    dose_rows[_i].volume);
	d = dose_of(dose_rows[_i].comp, dose_rows[_i].ingredient);
	ck_assert_ptr_nonnull(d);
	ck_assert_int_eq(d->known, 1);
	ck_assert_int_eq(d->active, 1);
	ck_assert_int_eq(d->unit, dose_rows[_i].unit);
	ck_assert_int_eq(d->amount, dose_rows[_i].amount);
	ck_assert_int_eq(d->final_conc, dose_rows[_i].final_conc);
	ck_assert_int_eq(d->per_point, dose_rows[_i].per_point);
	ck_assert_int_eq(d->per_kg, dose_rows[_i].per_kg);
}
END_TEST

START_TEST(test_dose_per_kg_unknown)
{
	const struct plan_dose	*d;

	dose_cocktail();
	C.has_patient = 1;		/* a patient, but no weight */
	ck_assert_int_eq(compute(), PLAN_OK);
	d = dose_of(0, "lidocaine");
	ck_assert_ptr_nonnull(d);
	ck_assert_int_eq(d->amount, 2000000);
	ck_assert_int_eq(d->per_kg, -1);

	C.has_patient = 0;		/* no patient at all */
	C.patient.weight_g = 62000;
	ck_assert_int_eq(compute(), PLAN_OK);
	d = dose_of(0, "lidocaine");
	ck_assert_ptr_nonnull(d);
	ck_assert_int_eq(d->per_kg, -1);
}
END_TEST

START_TEST(test_dose_sum)
{
	const struct plan_total	*t;

	dose_cocktail();
	add_comp("lidocaine", 20000, UNIT_UG, 100, 0);	/* 2 %: 2 mg more */
	ck_assert_int_eq(compute(), PLAN_OK);
	t = plan_total(&P, "lidocaine");
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->drawn, 4000000);
	ck_assert_int_eq(t->unit, UNIT_UG);
	ck_assert_int_eq(t->known, 1);
	/* Both components count towards the concentration of the mix. */
	ck_assert_int_eq(t->final_conc, units_div_round(t->drawn * 1000,
	    P.total_ul));
	t = plan_total(&P, "hyaluronidase");
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->drawn, 15000000);
	ck_assert_int_eq(t->unit, UNIT_MU);
	ck_assert_int_eq(t->known, 1);
	ck_assert_ptr_null(plan_total(&P, "caffeine"));
}
END_TEST

/* A product holds several: every content gets its dose; excipients too. */
START_TEST(test_dose_product_contents)
{
	struct component	*cp;
	const struct plan_dose	*d;

	seed_syringes();
	cp = cocktail_add(&C, "lidocaine-epi-1pct", 1);
	cp->volume_ul = 1000;
	add_content(cp, "epinephrine", 1, 10, UNIT_UG);
	add_content(cp, "lidocaine", 1, 10000, UNIT_UG);
	add_content(cp, "sodium-metabisulfite", 0, -1, UNIT_UG);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_uint_eq(P.components[0].ndoses, 3);
	d = dose_of(0, "lidocaine");
	ck_assert_int_eq(d->amount, 10000000);		/* 10 mg */
	ck_assert_int_eq(d->final_conc, 10000000);	/* 10 mg/mL */
	ck_assert_int_eq(d->per_point, -1);		/* no points */
	d = dose_of(0, "epinephrine");
	ck_assert_int_eq(d->amount, 10000);		/* 10 ug */
	d = dose_of(0, "sodium-metabisulfite");
	ck_assert_int_eq(d->known, 0);
	ck_assert_int_eq(d->active, 0);
	ck_assert_int_eq(d->amount, 0);
}
END_TEST

/* Never add mass to units: the sum is unknown (-1). */
START_TEST(test_dose_units_differ)
{
	const struct plan_total	*t;

	seed_syringes();
	add_comp("hyaluronidase", 150000, UNIT_MU, 200, 0);
	add_comp("hyaluronidase", 1000, UNIT_UG, 200, 0);
	ck_assert_int_eq(compute(), PLAN_OK);
	t = plan_total(&P, "hyaluronidase");
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->known, -1);
}
END_TEST

START_TEST(test_dose_unknown_strength)
{
	const struct plan_dose	*d;
	const struct plan_total	*t;

	seed_syringes();
	add_comp("hyaluronic-acid", NONE, UNIT_NONE, 1000, 0);
	ck_assert_int_eq(compute(), PLAN_OK);
	d = dose_of(0, "hyaluronic-acid");
	ck_assert_ptr_nonnull(d);
	ck_assert_int_eq(d->known, 0);
	ck_assert_int_eq(d->amount, 0);
	t = plan_total(&P, "hyaluronic-acid");
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->known, 0);
}
END_TEST

/* Technique and area: depth range, area depth, allowed pairs ----------- */

static const struct {
	int64_t		 t_min, t_max, a_max;
	int		 allowed;
	int64_t		 depth;
	size_t		 n;
	const char	*text;
} fit_rows[] = {
	{ 1000, 2000, 4000, 1, 1500, 0, NULL },
	{ 1000, 2000, 4000, 1, 1000, 0, NULL },
	{ 1000, 2000, 4000, 1, 2000, 0, NULL },
	{ 1000, 2000, 4000, 1, NONE, 0, NULL },
	{ 1000, 2000, 4000, 1, 3000, 1, "outside" },
	{ 1000, 2000, 4000, 1, 500, 1, "outside" },
	{ 1000, 2000, NONE, 1, 1500, 0, NULL },
	{ 4000, 12000, 4000, 1, 6000, 1, "deeper" },
	{ 4000, 12000, 4000, 1, NONE, 0, NULL },
	{ 4000, 12000, 3000, 1, NONE, 1, "deeper" },
	{ 4000, 12000, 4000, 1, 13000, 2, NULL },
	{ 1000, 2000, 4000, 0, NONE, 1, "not a technique" },
	{ 1000, 2000, 4000, 0, 3000, 2, NULL },
};

START_TEST(test_technique_fit)
{
	size_t	n;

	set_technique("point", GEO_GRID, fit_rows[_i].t_min,
	    fit_rows[_i].t_max, 10000, 20, NONE, NONE);
	set_area("face", 100, fit_rows[_i].a_max, fit_rows[_i].allowed,
	    NONE, NONE);
	C.depth_um = fit_rows[_i].depth;
	exact_syringe();
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	ck_assert_int_eq(compute(), PLAN_OK);
	n = count_findings(KIND_TECHNIQUE, SEV_CAUTION, NULL);
	if (n != fit_rows[_i].n)
		dump_findings();
	ck_assert_msg(n == fit_rows[_i].n, "row %d: %zu technique cautions, "
	    "wanted %zu", _i, n, fit_rows[_i].n);
	if (fit_rows[_i].text != NULL)
		ck_assert_uint_eq(count_findings(KIND_TECHNIQUE, SEV_CAUTION,
		    fit_rows[_i].text), 1);
}
END_TEST

static Suite *
plan_suite(void)
{
	Suite	*s = suite_create("plan");
	TCase	*tc;

	tc = tcase_create("geometry");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_grid_points, 0, NELEM(grid_rows));
	tcase_add_loop_test(tc, test_precedence, 0, NELEM(precedence_rows));
	tcase_add_loop_test(tc, test_missing_figure, 0, NELEM(missing_rows));
	tcase_add_test(tc, test_syringe_all_dead_space);
	tcase_add_loop_test(tc, test_linear, 0, NELEM(linear_rows));
	tcase_add_loop_test(tc, test_surface, 0, NELEM(surface_rows));
	suite_add_tcase(s, tc);

	tc = tcase_create("volumes");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_parts_without_volume);
	tcase_add_test(tc, test_total_parts_and_ml);
	tcase_add_test(tc, test_ml_only);
	tcase_add_test(tc, test_no_plan_exact);
	tcase_add_test(tc, test_no_plan_syringe_asked);
	tcase_add_test(tc, test_plan_parts_and_ml);
	tcase_add_test(tc, test_plan_ml_fill_everything);
	tcase_add_test(tc, test_plan_ml_short);
	tcase_add_loop_test(tc, test_rounding, 0, NELEM(rounding_rows));
	tcase_add_loop_test(tc, test_below_graduation, 0, NELEM(below_rows));
	suite_add_tcase(s, tc);

	tc = tcase_create("syringe");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_dead_space_small_total);
	tcase_add_test(tc, test_dead_space_no_needle);
	tcase_add_test(tc, test_several_syringes);
	tcase_add_test(tc, test_several_small_syringes);
	tcase_add_loop_test(tc, test_syringe_choice, 0, NELEM(syringe_rows));
	tcase_add_test(tc, test_no_syringe_known);
	tcase_add_loop_test(tc, test_overage, 0, NELEM(overage_rows));
	suite_add_tcase(s, tc);

	tc = tcase_create("doses");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_doses, 0, NELEM(dose_rows));
	tcase_add_test(tc, test_dose_per_kg_unknown);
	tcase_add_test(tc, test_dose_sum);
	tcase_add_test(tc, test_dose_product_contents);
	tcase_add_test(tc, test_dose_units_differ);
	tcase_add_test(tc, test_dose_unknown_strength);
	suite_add_tcase(s, tc);

	tc = tcase_create("fit");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_technique_fit, 0, NELEM(fit_rows));
	suite_add_tcase(s, tc);
	return (s);
}

int
main(void)
{
	SRunner	*sr;
	int	 failures;

	sr = srunner_create(plan_suite());
	srunner_run_all(sr, CK_NORMAL);
	failures = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failures ? EXIT_FAILURE : EXIT_SUCCESS);
}

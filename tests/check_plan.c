/*
 * plan.c and dose.c: the plan as a solver over related figures (points,
 * volume per point, delivered, overage, dead space, the mix), the
 * injection syringes, each component measured with the smallest
 * graduated syringe that holds it, rounding that never crosses a limit,
 * and the doses of every active on what the syringes can inject.
 * No database: the cocktail and its facts are built by hand, with the
 * figures of the seed formulary (db/formulary/08-plan.sql) where a real
 * syringe or technique is meant:
 *
 *   syringe          capacity  marks   dead space
 *   syringe-1ml       1000 uL  10 uL   70 uL
 *   syringe-1ml-lds   1000 uL  -        5 uL
 *   syringe-2-5ml     2500 uL  -       70 uL
 *   syringe-3ml       3000 uL  200 uL  -   (none counted)
 *   syringe-5ml       5000 uL  200 uL  75 uL
 *   syringe-10ml     10000 uL  200 uL  100 uL
 *   face 510 cm2; papule 10 mm apart, 0.02 mL a point.
 *
 * Every expected figure is worked out in the comment beside it from those
 * figures and the rules in plan.h, before the program ran.  Volumes in
 * uL, strengths in ug/mL or mu/mL, doses in ng or micro-units.
 */
#include "config.h"

#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cocktail.h"
#include "core/dose.h"
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
	/* No plan, but the mix as given: the part has no volume yet. */
	ck_assert_str_eq(P.needs, missing_rows[_i].field);
	ck_assert_int_eq(P.mix_known, 0);
	ck_assert_int_eq(P.syringes, 0);
	ck_assert_uint_eq(P.ncomponents, 1);
	ck_assert_int_eq(P.components[0].volume_ul, -1);
	ck_assert_int_eq(P.components[0].rounding, PR_AS_GIVEN);
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

/*
 * Parts and nothing that pins the mix: refused, naming total_ml; the mix
 * as given still holds the 0.5 mL of lidocaine 1 %: 5 mg (500 uL x 10,000
 * ug/mL = 5,000,000 ng), all of it counted (no syringe); the parts have
 * no volume, so hyaluronic acid is a lower bound and has no concentration.
 */
START_TEST(test_parts_without_volume)
{
	const struct plan_total	*t;

	seed_syringes();
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 2000);
	add_comp("lidocaine", 10000, UNIT_UG, 500, 0);
	ck_assert_int_eq(compute(), PLAN_NO_VOLUME);
	ck_assert_msg(strncmp(ERR, "total_ml:", 9) == 0, "%s", ERR);
	ck_assert_str_eq(P.needs, "total_ml");
	ck_assert_int_eq(P.mix_known, 0);
	ck_assert_int_eq(P.total_ul, 500);
	t = plan_total(&P, "lidocaine");
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->drawn, 5000000);
	ck_assert_int_eq(t->injectable, 5000000);
	ck_assert_int_eq(t->final_conc, -1);
	ck_assert_int_eq(t->partial, 0);
	t = plan_total(&P, "hyaluronic-acid");
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->partial, 1);
	ck_assert_int_eq(t->final_conc, -1);
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
	/*
	 * Without a plan no injection syringe is planned unless one is
	 * asked: none (0), no dead space, all of the mix injectable.  Each
	 * component is still measured: 1 mL with syringe-1ml, 3 mL with
	 * syringe-3ml (2.5 mL has no known marks), both on their marks.
	 */
	ck_assert_int_eq(P.syringes, 0);
	ck_assert_str_eq(P.syringe, "");
	ck_assert_int_eq(P.graduation_ul, -1);
	ck_assert_int_eq(P.injectable_ul, 5000);
	ck_assert_str_eq(P.components[0].measure, "syringe-1ml");
	ck_assert_str_eq(P.components[1].measure, "syringe-3ml");
	ck_assert_int_eq(P.components[1].measure_graduation_ul, 200);
	ck_assert_str_eq(P.components[2].measure, "syringe-1ml");
	ck_assert_int_eq(P.origin[PF_TOTAL], PO_FIXED);
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

/*
 * No plan, a 1 mL syringe asked for, 1 mL fixed by the component: of the
 * two 1 mL syringes a fixed mix takes the smaller dead space, so the dose
 * it can inject is never understated: syringe-1ml-lds, 5 uL lost, 995 uL
 * injectable (not syringe-1ml's 930 uL, as this test once had it).
 */
START_TEST(test_no_plan_syringe_asked)
{
	seed_syringes();
	C.syringe_ul = 1000;
	add_comp("lidocaine", 10000, UNIT_UG, 1000, 0);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_str_eq(P.syringe, "syringe-1ml-lds");
	ck_assert_int_eq(P.syringes, 1);
	ck_assert_int_eq(P.total_ul, 1000);
	ck_assert_int_eq(P.injectable_ul, 995);
	ck_assert_int_eq(P.delivered_ul, 995);
	ck_assert_int_eq(P.needed_ul, 1000);
	ck_assert_int_eq(plan_total(&P, "lidocaine")->injectable, 9950000);
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

/*
 * Only mL, over 100 cm2 of face whose default plan (100 points x 0.02 mL)
 * would need 2 mL: the mix fixes the plan, never the other way round.
 * This test once expected a "less than the plan needs" caution.  Now: 1 mL
 * injectable / 0.02 mL = 50 points, spacing sqrt(100 cm2 / 50) = 14142 um
 * (sqrt(200,000,000) = 14142.1), and no finding.
 */
START_TEST(test_plan_ml_fixes_the_plan)
{
	face_papule();
	C.surface_cm2 = 100;
	exact_syringe();
	add_comp("lidocaine", 10000, UNIT_UG, 1000, 0);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.total_ul, 1000);
	ck_assert_int_eq(P.delivered_ul, 1000);
	ck_assert_int_eq(P.points, 50);
	ck_assert_int_eq(P.spacing_um, 14142);
	ck_assert_int_eq(P.origin[PF_SPACING], PO_DERIVED);
	ck_assert_int_eq(P.origin[PF_SURFACE], PO_FIXED);
	if (F.n != 0)
		dump_findings();
	ck_assert_uint_eq(F.n, 0);
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
	ck_assert_uint_eq(count_findings(KIND_DOSE, SEV_CAUTION,
	    "less than one"), 1);
	ck_assert_int_eq(pc->rounding, PR_BELOW_MARKS);
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

/*
 * 2 mL with only 1 mL syringes: 2000 / 930 usable -> 3 syringes, needed
 * 2000 + 3 x 70 = 2210.  The component is measured whole (2.21 mL, on the
 * 0.01 mL marks of the largest graduated syringe, in several fills), then
 * drawn into the 3 syringes: 737 uL each (736.7).  This test once rounded
 * each syringe's share to its marks (740 x 3 = 2220 uL drawn).
 */
START_TEST(test_several_small_syringes)
{
	face_papule();
	C.surface_cm2 = 100;
	add_syringe("syringe-1ml", 1000, 10, 70);
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.syringes, 3);
	ck_assert_int_eq(P.needed_ul, 2210);
	ck_assert_int_eq(P.components[0].volume_ul, 2210);
	ck_assert_int_eq(P.components[0].per_syringe_ul, 737);
	ck_assert_int_eq(P.total_ul, 2210);
	ck_assert_int_eq(P.injectable_ul, 2000);
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

/* The solver: what pins the mix, what follows -------------------------- */

/*
 * Face papule (510 cm2, 10 mm, 0.02 mL a point) with one syringe that
 * measures anything and loses nothing: the mix drawn is what is
 * injectable, so every figure below is the solver's alone.  "comp" is
 * the component: > 0 mL, < 0 parts.  NONE: not given.  The expected
 * spacing, when derived, is sqrt(surface x 1e8 / points), half up.
 */
static const struct {
	const char	*what;
	int64_t		 comp, total, delivered, points, surface, spacing;
	int64_t		 vpp;
	/* expected */
	int64_t		 w_points, w_vpp, w_spacing, w_delivered, w_total;
	int64_t		 w_leftover;
	enum plan_origin o_points, o_vpp, o_spacing, o_delivered, o_total;
	enum finding_id	 finding;	/* F__COUNT: none */
} pin_rows[] = {
	/* parts: the geometry pins it: 510 x 20 = 10200 */
	{ "defaults, parts", -1, NONE, NONE, NONE, NONE, NONE, NONE,
	    510, 20, 10000, 10200, 10200, 0,
	    PO_DERIVED, PO_FORMULARY, PO_FORMULARY, PO_DERIVED, PO_DERIVED,
	    F__COUNT },
	/* 1 mL fixed: 1000 / 20 = 50 points; sqrt(510e8 / 50) = 31937 */
	{ "1 mL fixed by the component", 1000, NONE, NONE, NONE, NONE, NONE,
	    NONE, 50, 20, 31937, 1000, 1000, 0,
	    PO_DERIVED, PO_DERIVED, PO_DERIVED, PO_DERIVED, PO_COMPONENTS,
	    F__COUNT },
	/* total_ml 2 with parts: 2000 / 20 = 100; sqrt(510e8 / 100) = 22583 */
	{ "total_ml pins the parts", -1, 2000, NONE, NONE, NONE, NONE, NONE,
	    100, 20, 22583, 2000, 2000, 0,
	    PO_DERIVED, PO_DERIVED, PO_DERIVED, PO_DERIVED, PO_FIXED,
	    F__COUNT },
	/* "2 mL over the face at 0.02 mL a point": 100 points */
	{ "total and volume per point", -1, 2000, NONE, NONE, NONE, NONE, 20,
	    100, 20, 22583, 2000, 2000, 0,
	    PO_DERIVED, PO_FIXED, PO_DERIVED, PO_DERIVED, PO_FIXED,
	    F__COUNT },
	/* 2000 / 30 = 66 whole points = 1980; 20 uL left; sqrt(510e8/66) */
	{ "a fixed volume per point keeps whole points", -1, 2000, NONE, NONE,
	    NONE, NONE, 30, 66, 30, 27798, 1980, 2000, 20,
	    PO_DERIVED, PO_FIXED, PO_DERIVED, PO_DERIVED, PO_FIXED,
	    F__COUNT },
	/* delivered_ml 2, parts: the mix is made for it; 100 points */
	{ "delivered_ml pins the parts", -1, NONE, 2000, NONE, NONE, NONE,
	    NONE, 100, 20, 22583, 2000, 2000, 0,
	    PO_DERIVED, PO_DERIVED, PO_DERIVED, PO_FIXED, PO_DERIVED,
	    F__COUNT },
	/* surface 100 and spacing 10 fixed: 100 points; 1000 / 100 = 10 */
	{ "points fixed by surface and spacing", 1000, NONE, NONE, NONE, 100,
	    10000, NONE, 100, 10, 10000, 1000, 1000, 0,
	    PO_DERIVED, PO_DERIVED, PO_FIXED, PO_DERIVED, PO_COMPONENTS,
	    F__COUNT },
	/* 40 points: 1000 / 40 = 25 uL; sqrt(510e8 / 40) = 35707 */
	{ "points fixed", 1000, NONE, NONE, 40, NONE, NONE, NONE,
	    40, 25, 35707, 1000, 1000, 0,
	    PO_FIXED, PO_DERIVED, PO_DERIVED, PO_DERIVED, PO_COMPONENTS,
	    F__COUNT },
	/* 100 x 20 = 2000 fixed, 1000 in the syringe: short by 1000 */
	{ "fixed plan, mix short", 1000, NONE, NONE, 100, NONE, NONE, 20,
	    100, 20, 22583, 2000, 1000, 0,
	    PO_FIXED, PO_FIXED, PO_DERIVED, PO_DERIVED, PO_COMPONENTS,
	    F_PLAN_MIX_SHORT },
	/* 10 x 20 = 200 fixed, 1000 in the syringe: 800 left over */
	{ "fixed plan, mix longer", 1000, NONE, NONE, 10, NONE, NONE, 20,
	    10, 20, 71414, 200, 1000, 800,
	    PO_FIXED, PO_FIXED, PO_DERIVED, PO_DERIVED, PO_COMPONENTS,
	    F_PLAN_LEFTOVER },
	/* delivered 0.5 of 1 mL: 25 points of 20; 500 left over */
	{ "delivered_ml less than the mix", 1000, NONE, 500, NONE, NONE, NONE,
	    NONE, 25, 20, 45166, 500, 1000, 500,
	    PO_DERIVED, PO_DERIVED, PO_DERIVED, PO_FIXED, PO_COMPONENTS,
	    F_PLAN_LEFTOVER },
	/* total_ml 1.5 against 1 mL of components: the components hold */
	{ "total_ml against the components", 1000, 1500, NONE, NONE, NONE,
	    NONE, NONE, 50, 20, 31937, 1000, 1000, 0,
	    PO_DERIVED, PO_DERIVED, PO_DERIVED, PO_DERIVED, PO_COMPONENTS,
	    F_PLAN_TOTAL_CONFLICT },
	/* 100 x 20 = 2000 fixed, delivered_ml 1.5: delivered_ml is kept */
	{ "delivered_ml against a fixed plan", -1, NONE, 1500, 100, NONE, NONE,
	    20, 100, 20, 22583, 1500, 1500, 0,
	    PO_FIXED, PO_FIXED, PO_DERIVED, PO_FIXED, PO_DERIVED,
	    F_PLAN_DELIVERED_CONFLICT },
	/* surface 100, spacing 10 make 100 points; 120 given: kept */
	{ "points against surface and spacing", -1, NONE, NONE, 120, 100,
	    10000, 20, 120, 20, 10000, 2400, 2400, 0,
	    PO_FIXED, PO_FIXED, PO_FIXED, PO_DERIVED, PO_DERIVED,
	    F_PLAN_POINTS_CONFLICT },
};

START_TEST(test_pin)
{
	face_papule();
	exact_syringe();
	C.total_ul = pin_rows[_i].total;
	C.delivered_ul = pin_rows[_i].delivered;
	C.points = pin_rows[_i].points;
	C.surface_cm2 = pin_rows[_i].surface;
	C.spacing_um = pin_rows[_i].spacing;
	C.volume_per_point_ul = pin_rows[_i].vpp;
	if (pin_rows[_i].comp > 0)
		add_comp("hyaluronic-acid", 10000, UNIT_UG, pin_rows[_i].comp,
		    0);
	else
		add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	ck_assert_msg(compute() == PLAN_OK, "%s: %s", pin_rows[_i].what, ERR);
#define PIN_EQ(field, want) ck_assert_msg((field) == (want), \
	    "%s: %s is %lld, wanted %lld", pin_rows[_i].what, #field, \
	    (long long)(field), (long long)(want))
	PIN_EQ(P.points, pin_rows[_i].w_points);
	PIN_EQ(P.volume_per_point_ul, pin_rows[_i].w_vpp);
	PIN_EQ(P.spacing_um, pin_rows[_i].w_spacing);
	PIN_EQ(P.delivered_ul, pin_rows[_i].w_delivered);
	PIN_EQ(P.total_ul, pin_rows[_i].w_total);
	PIN_EQ(P.injectable_ul, pin_rows[_i].w_total);
	PIN_EQ(P.leftover_ul, pin_rows[_i].w_leftover);
	PIN_EQ(P.origin[PF_POINTS], pin_rows[_i].o_points);
	PIN_EQ(P.origin[PF_VOLUME_PER_POINT], pin_rows[_i].o_vpp);
	PIN_EQ(P.origin[PF_SPACING], pin_rows[_i].o_spacing);
	PIN_EQ(P.origin[PF_DELIVERED], pin_rows[_i].o_delivered);
	PIN_EQ(P.origin[PF_TOTAL], pin_rows[_i].o_total);
#undef PIN_EQ
	if (pin_rows[_i].finding == F__COUNT) {
		if (F.n != 0)
			dump_findings();
		ck_assert_msg(F.n == 0, "%s: findings", pin_rows[_i].what);
	} else {
		if (F.n != 1 || F.v[0].id != pin_rows[_i].finding)
			dump_findings();
		ck_assert_uint_eq(F.n, 1);
		ck_assert_int_eq(F.v[0].id, pin_rows[_i].finding);
	}
}
END_TEST

/*
 * The figure a conflict names.  Short: 1000 uL injectable, 2000 planned.
 * Leftover: 1000 injectable, 500 delivered asked.
 */
START_TEST(test_conflict_names_figure)
{
	const struct finding_arg	*a;

	face_papule();
	exact_syringe();
	C.points = 100;
	C.volume_per_point_ul = 20;
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 1000, 0);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_uint_eq(F.n, 1);
	ck_assert_ptr_nonnull(a = finding_get_arg(&F.v[0], "figure"));
	ck_assert_str_eq(a->s, "volume_per_point_ml");
	ck_assert_ptr_nonnull(a = finding_get_arg(&F.v[0], "short"));
	ck_assert_int_eq(a->v, 1000);
	ck_assert_int_eq(F.v[0].severity, SEV_CAUTION);

	findings_clear(&F);
	C.points = C.volume_per_point_ul = -1;
	C.delivered_ul = 500;
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_uint_eq(F.n, 1);
	ck_assert_int_eq(F.v[0].id, F_PLAN_LEFTOVER);
	ck_assert_int_eq(F.v[0].severity, SEV_INFO);
	ck_assert_str_eq(finding_get_arg(&F.v[0], "figure")->s,
	    "delivered_ml");
	ck_assert_int_eq(finding_get_arg(&F.v[0], "leftover")->v, 500);
}
END_TEST

/*
 * Overage with a fixed mix: 1.1 mL injectable with 10 % overage is
 * 1100 x 100 / 110 = 1000 delivered (50 points of 20) + 100 overage.
 */
START_TEST(test_pin_overage)
{
	face_papule();
	exact_syringe();
	C.overage_pct = 10;
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 1100, 0);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.delivered_ul, 1000);
	ck_assert_int_eq(P.overage_ul, 100);
	ck_assert_int_eq(P.points, 50);
	ck_assert_int_eq(P.leftover_ul, 0);
	ck_assert_int_eq(P.needed_ul, 1100);
}
END_TEST

/* No area, no technique: delivered_ml makes the parts (1.5 mL). */
START_TEST(test_no_plan_delivered)
{
	seed_syringes();
	C.delivered_ul = 1500;
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	add_comp("lidocaine", 10000, UNIT_UG, 500, 0);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.syringes, 0);
	ck_assert_int_eq(P.points, -1);
	ck_assert_int_eq(P.components[0].volume_ul, 1000);
	ck_assert_int_eq(P.total_ul, 1500);
	ck_assert_int_eq(P.delivered_ul, 1500);
	ck_assert_int_eq(P.origin[PF_DELIVERED], PO_FIXED);
}
END_TEST

/*
 * A fixed mix with no surface known and no volume per point (nappage-like):
 * the plan stands, the points are not known (an info finding), no dose
 * per point.
 */
START_TEST(test_points_unknown)
{
	set_technique("nappage", GEO_GRID, 2000, 4000, 4000, NONE, NONE,
	    NONE);
	set_area("back", NONE, NONE, 1, NONE, NONE);
	exact_syringe();
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 1000, 0);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.points, -1);
	ck_assert_int_eq(P.delivered_ul, 1000);
	ck_assert_uint_eq(F.n, 1);
	ck_assert_int_eq(F.v[0].id, F_PLAN_POINTS_UNKNOWN);
	ck_assert_int_eq(F.v[0].severity, SEV_INFO);
	ck_assert_int_eq(dose_of(0, "hyaluronic-acid")->per_point, -1);
}
END_TEST

/*
 * Linear and surface techniques with a fixed mix: 10 threads of 4 cm and
 * 0.8 mL make 800 x 10 / (10 x 40 mm) = 20 uL per cm; 1.02 mL over the
 * face's 510 cm2 by microneedling is 1020 / 510 = 2 uL per cm2.
 */
START_TEST(test_pin_linear_surface)
{
	set_technique("linear-retrograde", GEO_LINEAR, 2000, 2000, NONE,
	    NONE, NONE, NONE);
	set_area("hands", 210, NONE, 1, NONE, NONE);
	C.threads = 10;
	C.thread_length_mm = 40;
	exact_syringe();
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 800, 0);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.volume_per_cm_ul, 20);
	ck_assert_int_eq(P.origin[PF_VOLUME_PER_CM], PO_DERIVED);
	ck_assert_int_eq(P.delivered_ul, 800);

	C.threads = -1;		/* no threads: not known, said */
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_uint_eq(count_findings(KIND_TECHNIQUE, SEV_INFO,
	    "threads is not known"), 1);

	findings_clear(&F);
	set_technique("microneedling", GEO_SURFACE, 250, 2500, NONE, NONE,
	    NONE, NONE);
	set_area("face", 510, 4000, 1, NONE, NONE);
	C.components[0].volume_ul = 1020;
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.volume_per_cm2_ul, 2);
	ck_assert_int_eq(P.origin[PF_VOLUME_PER_CM2], PO_DERIVED);
	ck_assert_int_eq(P.origin[PF_SURFACE], PO_FORMULARY);
	ck_assert_int_eq(P.points, -1);
}
END_TEST

/* 16 components of 1 L fixed: 16 L, beyond any session; no overflow. */
START_TEST(test_pin_too_large)
{
	size_t	i;

	face_papule();
	seed_syringes();
	for (i = 0; i < COCKTAIL_MAX_COMPONENTS; i++)
		add_comp("hyaluronic-acid", 10000, UNIT_UG, 1000000, 0);
	ck_assert_int_eq(compute(), PLAN_TOO_LARGE);
	ck_assert_msg(strncmp(ERR, "total_ml:", 9) == 0, "%s", ERR);
}
END_TEST

/* A fixed mix in its injection syringes --------------------------------- */

/*
 * The smallest syringe that holds the whole mix (and more than its dead
 * space), of two of one size the smaller dead space; else the largest,
 * several times.  Volumes on the marks of their measuring syringe, so the
 * mix is exactly as given.  injectable = mix - syringes x dead space.
 */
static const struct {
	int64_t		 mix, needle;
	const char	*code;
	int64_t		 syringes, injectable, per_syringe;
} pinned_rows[] = {
	/* 1000 in 1 mL: 1ml (70) and lds (5) hold it: lds, 995 */
	{ 1000, 0, "syringe-1ml-lds", 1, 995, 1000 },
	/* 50 is no more than syringe-1ml's 70 uL: lds, 45 */
	{ 50, 0, "syringe-1ml-lds", 1, 45, 50 },
	/* 1200 (3 mL marks): 2.5 mL, 1200 - 70 */
	{ 1200, 0, "syringe-2-5ml", 1, 1130, 1200 },
	/* 2600: 3 mL, no dead space known */
	{ 2600, 0, "syringe-3ml", 1, 2600, 2600 },
	/* 20 mL: 2 x 10 mL, 20000 - 2 x 100 */
	{ 20000, 0, "syringe-10ml", 2, 19800, 10000 },
	/* 25 mL: 3 x 10 mL (8333.3 each), 25000 - 300 */
	{ 25000, 0, "syringe-10ml", 3, 24700, 8333 },
	/* a 10 uL needle: lds 5 + 10, 1000 - 15 */
	{ 1000, 10, "syringe-1ml-lds", 1, 985, 1000 },
};

START_TEST(test_pinned_syringes)
{
	face_papule();
	seed_syringes();
	if (pinned_rows[_i].needle > 0)
		set_needle(pinned_rows[_i].needle);
	add_comp("hyaluronic-acid", 10000, UNIT_UG, pinned_rows[_i].mix, 0);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_msg(strcmp(P.syringe, pinned_rows[_i].code) == 0,
	    "%lld uL: %s, wanted %s", (long long)pinned_rows[_i].mix,
	    P.syringe, pinned_rows[_i].code);
	ck_assert_int_eq(P.syringes, pinned_rows[_i].syringes);
	ck_assert_int_eq(P.total_ul, pinned_rows[_i].mix);
	ck_assert_int_eq(P.injectable_ul, pinned_rows[_i].injectable);
	ck_assert_int_eq(P.components[0].per_syringe_ul,
	    pinned_rows[_i].per_syringe);
	/* Every syringe within its capacity, dead space included. */
	ck_assert_int_le(P.total_ul, P.syringes * P.syringe_capacity_ul);
}
END_TEST

/* Measuring: the smallest graduated syringe that holds it --------------- */

static const struct {
	int64_t		 wanted;
	const char	*code;
	int64_t		 graduation, volume;
	enum plan_rounding rounding;
} measure_rows[] = {
	{ 1000, "syringe-1ml", 10, 1000, PR_NEAREST },
	{ 333, "syringe-1ml", 10, 330, PR_NEAREST },
	{ 335, "syringe-1ml", 10, 340, PR_NEAREST },	/* 33.5 -> 34 */
	{ 4, "syringe-1ml", 10, 4, PR_BELOW_MARKS },	/* never to 0 */
	{ 5, "syringe-1ml", 10, 10, PR_NEAREST },
	/* 1.5 mL: 2.5 mL has no marks known; 3 mL: 7.5 marks -> 8 */
	{ 1500, "syringe-3ml", 200, 1600, PR_NEAREST },
	{ 2900, "syringe-3ml", 200, 3000, PR_NEAREST },	/* 14.5 -> 15 */
	{ 4100, "syringe-5ml", 200, 4200, PR_NEAREST },	/* 20.5 -> 21 */
	{ 10000, "syringe-10ml", 200, 10000, PR_NEAREST },
	/* more than any holds: the largest, in several fills */
	{ 16765, "syringe-10ml", 200, 16800, PR_NEAREST },	/* 83.8 */
};

START_TEST(test_measure)
{
	const struct plan_component	*pc;

	seed_syringes();
	add_comp("hyaluronic-acid", 10000, UNIT_UG, measure_rows[_i].wanted,
	    0);
	ck_assert_int_eq(compute(), PLAN_OK);
	pc = &P.components[0];
	ck_assert_str_eq(pc->measure, measure_rows[_i].code);
	ck_assert_int_eq(pc->measure_graduation_ul,
	    measure_rows[_i].graduation);
	ck_assert_msg(pc->volume_ul == measure_rows[_i].volume,
	    "%lld uL measured as %lld, wanted %lld",
	    (long long)measure_rows[_i].wanted, (long long)pc->volume_ul,
	    (long long)measure_rows[_i].volume);
	ck_assert_int_eq(pc->rounding, measure_rows[_i].rounding);
	ck_assert_int_eq(pc->wanted_ul, measure_rows[_i].wanted);
	ck_assert_int_eq(P.total_ul, measure_rows[_i].volume);
}
END_TEST

/* Rounding never takes an active past its limit ------------------------ */

static void
add_limit(const char *ingredient, int64_t session_ug, int64_t per_kg_ug,
    int64_t conc_ug)
{
	struct fact_dose	*r = FACTS_PUSH(&FX, dose);

	r->id = (long long)FX.n_dose;
	snprintf(r->ingredient, sizeof r->ingredient, "%s", ingredient);
	r->unit = UNIT_UG;
	r->max_session = session_ug;
	r->max_per_kg = per_kg_ug;
	r->max_conc = conc_ug;
	r->max_per_point = -1;
	r->severity = SEV_BLOCK;
}

/*
 * Lidocaine 20 mg/mL, 1510 uL, measured with syringe-3ml (0.2 mL marks):
 * nearest is 1600 (7.55 marks -> 8), 32 mg; down is 1400, 28 mg; exact
 * 30.2 mg.  No injection syringe: all of it is injectable.
 */
static const struct {
	const char		*what;
	int64_t			 session, per_kg, weight_g;
	int64_t			 volume;
	enum plan_rounding	 rounding;
	enum finding_id		 finding;
} limit_rows[] = {
	{ "no limit", -1, -1, -1, 1600, PR_NEAREST, F__COUNT },
	{ "32 mg within 40", 40000, -1, -1, 1600, PR_NEAREST, F__COUNT },
	{ "32 mg past 31: down", 31000, -1, -1, 1400, PR_DOWN_FOR_LIMIT,
	    F_PLAN_ROUNDED_DOWN },
	{ "32 mg at 32: within", 32000, -1, -1, 1600, PR_NEAREST, F__COUNT },
	/* 30.2 mg already past 30: rounding is not what crosses it */
	{ "already past", 30000, -1, -1, 1600, PR_NEAREST, F__COUNT },
	/* 0.5 mg/kg x 62 kg = 31 mg: down */
	{ "per kg", -1, 500, 62000, 1400, PR_DOWN_FOR_LIMIT,
	    F_PLAN_ROUNDED_DOWN },
	/* 0.5 mg/kg x 64 kg = 32 mg: within */
	{ "per kg within", -1, 500, 64000, 1600, PR_NEAREST, F__COUNT },
};

START_TEST(test_rounding_limit)
{
	const struct plan_component	*pc;

	seed_syringes();
	add_comp("lidocaine", 20000, UNIT_UG, 1510, 0);
	if (limit_rows[_i].session > 0 || limit_rows[_i].per_kg > 0)
		add_limit("lidocaine", limit_rows[_i].session,
		    limit_rows[_i].per_kg, -1);
	if (limit_rows[_i].weight_g > 0) {
		C.has_patient = 1;
		C.patient.weight_g = limit_rows[_i].weight_g;
	}
	ck_assert_int_eq(compute(), PLAN_OK);
	pc = &P.components[0];
	ck_assert_msg(pc->volume_ul == limit_rows[_i].volume, "%s: %lld uL, "
	    "wanted %lld", limit_rows[_i].what, (long long)pc->volume_ul,
	    (long long)limit_rows[_i].volume);
	ck_assert_int_eq(pc->rounding, limit_rows[_i].rounding);
	if (limit_rows[_i].finding == F__COUNT)
		ck_assert_uint_eq(F.n, 0);
	else {
		ck_assert_uint_eq(F.n, 1);
		ck_assert_int_eq(F.v[0].id, limit_rows[_i].finding);
		ck_assert_int_eq(finding_get_arg(&F.v[0], "up")->v, 1600);
		ck_assert_str_eq(finding_get_arg(&F.v[0], "ingredient")->s,
		    "lidocaine");
	}
}
END_TEST

/*
 * The concentration: lidocaine 10 mg/mL 1510 uL (-> 1600) with 490 uL of
 * hyaluronic acid (on the 1 mL marks).  Exact: 15.1 mg in 2000 uL = 7.55
 * mg/mL; rounded: 16 mg in 2090 uL = 7.6555 mg/mL.  Limit 7.6 mg/mL:
 * down to 1400, 14 mg in 1890 uL = 7.407 mg/mL.
 */
START_TEST(test_rounding_limit_conc)
{
	seed_syringes();
	add_comp("lidocaine", 10000, UNIT_UG, 1510, 0);
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 490, 0);
	add_limit("lidocaine", -1, -1, 7600);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.components[0].volume_ul, 1400);
	ck_assert_int_eq(P.components[0].rounding, PR_DOWN_FOR_LIMIT);
	ck_assert_int_eq(P.components[1].volume_ul, 490);
	ck_assert_int_eq(plan_total(&P, "lidocaine")->final_conc,
	    7407407);	/* 14,000,000 ng x 1000 / 1890 uL */
}
END_TEST

/*
 * Down to a mark would be nothing: kept unrounded.  One syringe with
 * 0.2 mL marks; 150 uL of 1 mg/mL is 150 ug, 200 uL would be 200 ug, the
 * limit 180 ug: 150 uL kept, and a caution says so.
 */
START_TEST(test_rounding_limit_unrounded)
{
	add_syringe("coarse", 5000, 200, 0);
	add_comp("epinephrine", 1000, UNIT_UG, 150, 0);
	add_limit("epinephrine", 180, -1, -1);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.components[0].volume_ul, 150);
	ck_assert_int_eq(P.components[0].rounding, PR_UNROUNDED);
	ck_assert_uint_eq(count_findings(KIND_DOSE, SEV_CAUTION, "finer"), 1);
}
END_TEST

/*
 * Another component's rounding moves the concentration past the limit:
 * lidocaine 1000 uL of 10 mg/mL (on the marks) with 1090 uL of hyaluronic
 * acid measured with syringe-3ml (5.45 marks -> 5: 1000).  Exact: 10 mg in
 * 2090 uL = 4.785 mg/mL; rounded: 10 mg in 2000 uL = 5 mg/mL; limit 4.9.
 * Lidocaine has nothing to round down: every component is kept exact.
 */
START_TEST(test_rounding_limit_fallback)
{
	seed_syringes();
	add_comp("lidocaine", 10000, UNIT_UG, 1000, 0);
	add_comp("hyaluronic-acid", 10000, UNIT_UG, 1090, 0);
	add_limit("lidocaine", -1, -1, 4900);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.components[1].volume_ul, 1090);
	ck_assert_int_eq(P.components[1].rounding, PR_UNROUNDED);
	ck_assert_int_eq(P.total_ul, 2090);
	ck_assert_int_le(plan_total(&P, "lidocaine")->final_conc, 4900000);
}
END_TEST

/* Doses on what can reach the patient ----------------------------------- */

/*
 * Issue 8: "20 mL of 2 % lidocaine (400 mg) for a 60 kg patient" over
 * 100 cm2 of face.  20 mL fits no syringe: 2 x 10 mL (100 uL dead each),
 * 19800 uL injectable.  Drawn 20000 uL x 20,000 ug/mL = 400 mg; injectable
 * 400 x 19800 / 20000 = 396 mg; 396 / 60 = 6.6 mg/kg; 20 mg/mL.  The fixed
 * mix sets the plan: 19800 / 20 = 990 points of 0.02 mL, 396 / 990 =
 * 0.4 mg a point.  Never "1 syringe of 2.5 mL", never 2 mL delivered.
 */
START_TEST(test_dose_injectable)
{
	const struct plan_total	*t;
	const struct plan_dose	*d;

	face_papule();
	C.surface_cm2 = 100;
	seed_syringes();
	C.has_patient = 1;
	C.patient.weight_g = 60000;
	add_comp("lidocaine", 20000, UNIT_UG, 20000, 0);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_str_eq(P.syringe, "syringe-10ml");
	ck_assert_int_eq(P.syringes, 2);
	ck_assert_int_eq(P.total_ul, 20000);
	ck_assert_int_eq(P.injectable_ul, 19800);
	ck_assert_int_eq(P.points, 990);
	ck_assert_int_eq(P.delivered_ul, 19800);
	t = plan_total(&P, "lidocaine");
	ck_assert_int_eq(t->drawn, 400000000);
	ck_assert_int_eq(t->injectable, 396000000);
	ck_assert_int_eq(t->delivered, 396000000);
	ck_assert_int_eq(t->final_conc, 20000000);
	ck_assert_int_eq(t->per_kg, 6600000);
	ck_assert_int_eq(t->per_point, 400000);
	/* One computation: the component row says the same. */
	d = dose_of(0, "lidocaine");
	ck_assert_int_eq(d->amount, t->drawn);
	ck_assert_int_eq(d->a.injectable, t->injectable);
	ck_assert_int_eq(d->per_kg, t->per_kg);
	ck_assert_int_eq(d->per_point, t->per_point);
	ck_assert_int_eq(d->final_conc, t->final_conc);
}
END_TEST

/*
 * Issue 8: the hair-loss template, 1 mL of dutasteride 0.01 % (100 ug/mL)
 * on the scalp by papules.  The mix stays 1 mL: one 1 mL syringe (the
 * low-dead-space one: 5 uL), measured on syringe-1ml's 0.01 mL marks, not
 * rounded.  995 uL injectable: 99.5 ug of the 100 ug drawn.  The plan
 * follows: 995 / 20 = 49 points (49.75), 995 / 49 = 20 uL a point,
 * spacing sqrt(510e8 / 49) = 32262 um.  Never 510 points, 10.4 mL, two
 * 10 mL syringes or 1.2 mL.
 */
START_TEST(test_hair_loss_template)
{
	const struct plan_total	*t;

	set_technique("papule", GEO_GRID, 1000, 2000, 10000, 20, NONE, NONE);
	set_area("scalp", 510, NONE, 1, NONE, NONE);
	seed_syringes();
	add_comp("dutasteride", 100, UNIT_UG, 1000, 0);
	add_limit("dutasteride", 100, -1, -1);
	ck_assert_int_eq(compute(), PLAN_OK);
	ck_assert_int_eq(P.total_ul, 1000);
	ck_assert_int_eq(P.syringes, 1);
	ck_assert_str_eq(P.syringe, "syringe-1ml-lds");
	ck_assert_int_eq(P.components[0].volume_ul, 1000);
	ck_assert_int_eq(P.components[0].rounding_ul, 0);
	ck_assert_str_eq(P.components[0].measure, "syringe-1ml");
	ck_assert_int_eq(P.points, 49);
	ck_assert_int_eq(P.volume_per_point_ul, 20);
	ck_assert_int_eq(P.spacing_um, 32262);
	ck_assert_int_eq(P.delivered_ul, 995);
	t = plan_total(&P, "dutasteride");
	ck_assert_int_eq(t->drawn, 100000);
	ck_assert_int_eq(t->injectable, 99500);
	if (F.n != 0)
		dump_findings();
	ck_assert_uint_eq(F.n, 0);
}
END_TEST

/*
 * Two components of one ingredient: each row's figures are its own share,
 * from the same computation as the total.  Lidocaine 1 % 0.4 mL and 2 %
 * 0.3 mL, no syringe: 4 + 6 = 10 mg in 0.7 mL; 10 / 62 kg = 161290 ng/kg.
 */
START_TEST(test_dose_one_computation)
{
	const struct plan_total	*t;
	const struct plan_dose	*a, *b;

	seed_syringes();
	C.has_patient = 1;
	C.patient.weight_g = 62000;
	add_comp("lidocaine", 10000, UNIT_UG, 400, 0);
	add_comp("lidocaine", 20000, UNIT_UG, 300, 0);
	ck_assert_int_eq(compute(), PLAN_OK);
	t = plan_total(&P, "lidocaine");
	a = dose_of(0, "lidocaine");
	b = dose_of(1, "lidocaine");
	ck_assert_int_eq(t->drawn, 10000000);
	ck_assert_int_eq(t->injectable, 10000000);
	ck_assert_int_eq(t->per_kg, 161290);
	ck_assert_int_eq(a->per_kg, 64516);	/* 4 mg / 62 kg */
	ck_assert_int_eq(b->per_kg, 96774);	/* 6 mg / 62 kg */
	ck_assert_int_eq(a->a.injectable + b->a.injectable, t->injectable);
}
END_TEST

/* Ranges the formulary sources ------------------------------------------ */

/*
 * The technique's sourced ranges (none in the seed: set here) and the
 * usual most for the area: a figure outside is a caution naming it.
 */
static const struct {
	const char	*what;
	int64_t		 comp, surface, spacing, delivered;
	int64_t		 vmin, vmax, smin, smax, max;
	const char	*figure;	/* NULL: no finding */
	int		 derived;
} range_rows[] = {
	/* 1 mL: 50 points at 31937 um, above 5-10 mm */
	{ "derived spacing", 1000, NONE, NONE, NONE, 10, 50, 5000, 10000,
	    NONE, "spacing_mm", 1 },
	/* 500 points fixed: 1000 / 500 = 2 uL, below 10 */
	{ "derived volume per point", 1000, 500, 10000, NONE, 10, 50, 5000,
	    10000, NONE, "volume_per_point_ml", 1 },
	/* the same, no range in the formulary: no finding */
	{ "no range", 1000, 500, 10000, NONE, NONE, NONE, NONE, NONE, NONE,
	    NULL, 0 },
	/* 4 mL delivered, more than the usual 3 mL */
	{ "total per session", -1, 400, 10000, 4000, NONE, NONE, NONE, NONE,
	    3000, "delivered_ml", 0 },
	{ "total at the bound", -1, 400, 10000, 3000, NONE, NONE, NONE, NONE,
	    3000, NULL, 0 },
	/* 2000 / 200 = 10 uL: at the bound, within */
	{ "volume per point at the bound", 2000, 200, 10000, NONE, 10, 50,
	    NONE, NONE, NONE, NULL, 0 },
	/* 2000 / 201 = 9.95 uL: below (the exact figure, not 10 rounded) */
	{ "volume per point just below", 2000, 201, 10000, NONE, 10, 50,
	    NONE, NONE, NONE, "volume_per_point_ml", 1 },
};

START_TEST(test_ranges)
{
	const struct finding_arg	*a;
	size_t				 n;

	face_papule();
	exact_syringe();
	FX.technique.volume_per_point_min_ul = range_rows[_i].vmin;
	FX.technique.volume_per_point_max_ul = range_rows[_i].vmax;
	FX.technique.spacing_min_um = range_rows[_i].smin;
	FX.technique.spacing_max_um = range_rows[_i].smax;
	FX.area.pair_max_delivered_ul = range_rows[_i].max;
	C.surface_cm2 = range_rows[_i].surface;
	C.spacing_um = range_rows[_i].spacing;
	C.delivered_ul = range_rows[_i].delivered;
	if (range_rows[_i].comp > 0)
		add_comp("hyaluronic-acid", 10000, UNIT_UG,
		    range_rows[_i].comp, 0);
	else
		add_comp("hyaluronic-acid", 10000, UNIT_UG, 0, 1000);
	ck_assert_int_eq(compute(), PLAN_OK);
	n = count_findings(KIND_TECHNIQUE, SEV_CAUTION, NULL);
	if (n != (range_rows[_i].figure != NULL))
		dump_findings();
	ck_assert_msg(n == (range_rows[_i].figure != NULL), "%s: %zu",
	    range_rows[_i].what, n);
	if (range_rows[_i].figure == NULL)
		return;
	ck_assert_int_eq(F.v[0].id, F_PLAN_FIGURE_RANGE);
	ck_assert_ptr_nonnull(a = finding_get_arg(&F.v[0], "figure"));
	ck_assert_str_eq(a->s, range_rows[_i].figure);
	ck_assert_int_eq(finding_get_arg(&F.v[0], "derived")->v,
	    range_rows[_i].derived);
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
	tcase_add_test(tc, test_plan_ml_fixes_the_plan);
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

	tc = tcase_create("solver");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_pin, 0, NELEM(pin_rows));
	tcase_add_test(tc, test_conflict_names_figure);
	tcase_add_test(tc, test_pin_overage);
	tcase_add_test(tc, test_no_plan_delivered);
	tcase_add_test(tc, test_points_unknown);
	tcase_add_test(tc, test_pin_linear_surface);
	tcase_add_test(tc, test_pin_too_large);
	tcase_add_loop_test(tc, test_pinned_syringes, 0, NELEM(pinned_rows));
	tcase_add_loop_test(tc, test_measure, 0, NELEM(measure_rows));
	tcase_add_loop_test(tc, test_ranges, 0, NELEM(range_rows));
	suite_add_tcase(s, tc);

	tc = tcase_create("limits");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_rounding_limit, 0, NELEM(limit_rows));
	tcase_add_test(tc, test_rounding_limit_conc);
	tcase_add_test(tc, test_rounding_limit_unrounded);
	tcase_add_test(tc, test_rounding_limit_fallback);
	tcase_add_test(tc, test_dose_injectable);
	tcase_add_test(tc, test_hair_loss_template);
	tcase_add_test(tc, test_dose_one_computation);
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

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "plan.h"

static int64_t	pick(int64_t, int64_t, int64_t);
static enum plan_status plan_geometry(const struct cocktail *,
		    const struct facts *, struct plan *, struct meso_error *);
static void	plan_fit(const struct facts *,
		    const struct plan *, struct findings *);
static void	plan_doses(const struct cocktail *, struct plan *);
static void	plan_totals(const struct cocktail *, struct plan *);
static int64_t	plan_share(const struct component *, int64_t, int64_t);
static const struct fact_syringe *plan_pick_syringe(const struct cocktail *,
		    const struct facts *, int64_t, int64_t);

/* The first of the values that is known (>= 0), or -1. */
static int64_t
pick(int64_t a, int64_t b, int64_t c)
{
	if (a >= 0)
		return (a);
	if (b >= 0)
		return (b);
	return (c);
}

static enum plan_status
plan_geometry(const struct cocktail *c, const struct facts *f,
    struct plan *p, struct meso_error *err)
{
	const struct fact_technique	*t = &f->technique;
	const struct fact_area		*a = &f->area;
	int64_t				 um2;

	p->has_geometry = 1;
	p->geometry = t->geometry;
	p->surface_cm2 = pick(c->surface_cm2, a->surface_cm2, -1);
	p->spacing_um = pick(c->spacing_um, a->pair_spacing_um, t->spacing_um);
	p->volume_per_point_ul = pick(c->volume_per_point_ul,
	    a->pair_volume_per_point_ul, t->volume_per_point_ul);
	p->depth_um = c->depth_um;

	switch (t->geometry) {
	case GEO_GRID:
		if (p->surface_cm2 <= 0) {
			merror_set(err, "surface_cm2", "the formulary has "
			    "no sourced surface for area '%s'; give "
			    "surface_cm2", c->area);
			return (PLAN_MISSING_FIGURE);
		}
		if (p->spacing_um <= 0) {
			merror_set(err, "spacing_mm", "no sourced spacing "
			    "for %s on %s; give spacing_mm", c->technique,
			    c->area);
			return (PLAN_MISSING_FIGURE);
		}
		if (p->volume_per_point_ul <= 0) {
			merror_set(err, "volume_per_point_ml", "no "
			    "sourced volume per point for %s; give "
			    "volume_per_point_ml", c->technique);
			return (PLAN_MISSING_FIGURE);
		}
		/* cm2 -> um2 is 1e8; spacing^2 in um2. */
		um2 = p->surface_cm2 * 100000000;
		p->points = units_div_ceil(um2, p->spacing_um * p->spacing_um);
		if (p->points < 1)
			p->points = 1;
		if (p->points > 1000000) {
			merror_set(err, "spacing_mm", "%lld points is "
			    "beyond any session", (long long)p->points);
			return (PLAN_TOO_LARGE);
		}
		p->delivered_ul = p->points * p->volume_per_point_ul;
		break;
	case GEO_LINEAR:
		p->threads = c->threads;
		p->thread_length_mm = c->thread_length_mm;
		p->volume_per_cm_ul = pick(c->volume_per_cm_ul,
		    t->volume_per_cm_ul, -1);
		if (p->threads <= 0) {
			merror_set(err, "threads", "linear retrograde "
			    "needs the number of threads");
			return (PLAN_MISSING_FIGURE);
		}
		if (p->thread_length_mm <= 0) {
			merror_set(err, "thread_length_cm", "linear "
			    "retrograde needs the length of a thread");
			return (PLAN_MISSING_FIGURE);
		}
		if (p->volume_per_cm_ul <= 0) {
			merror_set(err, "volume_per_cm_ml", "no source "
			    "gives a volume per cm of thread; give "
			    "volume_per_cm_ml");
			return (PLAN_MISSING_FIGURE);
		}
		p->points = p->threads;
		p->delivered_ul = units_div_round(p->threads *
		    p->thread_length_mm * p->volume_per_cm_ul, 10);
		break;
	case GEO_SURFACE:
		p->volume_per_cm2_ul = pick(c->volume_per_cm2_ul,
		    t->volume_per_cm2_ul, -1);
		if (p->surface_cm2 <= 0) {
			merror_set(err, "surface_cm2", "the formulary has "
			    "no sourced surface for area '%s'; give "
			    "surface_cm2", c->area);
			return (PLAN_MISSING_FIGURE);
		}
		if (p->volume_per_cm2_ul <= 0) {
			merror_set(err, "volume_per_cm2_ml", "no source "
			    "gives a volume per cm2 for %s; give "
			    "volume_per_cm2_ml", c->technique);
			return (PLAN_MISSING_FIGURE);
		}
		p->points = -1;
		p->delivered_ul = p->surface_cm2 * p->volume_per_cm2_ul;
		break;
	}
	if (p->delivered_ul > 1000000) {
		merror_set(err, "", "the plan comes to %lld mL, beyond any "
		    "session", (long long)(p->delivered_ul / 1000));
		return (PLAN_TOO_LARGE);
	}
	return (PLAN_OK);
}

/* Technique and area fit: depth, and which techniques suit the area. */
static void
plan_fit(const struct facts *f,
    const struct plan *p, struct findings *out)
{
	const struct fact_technique	*t = &f->technique;
	const struct fact_area		*a = &f->area;
	struct finding			 fd;
	int64_t				 depth;

	if (!f->has_technique || !f->has_area)
		return;
	if (a->technique_allowed == 0) {
		finding_init(&fd, F_PLAN_TECHNIQUE_AREA, SEV_CAUTION,
		    KIND_TECHNIQUE);
		finding_rule_code(&fd, "area", a->code);
		finding_arg_str(&fd, "technique", FA_TEXT, t->name);
		finding_arg_str(&fd, "area", FA_TEXT, a->name);
		finding_source(&fd, a->source);
		findings_push(out, &fd);
	}
	if (p->depth_um >= 0 && t->depth_max_um >= 0 &&
	    (p->depth_um > t->depth_max_um ||
	    (t->depth_min_um >= 0 && p->depth_um < t->depth_min_um))) {
		finding_init(&fd, F_PLAN_DEPTH_RANGE, SEV_CAUTION,
		    KIND_TECHNIQUE);
		finding_rule_code(&fd, "technique", t->code);
		finding_arg(&fd, "depth", FA_LENGTH, p->depth_um);
		finding_arg_str(&fd, "technique", FA_TEXT, t->name);
		finding_arg(&fd, "depth_min", FA_LENGTH,
		    t->depth_min_um >= 0 ? t->depth_min_um : 0);
		finding_arg(&fd, "depth_max", FA_LENGTH, t->depth_max_um);
		finding_source(&fd, t->source);
		findings_push(out, &fd);
	}
	depth = p->depth_um >= 0 ? p->depth_um : t->depth_min_um;
	if (depth >= 0 && a->max_depth_um >= 0 && depth > a->max_depth_um) {
		finding_init(&fd, F_PLAN_DEPTH_AREA, SEV_CAUTION,
		    KIND_TECHNIQUE);
		finding_rule_code(&fd, "area", a->code);
		finding_arg_str(&fd, "technique", FA_TEXT, t->name);
		finding_arg(&fd, "depth", FA_LENGTH, depth);
		finding_arg_str(&fd, "area", FA_TEXT, a->name);
		finding_arg(&fd, "depth_max", FA_LENGTH, a->max_depth_um);
		finding_source(&fd, a->source);
		findings_push(out, &fd);
	}
}

static void
plan_doses(const struct cocktail *c, struct plan *p)
{
	const struct component	*cp;
	struct plan_component	*pc;
	struct plan_dose	*d;
	const struct content	*ct;
	size_t			 i, j;

	for (i = 0; i < p->ncomponents; i++) {
		pc = &p->components[i];
		cp = &c->components[pc->index];
		pc->ndoses = 0;
		for (j = 0; j < cp->ncontents; j++) {
			ct = &cp->contents[j];
			d = &pc->doses[pc->ndoses++];
			memset(d, 0, sizeof *d);
			snprintf(d->ingredient, sizeof d->ingredient, "%s",
			    ct->ingredient);
			d->active = ct->active;
			d->unit = ct->unit;
			d->per_point = -1;
			d->per_kg = -1;
			if (ct->strength < 0 || ct->unit == UNIT_NONE)
				continue;
			d->known = 1;
			/* uL x ug/mL = ng; uL x mu/mL = micro-units. */
			d->amount = pc->volume_ul * ct->strength;
			if (p->total_ul > 0)
				d->final_conc = units_div_round(d->amount *
				    1000, p->total_ul);
			if (p->points > 0 && p->volume_per_point_ul > 0)
				d->per_point = units_div_round(d->final_conc *
				    p->volume_per_point_ul, 1000);
			if (c->has_patient && c->patient.weight_g > 0)
				d->per_kg = units_div_round(units_div_round(
				    d->final_conc * p->delivered_ul, 1000) *
				    1000, c->patient.weight_g);
		}
	}
	plan_totals(c, p);
}

/*
 * Each ingredient over the whole mix: a product and a bare ingredient of
 * the same code add up, for every limit (session, per kg, per point,
 * concentration) and every rule on concentration or ratio.  What the
 * patient receives is the final concentration times the volume
 * delivered: dead space and overage stay in the syringe.
 */
static void
plan_totals(const struct cocktail *c, struct plan *p)
{
	const struct plan_component	*pc;
	const struct plan_dose		*d;
	struct plan_total		*t;
	size_t				 i, j, k;

	p->ntotals = 0;
	for (i = 0; i < p->ncomponents; i++) {
		pc = &p->components[i];
		for (j = 0; j < pc->ndoses; j++) {
			d = &pc->doses[j];
			for (k = 0; k < p->ntotals; k++)
				if (strcmp(p->totals[k].ingredient,
				    d->ingredient) == 0)
					break;
			t = &p->totals[k];
			if (k == p->ntotals) {
				memset(t, 0, sizeof *t);
				snprintf(t->ingredient, sizeof t->ingredient,
				    "%s", d->ingredient);
				t->known = 1;
				t->unit = UNIT_NONE;
				p->ntotals++;
			}
			t->volume_ul += pc->volume_ul;
			if (!d->known) {
				if (t->known > 0)
					t->known = 0;
				continue;
			}
			if (t->unit != UNIT_NONE && t->unit != d->unit) {
				/* Never add mass to units. */
				t->known = -1;
				continue;
			}
			t->unit = d->unit;
			t->drawn += d->amount;
		}
	}
	for (k = 0; k < p->ntotals; k++) {
		t = &p->totals[k];
		t->per_point = -1;
		t->per_kg = -1;
		if (p->total_ul <= 0)
			continue;
		t->final_conc = units_div_round(t->drawn * 1000, p->total_ul);
		t->delivered = units_div_round(t->final_conc * p->delivered_ul,
		    1000);
		if (t->delivered > t->drawn)
			t->delivered = t->drawn;
		if (p->points > 0 && p->volume_per_point_ul > 0)
			t->per_point = units_div_round(t->final_conc *
			    p->volume_per_point_ul, 1000);
		if (c->has_patient && c->patient.weight_g > 0)
			t->per_kg = units_div_round(t->delivered * 1000,
			    c->patient.weight_g);
	}
}

static const struct fact_syringe *
plan_pick_syringe(const struct cocktail *c, const struct facts *f,
    int64_t want_ul, int64_t needle_ul)
{
	const struct fact_syringe	*s, *best = NULL;
	int64_t				 dead, bdead;
	size_t				 i;

	for (i = 0; i < f->n_syringes; i++) {
		s = &f->syringes[i];
		dead = (s->dead_space_ul > 0 ? s->dead_space_ul : 0);
		bdead = best == NULL ? 0 : (best->dead_space_ul > 0 ?
		    best->dead_space_ul : 0);
		if (c->syringe_ul > 0) {
			/* The size asked for; of two such, the larger loss. */
			if (s->capacity_ul == c->syringe_ul &&
			    (best == NULL || dead > bdead))
				best = s;
			continue;
		}
		if (s->capacity_ul - dead - needle_ul < want_ul)
			continue;
		if (best == NULL || s->capacity_ul < best->capacity_ul ||
		    (s->capacity_ul == best->capacity_ul && dead > bdead))
			best = s;
	}
	if (best != NULL || c->syringe_ul > 0)
		return (best);
	/* Nothing holds it all: the largest, several times. */
	for (i = 0; i < f->n_syringes; i++) {
		s = &f->syringes[i];
		if (best == NULL || s->capacity_ul > best->capacity_ul ||
		    (s->capacity_ul == best->capacity_ul &&
		    s->dead_space_ul > best->dead_space_ul))
			best = s;
	}
	return (best);
}

/* A component's exact volume: its mL, or its parts of what remains. */
static int64_t
plan_share(const struct component *cp, int64_t remaining, int64_t parts)
{
	if (cp->parts > 0)
		return (remaining > 0 && parts > 0 ?
		    units_div_round(remaining * cp->parts, parts) : 0);
	return (cp->volume_ul > 0 ? cp->volume_ul : 0);
}

enum plan_status
plan_compute(const struct cocktail *c, const struct facts *f, struct plan *p,
    struct findings *out, struct meso_error *err)
{
	const struct fact_syringe	*sy;
	enum plan_status		 st;
	struct plan_component		*pc;
	const struct component		*cp;
	int64_t				 abs_sum = 0, parts = 0, remaining;
	int64_t				 usable, per, step, want, needle_ul = 0;
	struct finding			 fd;
	size_t				 i;

	memset(p, 0, sizeof *p);
	p->points = -1;
	p->depth_um = c->depth_um;
	p->graduation_ul = -1;
	p->syringe_capacity_ul = -1;
	merror_clear(err);

	for (i = 0; i < c->ncomponents; i++) {
		if (c->components[i].parts > 0)
			parts += c->components[i].parts;
		else if (c->components[i].volume_ul > 0)
			abs_sum += c->components[i].volume_ul;
	}

	/* What is to be given, before the syringe. */
	if (c->area[0] != '\0' && c->technique[0] != '\0' &&
	    f->has_area && f->has_technique) {
		st = plan_geometry(c, f, p, err);
		if (st != PLAN_OK)
			return (st);
		plan_fit(f, p, out);
		if (c->overage_pct > 0)
			p->overage_ul = units_div_round(p->delivered_ul *
			    c->overage_pct, 100);
		want = p->delivered_ul + p->overage_ul;
	} else if (c->total_ul > 0) {
		p->delivered_ul = c->total_ul;
		want = c->total_ul;
	} else if (parts > 0) {
		merror_set(err, "parts", "components given in parts need "
		    "an area and technique to plan from, or total_ml");
		return (PLAN_NO_VOLUME);
	} else {
		p->delivered_ul = abs_sum;
		want = abs_sum;
	}

	/* The syringe and the needle: capacity, graduation, dead space. */
	if (f->has_needle && f->needle.dead_space_ul > 0)
		needle_ul = f->needle.dead_space_ul;
	/* Without a plan there is nothing to draw into: no syringe unless asked. */
	sy = p->has_geometry || c->syringe_ul > 0 ?
	    plan_pick_syringe(c, f, want, needle_ul) : NULL;
	if (sy != NULL) {
		snprintf(p->syringe, sizeof p->syringe, "%s", sy->code);
		p->syringe_capacity_ul = sy->capacity_ul;
		p->graduation_ul = sy->graduation_ul;
		if (sy->dead_space_ul > 0)
			p->dead_space_ul += sy->dead_space_ul;
	} else if (c->syringe_ul > 0) {
		p->syringe_capacity_ul = c->syringe_ul;
		finding_init(&fd, F_PLAN_SYRINGE_UNKNOWN, SEV_INFO,
		    KIND_TECHNIQUE);
		finding_arg(&fd, "syringe", FA_VOLUME, c->syringe_ul);
		findings_push(out, &fd);
	}
	p->dead_space_ul += needle_ul;

	if (p->has_geometry) {
		if (p->syringe_capacity_ul > 0) {
			usable = p->syringe_capacity_ul - p->dead_space_ul;
			if (usable <= 0) {
				merror_set(err, "syringe_ml", "the syringe "
				    "holds no more than its dead space");
				return (PLAN_MISSING_FIGURE);
			}
			p->syringes = units_div_ceil(want, usable);
			if (p->syringes > 1000) {
				merror_set(err, "syringe_ml", "%lld "
				    "syringes: this syringe is far too small "
				    "for the plan", (long long)p->syringes);
				return (PLAN_TOO_LARGE);
			}
		}
		if (p->syringes < 1)
			p->syringes = 1;
		p->needed_ul = want + p->syringes * p->dead_space_ul;
	} else {
		/* The mix is what was given: its dead space is lost from it. */
		p->needed_ul = want;
		p->syringes = p->syringe_capacity_ul > 0 ?
		    units_div_ceil(want, p->syringe_capacity_ul) : 1;
		if (p->syringes < 1)
			p->syringes = 1;
		p->delivered_ul = want - p->syringes * p->dead_space_ul;
		if (p->delivered_ul < 0)
			p->delivered_ul = 0;
	}

	if (p->needed_ul > 2000000 || p->syringes > 1000) {
		merror_set(err, "total_ml", "the mix comes to %lld mL in "
		    "%lld syringes, beyond any session",
		    (long long)(p->needed_ul / 1000), (long long)p->syringes);
		return (PLAN_TOO_LARGE);
	}

	/* Each component's share. */
	remaining = p->needed_ul - abs_sum;
	if (parts > 0 && remaining <= 0) {
		finding_init(&fd, F_PLAN_PARTS_EMPTY, SEV_CAUTION,
		    KIND_TECHNIQUE);
		finding_arg(&fd, "absolute", FA_VOLUME, abs_sum);
		finding_arg(&fd, "needed", FA_VOLUME, p->needed_ul);
		findings_push(out, &fd);
	}
	if (parts == 0 && p->has_geometry && abs_sum < p->needed_ul) {
		finding_init(&fd, F_PLAN_MIX_SHORT, SEV_CAUTION,
		    KIND_TECHNIQUE);
		finding_arg(&fd, "mix", FA_VOLUME, abs_sum);
		finding_arg(&fd, "needed", FA_VOLUME, p->needed_ul);
		findings_push(out, &fd);
	}
	step = p->graduation_ul;
	/*
	 * Rounded up to the marks, the loads may no longer fit the syringe:
	 * one more syringe until every syringe holds its load.
	 */
	while (step > 0 && p->syringe_capacity_ul > 0 && p->syringes < 1000) {
		/* The shares already hold the dead space: needed includes it. */
		int64_t	load = 0, r;

		for (i = 0; i < c->ncomponents; i++) {
			per = units_div_round(plan_share(&c->components[i],
			    remaining, parts), p->syringes);
			r = units_round_step(per, step);
			load += r > 0 ? r : per;
		}
		if (load <= p->syringe_capacity_ul)
			break;
		p->syringes++;
		if (p->has_geometry) {
			p->needed_ul = want + p->syringes * p->dead_space_ul;
			remaining = p->needed_ul - abs_sum;
		}
	}
	for (i = 0; i < c->ncomponents; i++) {
		cp = &c->components[i];
		pc = &p->components[p->ncomponents++];
		memset(pc, 0, sizeof *pc);
		pc->index = i;
		pc->wanted_ul = plan_share(cp, remaining, parts);
		per = units_div_round(pc->wanted_ul, p->syringes);
		if (step > 0) {
			pc->per_syringe_ul = units_round_step(per, step);
			if (per > 0 && pc->per_syringe_ul == 0) {
				/* Never rounded to nothing: keep it, and say so. */
				pc->per_syringe_ul = per;
				finding_init(&fd, F_PLAN_BELOW_MARKS,
				    SEV_CAUTION, KIND_DOSE);
				finding_actives(&fd, cp);
				if (sy != NULL)
					finding_rule_code(&fd, "syringe",
					    sy->code);
				finding_arg_str(&fd, "component", FA_CODE,
				    cp->code);
				finding_arg(&fd, "per_syringe", FA_VOLUME, per);
				finding_arg(&fd, "graduation", FA_VOLUME, step);
				finding_source(&fd, sy != NULL ? sy->source :
				    "");
				findings_push(out, &fd);
			}
		} else
			pc->per_syringe_ul = per;
		pc->volume_ul = pc->per_syringe_ul * p->syringes;
		pc->rounding_ul = pc->volume_ul - pc->wanted_ul;
		p->total_ul += pc->volume_ul;
		/* Rounding that moves a component by more than a tenth. */
		if (pc->wanted_ul > 0 && (pc->rounding_ul < 0 ?
		    -pc->rounding_ul : pc->rounding_ul) * 10 > pc->wanted_ul) {
			finding_init(&fd, F_PLAN_ROUNDING, SEV_CAUTION,
			    KIND_DOSE);
			finding_actives(&fd, cp);
			if (sy != NULL)
				finding_rule_code(&fd, "syringe", sy->code);
			finding_arg_str(&fd, "component", FA_CODE, cp->code);
			finding_arg(&fd, "graduation", FA_VOLUME, step);
			finding_arg(&fd, "wanted", FA_VOLUME, pc->wanted_ul);
			finding_arg(&fd, "volume", FA_VOLUME, pc->volume_ul);
			finding_arg(&fd, "change", FA_PERCENT,
			    units_div_round(pc->rounding_ul * 100,
			    pc->wanted_ul));
			finding_source(&fd, sy != NULL ? sy->source : "");
			findings_push(out, &fd);
		}
	}
	if (p->has_geometry && p->total_ul < p->needed_ul && parts > 0 &&
	    p->needed_ul - p->total_ul >= (step > 0 ? step : 1)) {
		finding_init(&fd, F_PLAN_ROUNDING_SHORT, SEV_INFO,
		    KIND_TECHNIQUE);
		finding_arg(&fd, "mix", FA_VOLUME, p->total_ul);
		finding_arg(&fd, "short", FA_VOLUME,
		    p->needed_ul - p->total_ul);
		finding_arg(&fd, "needed", FA_VOLUME, p->needed_ul);
		findings_push(out, &fd);
	}
	plan_doses(c, p);
	return (PLAN_OK);
}

const struct plan_total *
plan_total(const struct plan *p, const char *code)
{
	size_t	i;

	for (i = 0; i < p->ntotals; i++)
		if (strcmp(p->totals[i].ingredient, code) == 0)
			return (&p->totals[i]);
	return (NULL);
}

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dose.h"
#include "plan.h"

/* Beyond these the plan is refused: no session is that large. */
#define PLAN_MAX_POINTS		1000000
#define PLAN_MAX_DELIVERED_UL	1000000		/* 1 L */
#define PLAN_MAX_MIX_UL		2000000		/* 2 L */
#define PLAN_MAX_SYRINGES	1000
#define UM2_PER_CM2		100000000	/* (10,000 um)^2 */

/* What pins the mix, in the order the plan looks for it. */
enum pin {
	PIN_NONE,
	PIN_COMPONENTS,		/* every component in mL */
	PIN_TOTAL,		/* total_ml */
	PIN_DELIVERED,		/* delivered_ml */
	PIN_GEOMETRY		/* points x volume per point, ... */
};

/* One computation's scratch, on the stack: nothing is allocated. */
struct work {
	const struct cocktail	*c;
	const struct facts	*f;
	struct plan		*p;
	struct findings		*out;
	struct meso_error	*err;
	int64_t			 abs_ul;	/* the components in mL */
	int64_t			 parts;		/* the parts, summed */
	enum pin		 pin;
	int64_t			 mix_ul;	/* the mix, when pinned */
	int64_t			 target_ul;	/* the delivery planned for */
	int64_t			 want_ul;	/* ... with its overage */
	int64_t			 remaining_ul;	/* what the parts share */
	int64_t			 geo_points;	/* from the geometry, -1 */
	int64_t			 geo_ul;	/* delivered by it, -1 */
	int			 geo_fixed;	/* ... from the file's figures only */
	int			 points_fixed;
	int64_t			 exact[COCKTAIL_MAX_COMPONENTS];
	const char		*limit[COCKTAIL_MAX_COMPONENTS];
};

static const char *const figure_keys[] = {
#define X(id, key) key,
	PLAN_FIGURE_LIST
#undef X
};

static const char *const origin_names[] = {
#define X(id, name) name,
	PLAN_ORIGIN_LIST
#undef X
};

static const char *const rounding_names[] = {
#define X(id, name) name,
	PLAN_ROUNDING_LIST
#undef X
};

static void	plan_reset(struct plan *, const struct cocktail *);
static int64_t	plan_pick(struct plan *, enum plan_figure, int64_t, int64_t);
static int	plan_fixed(const struct plan *, enum plan_figure);
static enum plan_status plan_figures(struct work *);
static enum plan_status plan_grid(struct work *);
static void	plan_linear(struct work *);
static void	plan_surface(struct work *);
static void	plan_grid_spread(struct work *, int64_t);
static enum plan_status plan_pin(struct work *);
static enum plan_status plan_needs(struct work *);
static int	plan_pinned(const struct work *);
static const struct fact_syringe *plan_pick_syringe(const struct work *,
		    int64_t);
static enum plan_status plan_syringes(struct work *);
static const struct fact_syringe *plan_measure(const struct facts *,
		    int64_t);
static int64_t	plan_share(const struct component *, int64_t, int64_t);
static int64_t	plan_measure_all(struct work *);
static enum plan_status plan_shares(struct work *);
static void	plan_round_down(struct work *, const struct fact_dose *,
		    int64_t *);
static void	plan_limits(struct work *);
static const char *plan_measure_source(const struct facts *, const char *);
static void	plan_component_findings(struct work *);
static enum plan_status plan_mix(struct work *);
static int64_t	plan_grid_from(struct work *, int64_t);
static int64_t	plan_from(struct work *, int64_t);
static void	plan_delivery(struct work *);
static const char *plan_volume_figure(const struct plan *);
static const char *plan_delivery_figure(const struct work *);
static void	plan_short(struct work *, int64_t);
static void	plan_range(struct work *, enum plan_figure, enum farg_type,
		    int64_t, int64_t, int64_t, const char *);
static void	plan_ranges(struct work *);
static void	plan_fit(const struct facts *, const struct plan *,
		    struct findings *);
static void	plan_as_given(struct work *);

const char *
plan_figure_key(enum plan_figure pf)
{
	return (pf < PF__COUNT ? figure_keys[pf] : "");
}

const char *
plan_origin_name(enum plan_origin o)
{
	return (origin_names[o]);
}

const char *
plan_rounding_name(enum plan_rounding r)
{
	return (rounding_names[r]);
}

static void
plan_reset(struct plan *p, const struct cocktail *c)
{
	memset(p, 0, sizeof *p);
	p->mix_known = 1;
	p->surface_cm2 = p->spacing_um = p->volume_per_point_ul = -1;
	p->threads = p->thread_length_mm = p->volume_per_cm_ul = -1;
	p->volume_per_cm2_ul = -1;
	p->points = -1;
	p->depth_um = c->depth_um;
	p->graduation_ul = -1;
	p->syringe_capacity_ul = -1;
}

/* A figure: the file's, else the formulary's; its origin is noted. */
static int64_t
plan_pick(struct plan *p, enum plan_figure pf, int64_t given, int64_t dflt)
{
	if (given > 0) {
		p->origin[pf] = PO_FIXED;
		return (given);
	}
	if (dflt > 0) {
		p->origin[pf] = PO_FORMULARY;
		return (dflt);
	}
	p->origin[pf] = PO_NONE;
	return (-1);
}

static int
plan_fixed(const struct plan *p, enum plan_figure pf)
{
	return (p->origin[pf] == PO_FIXED);
}

/* Stage 1: the figures of the geometry, and what they deliver. */
static enum plan_status
plan_figures(struct work *w)
{
	const struct cocktail	*c = w->c;
	const struct facts	*f = w->f;
	struct plan		*p = w->p;
	enum plan_status	 st = PLAN_OK;

	w->geo_points = w->geo_ul = -1;
	if (c->area[0] == '\0' || c->technique[0] == '\0' ||
	    !f->has_area || !f->has_technique)
		return (PLAN_OK);
	p->has_geometry = 1;
	p->geometry = f->technique.geometry;
	switch (p->geometry) {
	case GEO_GRID:
		st = plan_grid(w);
		break;
	case GEO_LINEAR:
		plan_linear(w);
		break;
	case GEO_SURFACE:
		plan_surface(w);
		break;
	}
	if (st == PLAN_OK && w->geo_ul > PLAN_MAX_DELIVERED_UL) {
		merror_set(w->err, "", "the plan comes to %lld mL, beyond any "
		    "session", (long long)(w->geo_ul / 1000));
		return (PLAN_TOO_LARGE);
	}
	return (st);
}

/* Grid: points = surface / spacing^2, or as given; x volume per point. */
static enum plan_status
plan_grid(struct work *w)
{
	const struct cocktail		*c = w->c;
	const struct fact_technique	*t = &w->f->technique;
	const struct fact_area		*a = &w->f->area;
	struct plan			*p = w->p;
	int64_t				 n = -1;

	p->surface_cm2 = plan_pick(p, PF_SURFACE, c->surface_cm2,
	    a->surface_cm2);
	p->spacing_um = plan_pick(p, PF_SPACING, c->spacing_um,
	    a->pair_spacing_um > 0 ? a->pair_spacing_um : t->spacing_um);
	p->volume_per_point_ul = plan_pick(p, PF_VOLUME_PER_POINT,
	    c->volume_per_point_ul, a->pair_volume_per_point_ul > 0 ?
	    a->pair_volume_per_point_ul : t->volume_per_point_ul);
	if (p->surface_cm2 > 0 && p->spacing_um > 0)
		n = units_div_ceil(p->surface_cm2 * UM2_PER_CM2,
		    p->spacing_um * p->spacing_um);
	if (c->points > 0) {
		p->origin[PF_POINTS] = PO_FIXED;
		w->points_fixed = 1;
		if (n > 0 && plan_fixed(p, PF_SURFACE) &&
		    plan_fixed(p, PF_SPACING) && n != c->points) {
			struct finding	fd;

			finding_init(&fd, F_PLAN_POINTS_CONFLICT, SEV_CAUTION,
			    KIND_TECHNIQUE);
			finding_arg(&fd, "points", FA_INT, c->points);
			finding_arg(&fd, "computed", FA_INT, n);
			findings_push(w->out, &fd);
		} else
			plan_grid_spread(w, c->points);
		n = c->points;
	} else if (n > 0) {
		p->origin[PF_POINTS] = PO_DERIVED;
		w->points_fixed = plan_fixed(p, PF_SURFACE) &&
		    plan_fixed(p, PF_SPACING);
	}
	if (n > PLAN_MAX_POINTS) {
		merror_set(w->err, "spacing_mm", "%lld points is beyond any "
		    "session", (long long)n);
		return (PLAN_TOO_LARGE);
	}
	w->geo_points = p->points = n;
	if (n > 0 && p->volume_per_point_ul > 0) {
		w->geo_ul = n * p->volume_per_point_ul;
		w->geo_fixed = w->points_fixed &&
		    plan_fixed(p, PF_VOLUME_PER_POINT);
	}
	return (PLAN_OK);
}

/*
 * Points that do not come from surface and spacing: the spacing follows
 * from the surface (the area's sourced figure, or the file's), else the
 * surface from a spacing the file gives.
 */
static void
plan_grid_spread(struct work *w, int64_t n)
{
	struct plan	*p = w->p;

	if (n <= 0)
		return;
	if (p->surface_cm2 > 0 && !plan_fixed(p, PF_SPACING)) {
		p->spacing_um = units_sqrt_round(units_div_round(
		    p->surface_cm2 * UM2_PER_CM2, n));
		p->origin[PF_SPACING] = PO_DERIVED;
	} else if (p->spacing_um > 0 && !plan_fixed(p, PF_SURFACE)) {
		p->surface_cm2 = units_div_round(n * p->spacing_um *
		    p->spacing_um, UM2_PER_CM2);
		if (p->surface_cm2 < 1)
			p->surface_cm2 = 1;
		p->origin[PF_SURFACE] = PO_DERIVED;
	}
}

/* Linear: threads x length x volume per cm; a thread counts as a point. */
static void
plan_linear(struct work *w)
{
	const struct cocktail	*c = w->c;
	struct plan		*p = w->p;

	p->threads = plan_pick(p, PF_THREADS, c->threads, -1);
	p->thread_length_mm = plan_pick(p, PF_THREAD_LENGTH,
	    c->thread_length_mm, -1);
	p->volume_per_cm_ul = plan_pick(p, PF_VOLUME_PER_CM,
	    c->volume_per_cm_ul, w->f->technique.volume_per_cm_ul);
	if (p->threads > 0) {
		w->geo_points = p->points = p->threads;
		p->origin[PF_POINTS] = PO_DERIVED;
	}
	if (p->threads > 0 && p->thread_length_mm > 0 &&
	    p->volume_per_cm_ul > 0) {
		w->geo_ul = units_div_round(p->threads * p->thread_length_mm *
		    p->volume_per_cm_ul, 10);
		w->geo_fixed = plan_fixed(p, PF_VOLUME_PER_CM);
	}
}

/* Surface (a device): surface x volume per cm2, no points. */
static void
plan_surface(struct work *w)
{
	const struct cocktail	*c = w->c;
	struct plan		*p = w->p;

	p->surface_cm2 = plan_pick(p, PF_SURFACE, c->surface_cm2,
	    w->f->area.surface_cm2);
	p->volume_per_cm2_ul = plan_pick(p, PF_VOLUME_PER_CM2,
	    c->volume_per_cm2_ul, w->f->technique.volume_per_cm2_ul);
	if (p->surface_cm2 > 0 && p->volume_per_cm2_ul > 0) {
		w->geo_ul = p->surface_cm2 * p->volume_per_cm2_ul;
		w->geo_fixed = plan_fixed(p, PF_SURFACE) &&
		    plan_fixed(p, PF_VOLUME_PER_CM2);
	}
}

/* Stage 2: what pins the mix; conflicts between fixed figures. */
static enum plan_status
plan_pin(struct work *w)
{
	const struct cocktail	*c = w->c;
	struct plan		*p = w->p;
	struct finding		 fd;

	if (w->parts == 0) {
		w->pin = PIN_COMPONENTS;
		w->mix_ul = w->abs_ul;
		p->origin[PF_TOTAL] = PO_COMPONENTS;
		if (c->total_ul > 0 && c->total_ul != w->abs_ul) {
			finding_init(&fd, F_PLAN_TOTAL_CONFLICT, SEV_CAUTION,
			    KIND_TECHNIQUE);
			finding_arg(&fd, "mix", FA_VOLUME, w->abs_ul);
			finding_arg(&fd, "total", FA_VOLUME, c->total_ul);
			findings_push(w->out, &fd);
		}
	} else if (c->total_ul > 0) {
		w->pin = PIN_TOTAL;
		w->mix_ul = c->total_ul;
		p->origin[PF_TOTAL] = PO_FIXED;
	} else if (c->delivered_ul > 0) {
		w->pin = PIN_DELIVERED;
		w->target_ul = c->delivered_ul;
	} else if (w->geo_ul >= 0) {
		w->pin = PIN_GEOMETRY;
		w->target_ul = w->geo_ul;
	} else
		return (plan_needs(w));
	if (c->delivered_ul > 0) {
		p->origin[PF_DELIVERED] = PO_FIXED;
		if (w->geo_fixed && w->geo_ul != c->delivered_ul) {
			finding_init(&fd, F_PLAN_DELIVERED_CONFLICT,
			    SEV_CAUTION, KIND_TECHNIQUE);
			finding_arg(&fd, "delivered", FA_VOLUME,
			    c->delivered_ul);
			finding_arg(&fd, "geometry", FA_VOLUME, w->geo_ul);
			finding_arg_str(&fd, "figure", FA_CODE,
			    plan_volume_figure(p));
			findings_push(w->out, &fd);
		}
	}
	if (w->mix_ul > PLAN_MAX_MIX_UL || w->target_ul > PLAN_MAX_MIX_UL) {
		merror_set(w->err, "total_ml", "the mix comes to %lld mL, "
		    "beyond any session", (long long)((w->mix_ul > w->target_ul ?
		    w->mix_ul : w->target_ul) / 1000));
		return (PLAN_TOO_LARGE);
	}
	return (PLAN_OK);
}

/* Nothing pins the mix: the one figure the plan needs, named. */
static enum plan_status
plan_needs(struct work *w)
{
	const struct cocktail	*c = w->c;
	struct plan		*p = w->p;
	const char		*alt = " (or delivered_ml or total_ml)";

	if (!p->has_geometry) {
		p->needs = "total_ml";
		merror_set(w->err, p->needs, "components in parts need an "
		    "area and technique, total_ml or delivered_ml");
		return (PLAN_NO_VOLUME);
	}
	if (p->geometry == GEO_LINEAR)
		p->needs = p->threads <= 0 ? "threads" :
		    p->thread_length_mm <= 0 ? "thread_length_cm" :
		    "volume_per_cm_ml";
	else if (p->geometry == GEO_SURFACE)
		p->needs = p->surface_cm2 <= 0 ? "surface_cm2" :
		    "volume_per_cm2_ml";
	else
		p->needs = w->geo_points > 0 ? "volume_per_point_ml" :
		    p->surface_cm2 <= 0 ? "surface_cm2" : "spacing_mm";
	if (strcmp(p->needs, "surface_cm2") == 0)
		merror_set(w->err, p->needs, "the formulary has no sourced "
		    "surface for area '%s': give surface_cm2%s", c->area, alt);
	else
		merror_set(w->err, p->needs, "no sourced figure for %s on "
		    "%s: give %s%s", c->technique, c->area, p->needs, alt);
	return (PLAN_MISSING_FIGURE);
}

static int
plan_pinned(const struct work *w)
{
	return (w->pin == PIN_COMPONENTS || w->pin == PIN_TOTAL);
}

/*
 * The injection syringe: the size asked for, else the smallest that holds
 * it all, else the largest, several times.  Of two of one size, a mix to
 * be made takes the larger dead space (enough is drawn), a mix fixed the
 * smaller (the dose it can inject is never understated).
 */
static const struct fact_syringe *
plan_pick_syringe(const struct work *w, int64_t amount)
{
	const struct fact_syringe	*s, *best = NULL;
	int64_t				 dead, bdead = 0, asked;
	int				 pinned = plan_pinned(w), fits, any;
	size_t				 i;

	asked = w->c->syringe_ul;
	for (any = 0; any < 2 && best == NULL; any++) {
		for (i = 0; i < w->f->n_syringes; i++) {
			s = &w->f->syringes[i];
			dead = (s->dead_space_ul > 0 ? s->dead_space_ul : 0);
			if (asked > 0)
				fits = s->capacity_ul == asked;
			else if (any)
				fits = s->capacity_ul > dead;
			else
				fits = pinned ? amount <= s->capacity_ul &&
				    amount > dead + w->p->dead_space_ul :
				    s->capacity_ul - dead -
				    w->p->dead_space_ul >= amount;
			if (!fits)
				continue;
			if (best == NULL || (any ? s->capacity_ul >
			    best->capacity_ul : s->capacity_ul <
			    best->capacity_ul) ||
			    (s->capacity_ul == best->capacity_ul &&
			    (pinned ? dead < bdead : dead > bdead))) {
				best = s;
				bdead = dead;
			}
		}
		if (asked > 0)
			break;
	}
	return (best);
}

/* Stage 3: the injection syringe and how many the mix takes. */
static enum plan_status
plan_syringes(struct work *w)
{
	const struct cocktail		*c = w->c;
	const struct fact_syringe	*sy;
	struct plan			*p = w->p;
	struct finding			 fd;
	int64_t				 usable, amount;

	w->want_ul = w->target_ul + (c->overage_pct > 0 ?
	    units_div_round(w->target_ul * c->overage_pct, 100) : 0);
	if (c->syringe_ul <= 0 && !p->has_geometry)
		return (PLAN_OK);	/* no injection syringe: no loss */
	if (w->f->has_needle && w->f->needle.dead_space_ul > 0)
		p->dead_space_ul = w->f->needle.dead_space_ul;
	amount = plan_pinned(w) ? w->mix_ul : w->want_ul;
	if ((sy = plan_pick_syringe(w, amount)) != NULL) {
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
		findings_push(w->out, &fd);
	}
	p->syringes = 1;
	if (p->syringe_capacity_ul <= 0)
		return (PLAN_OK);
	if ((usable = p->syringe_capacity_ul - p->dead_space_ul) <= 0) {
		p->needs = "syringe_ml";
		merror_set(w->err, p->needs, "the syringe holds no more than "
		    "its dead space");
		return (PLAN_MISSING_FIGURE);
	}
	p->syringes = plan_pinned(w) ? units_div_ceil(amount,
	    p->syringe_capacity_ul) : units_div_ceil(amount, usable);
	if (p->syringes < 1)
		p->syringes = 1;
	if (p->syringes > PLAN_MAX_SYRINGES) {
		merror_set(w->err, "syringe_ml", "%lld syringes: this syringe "
		    "is far too small for the plan", (long long)p->syringes);
		return (PLAN_TOO_LARGE);
	}
	return (PLAN_OK);
}

/*
 * The syringe a volume is measured with: the smallest graduated one that
 * holds it (of two, the finer marks); else the largest graduated one, in
 * several fills; else, with no marks known, the smallest that holds it.
 */
static const struct fact_syringe *
plan_measure(const struct facts *f, int64_t v)
{
	const struct fact_syringe	*s, *best = NULL, *big = NULL;
	const struct fact_syringe	*any = NULL;
	size_t				 i;

	for (i = 0; i < f->n_syringes; i++) {
		s = &f->syringes[i];
		if (s->capacity_ul <= 0)
			continue;
		if (s->graduation_ul <= 0) {
			if (s->capacity_ul >= v && (any == NULL ||
			    s->capacity_ul < any->capacity_ul))
				any = s;
			continue;
		}
		if (big == NULL || s->capacity_ul > big->capacity_ul ||
		    (s->capacity_ul == big->capacity_ul &&
		    s->graduation_ul < big->graduation_ul))
			big = s;
		if (s->capacity_ul < v)
			continue;
		if (best == NULL || s->capacity_ul < best->capacity_ul ||
		    (s->capacity_ul == best->capacity_ul &&
		    s->graduation_ul < best->graduation_ul))
			best = s;
	}
	if (best != NULL)
		return (best);
	return (big != NULL ? big : any);
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

/*
 * Each component measured whole (the mix is made, then drawn into its
 * syringes) and rounded to the marks of its measuring syringe; the mix.
 */
static int64_t
plan_measure_all(struct work *w)
{
	const struct fact_syringe	*m;
	struct plan			*p = w->p;
	struct plan_component		*pc;
	int64_t				 mix = 0, v, g;
	size_t				 i;

	p->ncomponents = w->c->ncomponents;
	for (i = 0; i < p->ncomponents; i++) {
		pc = &p->components[i];
		memset(pc, 0, sizeof *pc);
		pc->index = i;
		pc->measure_graduation_ul = -1;
		pc->wanted_ul = v = w->exact[i] = plan_share(
		    &w->c->components[i], w->remaining_ul, w->parts);
		w->limit[i] = NULL;
		pc->rounding = PR_EXACT;
		if ((m = v > 0 ? plan_measure(w->f, v) : NULL) != NULL) {
			snprintf(pc->measure, sizeof pc->measure, "%s",
			    m->code);
			pc->measure_capacity_ul = m->capacity_ul;
			pc->measure_graduation_ul = g = m->graduation_ul;
			if (g > 0 && units_round_step(v, g) > 0) {
				v = units_round_step(v, g);
				pc->rounding = PR_NEAREST;
			} else if (g > 0)
				pc->rounding = PR_BELOW_MARKS;
		}
		pc->volume_ul = v;
		mix += v;
	}
	return (mix);
}

/*
 * Stage 4: each component's share, measured; one more syringe while the
 * measured mix would overfill them.
 */
static enum plan_status
plan_shares(struct work *w)
{
	struct plan	*p = w->p;
	int64_t		 mix, drawn;

	for (;;) {
		mix = plan_pinned(w) ? w->mix_ul : w->want_ul +
		    p->syringes * p->dead_space_ul;
		w->remaining_ul = mix - w->abs_ul;
		drawn = plan_measure_all(w);
		if (p->syringe_capacity_ul <= 0 || p->syringes == 0 ||
		    drawn <= p->syringes * p->syringe_capacity_ul)
			break;
		if (++p->syringes > PLAN_MAX_SYRINGES) {
			merror_set(w->err, "syringe_ml", "%lld syringes: "
			    "this syringe is far too small for the plan",
			    (long long)p->syringes);
			return (PLAN_TOO_LARGE);
		}
	}
	if (w->parts > 0 && w->remaining_ul <= 0) {
		struct finding	fd;

		finding_init(&fd, F_PLAN_PARTS_EMPTY, SEV_CAUTION,
		    KIND_TECHNIQUE);
		finding_arg(&fd, "absolute", FA_VOLUME, w->abs_ul);
		finding_arg(&fd, "needed", FA_VOLUME, mix);
		findings_push(w->out, &fd);
	}
	return (PLAN_OK);
}

/* Components holding r's ingredient, rounded up: down to a mark instead. */
static void
plan_round_down(struct work *w, const struct fact_dose *r, int64_t *vol)
{
	const struct component	*cp;
	struct plan_component	*pc;
	int64_t			 down;
	size_t			 i, j;

	for (i = 0; i < w->p->ncomponents; i++) {
		pc = &w->p->components[i];
		cp = &w->c->components[i];
		if (pc->volume_ul <= w->exact[i])
			continue;
		for (j = 0; j < cp->ncontents; j++)
			if (strcmp(cp->contents[j].ingredient,
			    r->ingredient) == 0)
				break;
		if (j == cp->ncontents)
			continue;
		down = units_floor_step(w->exact[i], pc->measure_graduation_ul);
		pc->volume_ul = down > 0 ? down : w->exact[i];
		pc->rounding = down > 0 ? PR_DOWN_FOR_LIMIT : PR_UNROUNDED;
		w->limit[i] = r->ingredient;
		vol[i] = pc->volume_ul;
	}
}

/*
 * Stage 5: rounding never takes an active past a limit of the formulary
 * it was within: such a component is rounded down to a mark; if the mix
 * still crosses a limit (another component's rounding moved the
 * concentration), every component is kept exactly as computed.
 */
static void
plan_limits(struct work *w)
{
	const struct fact_dose	*r;
	struct plan		*p = w->p;
	struct plan_component	*pc;
	int64_t			 vol[COCKTAIL_MAX_COMPONENTS], dead, k;
	size_t			 i, n;
	int			 changed = 0;

	dead = p->syringes * p->dead_space_ul;
	for (i = 0; i < p->ncomponents; i++)
		vol[i] = p->components[i].volume_ul;
	for (n = 0; n < w->f->n_dose; n++) {
		r = &w->f->dose[n];
		if (!dose_crosses(w->c, r, w->exact, dead) &&
		    dose_crosses(w->c, r, vol, dead)) {
			plan_round_down(w, r, vol);
			changed = 1;
		}
	}
	for (n = 0; changed && n < w->f->n_dose; n++) {
		r = &w->f->dose[n];
		if (dose_crosses(w->c, r, w->exact, dead) ||
		    !dose_crosses(w->c, r, vol, dead))
			continue;
		for (i = 0; i < p->ncomponents; i++) {
			pc = &p->components[i];
			if (pc->volume_ul == w->exact[i])
				continue;
			pc->volume_ul = w->exact[i];
			pc->rounding = PR_UNROUNDED;
			if (w->limit[i] == NULL)
				w->limit[i] = r->ingredient;
		}
		break;
	}
	k = p->syringes > 0 ? p->syringes : 1;
	for (i = 0; i < p->ncomponents; i++) {
		pc = &p->components[i];
		pc->per_syringe_ul = units_div_round(pc->volume_ul, k);
		pc->rounding_ul = pc->volume_ul - pc->wanted_ul;
	}
}

static const char *
plan_measure_source(const struct facts *f, const char *code)
{
	size_t	i;

	for (i = 0; i < f->n_syringes; i++)
		if (strcmp(f->syringes[i].code, code) == 0)
			return (f->syringes[i].source);
	return ("");
}

/* What the measuring says of each component. */
static void
plan_component_findings(struct work *w)
{
	const struct plan_component	*pc;
	const struct component		*cp;
	struct finding			 fd;
	int64_t				 g, change;
	size_t				 i;

	for (i = 0; i < w->p->ncomponents; i++) {
		pc = &w->p->components[i];
		cp = &w->c->components[i];
		g = pc->measure_graduation_ul;
		change = pc->wanted_ul > 0 ? units_div_round((pc->rounding_ul <
		    0 ? -pc->rounding_ul : pc->rounding_ul) * 100,
		    pc->wanted_ul) : 0;
		switch (pc->rounding) {
		case PR_BELOW_MARKS:
			finding_init(&fd, F_PLAN_BELOW_MARKS, SEV_CAUTION,
			    KIND_DOSE);
			break;
		case PR_DOWN_FOR_LIMIT:
			finding_init(&fd, F_PLAN_ROUNDED_DOWN, SEV_INFO,
			    KIND_DOSE);
			break;
		case PR_UNROUNDED:
			finding_init(&fd, F_PLAN_UNROUNDED, SEV_CAUTION,
			    KIND_DOSE);
			break;
		case PR_NEAREST:
			/* Rounding that moves a component by more than a tenth. */
			if ((pc->rounding_ul < 0 ? -pc->rounding_ul :
			    pc->rounding_ul) * 10 > pc->wanted_ul) {
				finding_init(&fd, F_PLAN_ROUNDING,
				    SEV_CAUTION, KIND_DOSE);
				break;
			}
			continue;
		default:
			continue;
		}
		finding_actives(&fd, cp);
		finding_rule_code(&fd, "syringe", pc->measure);
		finding_arg_str(&fd, "component", FA_CODE, cp->code);
		finding_arg_str(&fd, "syringe", FA_CODE, pc->measure);
		finding_arg(&fd, "graduation", FA_VOLUME, g);
		finding_arg(&fd, "wanted", FA_VOLUME, pc->wanted_ul);
		finding_arg(&fd, "volume", FA_VOLUME, pc->volume_ul);
		if (fd.id == F_PLAN_ROUNDED_DOWN)
			finding_arg(&fd, "up", FA_VOLUME, units_round_step(
			    w->exact[i], g));
		else if (fd.id == F_PLAN_ROUNDING)
			finding_arg(&fd, "change", FA_PERCENT, pc->rounding_ul <
			    0 ? -change : change);
		if (w->limit[i] != NULL)
			finding_arg_str(&fd, "ingredient", FA_CODE,
			    w->limit[i]);
		finding_source(&fd, plan_measure_source(w->f, pc->measure));
		findings_push(w->out, &fd);
	}
}

/* Stage 6: the mix drawn, its dead space, and what it can inject. */
static enum plan_status
plan_mix(struct work *w)
{
	struct plan	*p = w->p;
	struct finding	 fd;
	int64_t		 dead;
	size_t		 i;

	p->total_ul = 0;
	for (i = 0; i < p->ncomponents; i++)
		p->total_ul += p->components[i].volume_ul;
	if (p->total_ul > PLAN_MAX_MIX_UL) {
		merror_set(w->err, "total_ml", "the mix comes to %lld mL in "
		    "%lld syringes, beyond any session",
		    (long long)(p->total_ul / 1000), (long long)p->syringes);
		return (PLAN_TOO_LARGE);
	}
	dead = p->syringes * p->dead_space_ul;
	p->injectable_ul = p->total_ul > dead ? p->total_ul - dead : 0;
	if (p->syringes > 0 && p->total_ul > 0 && p->injectable_ul == 0) {
		finding_init(&fd, F_PLAN_DEAD_SPACE_ALL, SEV_CAUTION,
		    KIND_TECHNIQUE);
		finding_arg(&fd, "mix", FA_VOLUME, p->total_ul);
		finding_arg(&fd, "dead", FA_VOLUME, dead);
		findings_push(w->out, &fd);
	}
	return (PLAN_OK);
}

/*
 * The grid's free figures from a delivery d: with the points fixed (or
 * known and no volume per point), the volume per point follows; else the
 * points are the whole points of the volume per point that d holds, and
 * the spacing (or the surface) follows.  A volume per point the file
 * fixed is kept, and what d holds beyond the whole points is not
 * delivered; a default one is spread over the points.
 */
static int64_t
plan_grid_from(struct work *w, int64_t d)
{
	struct plan	*p = w->p;
	struct finding	 fd;
	int64_t		 n = w->geo_points, v = p->volume_per_point_ul;
	int		 vfixed = plan_fixed(p, PF_VOLUME_PER_POINT);

	if (w->points_fixed && vfixed)
		return (d);	/* delivered_ml wins: the conflict is said */
	if (n > 0 && (w->points_fixed || v <= 0)) {
		p->volume_per_point_ul = units_div_round(d, n);
		p->origin[PF_VOLUME_PER_POINT] = PO_DERIVED;
		return (d);
	}
	if (v <= 0) {
		p->points = -1;
		p->origin[PF_POINTS] = PO_NONE;
		finding_init(&fd, F_PLAN_POINTS_UNKNOWN, SEV_INFO,
		    KIND_TECHNIQUE);
		finding_arg_str(&fd, "figure", FA_CODE, "volume_per_point_ml");
		findings_push(w->out, &fd);
		return (d);
	}
	n = d / v > 0 ? d / v : 1;
	p->points = n;
	p->origin[PF_POINTS] = PO_DERIVED;
	plan_grid_spread(w, n);
	if (vfixed)
		return (n * v);
	p->volume_per_point_ul = units_div_round(d, n);
	p->origin[PF_VOLUME_PER_POINT] = PO_DERIVED;
	return (d);
}

/* The geometry's free figures from a delivery d; what it then delivers. */
static int64_t
plan_from(struct work *w, int64_t d)
{
	struct plan	*p = w->p;
	struct finding	 fd;

	if (!p->has_geometry)
		return (d);
	if (d <= 0) {
		if (p->geometry != GEO_SURFACE)
			p->points = 0;
		return (0);
	}
	switch (p->geometry) {
	case GEO_GRID:
		return (plan_grid_from(w, d));
	case GEO_LINEAR:
		if (p->threads > 0 && p->thread_length_mm > 0) {
			if (plan_fixed(p, PF_VOLUME_PER_CM))
				return (d);
			p->volume_per_cm_ul = units_div_round(d * 10,
			    p->threads * p->thread_length_mm);
			p->origin[PF_VOLUME_PER_CM] = PO_DERIVED;
			return (d);
		}
		finding_init(&fd, F_PLAN_POINTS_UNKNOWN, SEV_INFO,
		    KIND_TECHNIQUE);
		finding_arg(&fd, "threads", FA_FLAG, 1);
		finding_arg_str(&fd, "figure", FA_CODE, p->threads <= 0 ?
		    "threads" : "thread_length_cm");
		findings_push(w->out, &fd);
		return (d);
	case GEO_SURFACE:
		if (p->surface_cm2 > 0 && !plan_fixed(p, PF_VOLUME_PER_CM2)) {
			p->volume_per_cm2_ul = units_div_round(d,
			    p->surface_cm2);
			p->origin[PF_VOLUME_PER_CM2] = PO_DERIVED;
			return (d);
		}
		if (p->volume_per_cm2_ul > 0 && !plan_fixed(p, PF_SURFACE)) {
			p->surface_cm2 = units_div_round(d,
			    p->volume_per_cm2_ul);
			if (p->surface_cm2 < 1)
				p->surface_cm2 = 1;
			p->origin[PF_SURFACE] = PO_DERIVED;
			return (d);
		}
		return (d);
	}
	return (d);
}

/*
 * Stage 7: what the plan delivers.  A pinned mix gives what it can inject,
 * less the overage, to the geometry, which derives its free figures from
 * it, unless the file fixed the delivery; a mix made for a delivery
 * delivers it.  What can be injected beyond the delivery and its overage
 * is the leftover.
 */
static void
plan_delivery(struct work *w)
{
	const struct cocktail	*c = w->c;
	struct plan		*p = w->p;
	int64_t			 o, d;

	o = c->overage_pct > 0 ? c->overage_pct : 0;
	if (plan_pinned(w)) {
		if (c->delivered_ul > 0)
			d = plan_from(w, c->delivered_ul);
		else if (w->geo_fixed)
			d = w->geo_ul;
		else
			d = plan_from(w, p->injectable_ul * 100 / (100 + o));
	} else if (w->pin == PIN_DELIVERED)
		d = plan_from(w, w->target_ul);
	else
		d = w->target_ul;
	p->delivered_ul = d;
	if (p->origin[PF_DELIVERED] == PO_NONE)
		p->origin[PF_DELIVERED] = PO_DERIVED;
	if (p->origin[PF_TOTAL] == PO_NONE)
		p->origin[PF_TOTAL] = PO_DERIVED;
	p->overage_ul = units_div_round(d * o, 100);
	p->needed_ul = d + p->overage_ul + p->syringes * p->dead_space_ul;
	plan_short(w, p->injectable_ul - d - p->overage_ul);
}

/* The figure of the geometry that sets the volume: per point, cm or cm2. */
static const char *
plan_volume_figure(const struct plan *p)
{
	switch (p->geometry) {
	case GEO_LINEAR:
		return ("volume_per_cm_ml");
	case GEO_SURFACE:
		return ("volume_per_cm2_ml");
	case GEO_GRID:
		break;
	}
	return ("volume_per_point_ml");
}

/* The figure a conflict of the delivery with the mix asks to change. */
static const char *
plan_delivery_figure(const struct work *w)
{
	if (w->c->delivered_ul > 0 || !w->p->has_geometry)
		return ("delivered_ml");
	return (plan_volume_figure(w->p));
}

/*
 * What the syringes can inject against what the plan delivers: a
 * leftover, or a mix short of the plan.  Both are findings when they come
 * from figures the file fixed; a mix made for the plan is short only by
 * the rounding to the marks.
 */
static void
plan_short(struct work *w, int64_t rest)
{
	struct plan	*p = w->p;
	struct finding	 fd;
	int64_t		 g = 1;
	size_t		 i;

	p->leftover_ul = rest > 0 ? rest : 0;
	if (plan_pinned(w) && rest != 0 && (rest < 0 ||
	    w->c->delivered_ul > 0 || w->geo_fixed)) {
		finding_init(&fd, rest < 0 ? F_PLAN_MIX_SHORT :
		    F_PLAN_LEFTOVER, rest < 0 ? SEV_CAUTION : SEV_INFO,
		    KIND_TECHNIQUE);
		finding_arg(&fd, "injectable", FA_VOLUME, p->injectable_ul);
		finding_arg(&fd, "delivered", FA_VOLUME, p->delivered_ul);
		if (p->overage_ul > 0)
			finding_arg(&fd, "overage", FA_VOLUME, p->overage_ul);
		finding_arg(&fd, rest < 0 ? "short" : "leftover", FA_VOLUME,
		    rest < 0 ? -rest : rest);
		finding_arg_str(&fd, "figure", FA_CODE,
		    plan_delivery_figure(w));
		findings_push(w->out, &fd);
		return;
	}
	for (i = 0; i < p->ncomponents; i++)
		if (p->components[i].measure_graduation_ul > g)
			g = p->components[i].measure_graduation_ul;
	if (!plan_pinned(w) && rest < 0 && -rest >= g) {
		finding_init(&fd, F_PLAN_ROUNDING_SHORT, SEV_INFO,
		    KIND_TECHNIQUE);
		finding_arg(&fd, "mix", FA_VOLUME, p->total_ul);
		finding_arg(&fd, "short", FA_VOLUME, -rest);
		finding_arg(&fd, "needed", FA_VOLUME, p->needed_ul);
		findings_push(w->out, &fd);
	}
}

/* A figure outside the formulary's sourced range for it. */
static void
plan_range(struct work *w, enum plan_figure pf, enum farg_type type,
    int64_t v, int64_t lo, int64_t hi, const char *area)
{
	struct finding	fd;

	finding_init(&fd, F_PLAN_FIGURE_RANGE, SEV_CAUTION, KIND_TECHNIQUE);
	finding_rule_code(&fd, area != NULL ? "area_technique" : "technique",
	    w->f->technique.code);
	finding_arg_str(&fd, "figure", FA_CODE, plan_figure_key(pf));
	finding_arg(&fd, "value", type, v);
	if (lo >= 0)
		finding_arg(&fd, "min", type, lo);
	if (hi >= 0)
		finding_arg(&fd, "max", type, hi);
	finding_arg_str(&fd, "technique", FA_TEXT, w->f->technique.name);
	if (area != NULL)
		finding_arg_str(&fd, "area", FA_TEXT, area);
	finding_arg(&fd, "derived", FA_FLAG,
	    w->p->origin[pf] == PO_DERIVED);
	finding_source(&fd, area != NULL ? w->f->area.pair_source :
	    w->f->technique.source);
	findings_push(w->out, &fd);
}

/* Stage 8: every figure within the range the formulary sources for it. */
static void
plan_ranges(struct work *w)
{
	const struct fact_technique	*t = &w->f->technique;
	struct plan			*p = w->p;
	int64_t				 n = p->points, d = p->delivered_ul;
	int64_t				 lo, hi, max;

	if (!p->has_geometry || p->geometry != GEO_GRID)
		goto total;
	lo = t->volume_per_point_min_ul;
	hi = t->volume_per_point_max_ul;
	/* Against the exact d / n, not the rounded volume per point. */
	if (n > 0 && d > 0 && ((lo >= 0 && d < n * lo) ||
	    (hi >= 0 && d > n * hi)))
		plan_range(w, PF_VOLUME_PER_POINT, FA_VOLUME,
		    p->volume_per_point_ul, lo, hi, NULL);
	lo = t->spacing_min_um;
	hi = t->spacing_max_um;
	if (p->spacing_um > 0 && ((lo >= 0 && p->spacing_um < lo) ||
	    (hi >= 0 && p->spacing_um > hi)))
		plan_range(w, PF_SPACING, FA_LENGTH, p->spacing_um, lo, hi,
		    NULL);
total:
	max = w->f->area.pair_max_delivered_ul;
	if (p->has_geometry && max >= 0 && d > max)
		plan_range(w, PF_DELIVERED, FA_VOLUME, d, -1, max,
		    w->f->area.name);
}

/* Technique and area fit: depth, and which techniques suit the area. */
static void
plan_fit(const struct facts *f, const struct plan *p, struct findings *out)
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

/*
 * No plan: the mix as given.  The components in mL keep their volumes,
 * those in parts have none yet; no syringe; the doses are those of the
 * volumes given (lower bounds where parts hold the ingredient), so the
 * safety checks still run.
 */
static void
plan_as_given(struct work *w)
{
	const struct component	*cp;
	struct plan_component	*pc;
	struct plan		*p = w->p;
	size_t			 i;

	p->mix_known = 0;
	p->syringes = 0;
	p->syringe[0] = '\0';
	p->syringe_capacity_ul = p->graduation_ul = -1;
	p->dead_space_ul = p->total_ul = 0;
	p->delivered_ul = p->overage_ul = p->leftover_ul = p->needed_ul = 0;
	p->ncomponents = w->c->ncomponents;
	for (i = 0; i < p->ncomponents; i++) {
		cp = &w->c->components[i];
		pc = &p->components[i];
		memset(pc, 0, sizeof *pc);
		pc->index = i;
		pc->measure_graduation_ul = -1;
		pc->rounding = PR_AS_GIVEN;
		if (cp->parts > 0) {
			pc->wanted_ul = pc->per_syringe_ul = pc->volume_ul = -1;
			continue;
		}
		pc->wanted_ul = pc->per_syringe_ul = pc->volume_ul =
		    cp->volume_ul > 0 ? cp->volume_ul : 0;
		p->total_ul += pc->volume_ul;
	}
	p->injectable_ul = p->total_ul;
	plan_fit(w->f, p, w->out);
	dose_fill(w->c, p);
}

enum plan_status
plan_compute(const struct cocktail *c, const struct facts *f, struct plan *p,
    struct findings *out, struct meso_error *err)
{
	struct work		w;
	enum plan_status	st;
	size_t			i;

	plan_reset(p, c);
	merror_clear(err);
	memset(&w, 0, sizeof w);
	w.c = c;
	w.f = f;
	w.p = p;
	w.out = out;
	w.err = err;
	for (i = 0; i < c->ncomponents; i++) {
		if (c->components[i].parts > 0)
			w.parts += c->components[i].parts;
		else if (c->components[i].volume_ul > 0)
			w.abs_ul += c->components[i].volume_ul;
	}
	if ((st = plan_figures(&w)) != PLAN_OK)
		return (st);
	if ((st = plan_pin(&w)) != PLAN_OK ||
	    (st = plan_syringes(&w)) != PLAN_OK ||
	    (st = plan_shares(&w)) != PLAN_OK) {
		if (st != PLAN_TOO_LARGE)
			plan_as_given(&w);
		return (st);
	}
	plan_limits(&w);
	plan_component_findings(&w);
	if ((st = plan_mix(&w)) != PLAN_OK)
		return (st);
	plan_delivery(&w);
	plan_ranges(&w);
	plan_fit(f, p, out);
	dose_fill(c, p);
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

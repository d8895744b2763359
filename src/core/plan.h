/*
 * The plan: a solver over the related figures of one session.
 *
 *   points        = surface / spacing^2 (grid), threads (linear), none
 *                   (surface techniques)
 *   delivered     = points x volume per point, threads x length x volume
 *                   per cm, surface x volume per cm2
 *   injectable    = delivered + overage (+ a leftover the plan does not
 *                   inject)
 *   mix drawn     = injectable + syringes x dead space (syringe + needle)
 *                 = the sum of the components
 *
 * The physician fixes what they know (a figure given in the cocktail);
 * the formulary gives a default where it has a sourced one; the plan
 * derives the rest.  What pins the mix, first found first:
 *
 *   1. every component in mL: the mix is their sum, never changed to fit
 *      a default (delivered, points or volume per point follow from it);
 *   2. total_ml;
 *   3. delivered_ml;
 *   4. the geometry (the file's figures, else the formulary's).
 *
 * Figures that conflict, and figures outside the formulary's sourced
 * range, are findings naming the figure to change.  Only when nothing pins
 * the mix is the plan refused, naming the figure it needs; the mix as
 * given (the components in mL) is then still filled in, so the safety
 * checks can run on it.
 *
 * Each component is measured whole, with the smallest graduated syringe
 * of the formulary that holds its volume, and rounded to that syringe's
 * marks (half up; down where up would take an active past a limit of the
 * formulary; never to nothing); the mix is then drawn into as many
 * injection syringes as it takes, each within its capacity, dead space
 * included.  The doses (dose.h) follow
 * from the rounded mix, and the amount held against every limit is what
 * the syringes can inject.  Pure computation over a resolved cocktail and
 * its facts.
 */
#ifndef MESO_PLAN_H
#define MESO_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include "cocktail.h"
#include "core/error.h"
#include "facts.h"
#include "finding.h"

/* The figures of a plan, named by their key in a cocktail file. */
#define PLAN_FIGURE_LIST \
	X(PF_SURFACE, "surface_cm2") \
	X(PF_SPACING, "spacing_mm") \
	X(PF_POINTS, "points") \
	X(PF_VOLUME_PER_POINT, "volume_per_point_ml") \
	X(PF_THREADS, "threads") \
	X(PF_THREAD_LENGTH, "thread_length_cm") \
	X(PF_VOLUME_PER_CM, "volume_per_cm_ml") \
	X(PF_VOLUME_PER_CM2, "volume_per_cm2_ml") \
	X(PF_DELIVERED, "delivered_ml") \
	X(PF_TOTAL, "total_ml")

enum plan_figure {
#define X(id, key) id,
	PLAN_FIGURE_LIST
#undef X
	PF__COUNT
};

/* Where a figure comes from. */
#define PLAN_ORIGIN_LIST \
	X(PO_NONE, "none")		/* not known */ \
	X(PO_FIXED, "fixed")		/* given in the cocktail */ \
	X(PO_COMPONENTS, "components")	/* the mix: every component in mL */ \
	X(PO_FORMULARY, "formulary")	/* the formulary's sourced default */ \
	X(PO_DERIVED, "derived")	/* computed from the others */

enum plan_origin {
#define X(id, name) id,
	PLAN_ORIGIN_LIST
#undef X
};

const char	*plan_figure_key(enum plan_figure);
const char	*plan_origin_name(enum plan_origin);

/*
 * The figures of one amount of an ingredient, from one computation
 * (dose.c): in ng (UNIT_UG) or micro-units (UNIT_MU); -1 where not known.
 */
struct plan_amounts {
	int64_t		 drawn;		/* in the mix drawn */
	int64_t		 injectable;	/* what the syringes can inject:
					   held against every limit */
	int64_t		 delivered;	/* what the planned injections give */
	int64_t		 final_conc;	/* per mL of the mix */
	int64_t		 per_point;	/* per planned point */
	int64_t		 per_kg;	/* injectable per kg of the patient */
};

struct plan_dose {
	char		 ingredient[CODE_LEN];
	int		 active;
	enum unit	 unit;		/* UNIT_UG: amounts in ng; UNIT_MU: in micro-units */
	int		 known;		/* strength known */
	int64_t		 amount;	/* drawn, ng or micro-units (= a.drawn) */
	int64_t		 final_conc;	/* per mL (= a.final_conc) */
	int64_t		 per_point;	/* -1 without points */
	int64_t		 per_kg;	/* injectable per kg, -1 without weight */
	struct plan_amounts a;
};

/* One ingredient over the whole mix, from every component that holds it. */
struct plan_total {
	char		 ingredient[CODE_LEN];
	enum unit	 unit;
	int		 known;		/* 1; 0 a strength unknown; -1 units differ */
	int		 partial;	/* a component holding it has no volume
					   yet: the amounts are lower bounds */
	int64_t		 drawn;		/* ng or micro-units in the mix drawn */
	int64_t		 injectable;	/* drawn less the dead space's share */
	int64_t		 delivered;	/* what the planned injections give */
	int64_t		 final_conc;	/* per mL of the mix, -1 unknown */
	int64_t		 per_point;	/* -1 without points */
	int64_t		 per_kg;	/* injectable per kg, -1 without weight */
	int64_t		 volume_ul;	/* volume of the components holding it */
};

/* How a component's volume was brought to the marks it is measured by. */
#define PLAN_ROUNDING_LIST \
	X(PR_EXACT, "exact")		/* no graduation known: as computed */ \
	X(PR_NEAREST, "nearest")	/* the nearest mark, half up */ \
	X(PR_DOWN_FOR_LIMIT, "down-for-limit")	/* up would cross a limit */ \
	X(PR_UNROUNDED, "unrounded")	/* kept between marks: a limit */ \
	X(PR_BELOW_MARKS, "below-marks")	/* less than one mark: kept */ \
	X(PR_AS_GIVEN, "as-given")	/* no plan: the volume given */

enum plan_rounding {
#define X(id, name) id,
	PLAN_ROUNDING_LIST
#undef X
};

const char	*plan_rounding_name(enum plan_rounding);

struct plan_component {
	size_t		 index;		/* into cocktail components */
	int64_t		 wanted_ul;	/* exact share before rounding */
	int64_t		 per_syringe_ul;	/* what each syringe holds of it */
	int64_t		 volume_ul;	/* measured, rounded: in the mix */
	int64_t		 rounding_ul;	/* volume - wanted */
	/* The syringe it is measured with, and its marks. */
	char		 measure[CODE_LEN];	/* "" none in the formulary */
	int64_t		 measure_capacity_ul;
	int64_t		 measure_graduation_ul;	/* -1 unknown */
	enum plan_rounding rounding;
	struct plan_dose doses[COMPONENT_MAX_CONTENTS];
	size_t		 ndoses;
};

struct plan {
	int		 has_geometry;	/* area and technique given and planned */
	int		 mix_known;	/* every component's volume is known */
	enum geometry	 geometry;
	unsigned char	 origin[PF__COUNT];	/* enum plan_origin */
	const char	*needs;		/* the figure a refused plan needs, or NULL */
	int64_t		 surface_cm2;	/* -1 unknown */
	int64_t		 spacing_um;	/* -1 unknown */
	int64_t		 depth_um;	/* -1 unknown */
	int64_t		 volume_per_point_ul;	/* -1 unknown; derived: rounded */
	int64_t		 threads, thread_length_mm, volume_per_cm_ul;
	int64_t		 volume_per_cm2_ul;
	int64_t		 points;	/* -1 when not planned by points */
	int64_t		 delivered_ul;	/* what the planned injections give */
	int64_t		 overage_ul;
	int64_t		 leftover_ul;	/* injectable the plan does not inject */
	int64_t		 injectable_ul;	/* mix drawn less dead space */
	int64_t		 dead_space_ul;	/* per syringe: syringe + needle */
	int64_t		 syringe_capacity_ul;	/* -1 none */
	char		 syringe[CODE_LEN];	/* formulary code, "" none */
	int64_t		 graduation_ul;	/* -1 unknown */
	int64_t		 syringes;	/* 0: no injection syringe planned */
	int64_t		 needed_ul;	/* delivered + overage + dead space */
	int64_t		 total_ul;	/* the mix drawn: sum of component volumes */
	struct plan_component components[COCKTAIL_MAX_COMPONENTS];
	size_t		 ncomponents;
	struct plan_total totals[COCKTAIL_MAX_COMPONENTS *
			    COMPONENT_MAX_CONTENTS];
	size_t		 ntotals;
};

enum plan_status {
	PLAN_OK = 0,
	PLAN_NO_VOLUME,		/* parts, and no area and technique, total or
				   delivered volume: the mix as given only */
	PLAN_MISSING_FIGURE,	/* nothing pins the mix: err and p->needs
				   name the figure; the mix as given only */
	PLAN_TOO_LARGE		/* beyond what the program computes */
};

/*
 * Compute the plan.  Findings about it (a conflict, a figure out of its
 * sourced range, a component below the marks, a leftover) go into out.
 * On PLAN_NO_VOLUME and PLAN_MISSING_FIGURE, err names the figure the plan
 * needs and p still holds the mix as given: the components in mL, their
 * doses (lower bounds where a component in parts holds the ingredient),
 * no syringe; p->mix_known is 0.
 */
enum plan_status plan_compute(const struct cocktail *, const struct facts *,
		    struct plan *, struct findings *, struct meso_error *);

/* An ingredient's total over the mix, or NULL when it is not in it. */
const struct plan_total *plan_total(const struct plan *, const char *);

#endif

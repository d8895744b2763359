/*
 * The plan: area x technique -> points and total volume, then each
 * component's volume rounded to what the syringe measures, and the dose
 * of every active.  Pure computation over a resolved cocktail and its facts.
 */
#ifndef MESO_PLAN_H
#define MESO_PLAN_H

#include <stddef.h>
#include <stdint.h>

#include "cocktail.h"
#include "core/error.h"
#include "facts.h"
#include "finding.h"

struct plan_dose {
	char		 ingredient[CODE_LEN];
	int		 active;
	enum unit	 unit;		/* UNIT_UG: amounts in ng; UNIT_MU: in micro-units */
	int		 known;		/* strength known */
	int64_t		 amount;	/* ng or micro-units in the whole mix */
	int64_t		 final_conc;	/* per mL: ng/mL or micro-units/mL */
	int64_t		 per_point;	/* -1 without points */
	int64_t		 per_kg;	/* delivered per kg, -1 without weight */
};

/* One ingredient over the whole mix, from every component that holds it. */
struct plan_total {
	char		 ingredient[CODE_LEN];
	enum unit	 unit;
	int		 known;		/* 1; 0 a strength unknown; -1 units differ */
	int64_t		 drawn;		/* ng or micro-units in the mix drawn */
	int64_t		 delivered;	/* what the planned injections give */
	int64_t		 final_conc;	/* per mL of the mix */
	int64_t		 per_point;	/* -1 without points */
	int64_t		 per_kg;	/* delivered per kg, -1 without weight */
	int64_t		 volume_ul;	/* volume of the components holding it */
};

struct plan_component {
	size_t		 index;		/* into cocktail components */
	int64_t		 wanted_ul;	/* exact share before rounding */
	int64_t		 per_syringe_ul;	/* rounded to the graduation */
	int64_t		 volume_ul;	/* per_syringe x syringes */
	int64_t		 rounding_ul;	/* volume - wanted */
	struct plan_dose doses[COMPONENT_MAX_CONTENTS];
	size_t		 ndoses;
};

struct plan {
	int		 has_geometry;	/* area and technique given and planned */
	enum geometry	 geometry;
	int64_t		 surface_cm2;
	int64_t		 spacing_um;
	int64_t		 depth_um;	/* -1 unknown */
	int64_t		 volume_per_point_ul;
	int64_t		 threads, thread_length_mm, volume_per_cm_ul;
	int64_t		 volume_per_cm2_ul;
	int64_t		 points;	/* -1 when not planned by points */
	int64_t		 delivered_ul;	/* what reaches the patient */
	int64_t		 overage_ul;
	int64_t		 dead_space_ul;	/* per syringe: syringe + needle */
	int64_t		 syringe_capacity_ul;
	char		 syringe[CODE_LEN];	/* formulary code, "" none */
	int64_t		 graduation_ul;	/* -1 unknown */
	int64_t		 syringes;
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
	PLAN_NO_VOLUME,		/* parts without a plan or total_ml */
	PLAN_MISSING_FIGURE,	/* a figure the formulary lacks and the file did not give */
	PLAN_TOO_LARGE		/* beyond what the program computes */
};

/*
 * Compute the plan.  Findings about the plan (a component too small to
 * measure, a technique deeper than the area allows, absolute volumes
 * above the planned total) go into out_findings.  On error, err names the
 * missing figure in its field.
 */
enum plan_status plan_compute(const struct cocktail *, const struct facts *,
		    struct plan *, struct findings *, struct meso_error *);

/* An ingredient's total over the mix, or NULL when it is not in it. */
const struct plan_total *plan_total(const struct plan *, const char *);

#endif

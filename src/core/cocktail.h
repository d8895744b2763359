/*
 * A cocktail: the patient, the components, the area and technique.  This
 * is what a cocktail file (mesomix-cocktail(5)) holds, what the composer
 * edits, and what the plan and safety engines read.  Components are
 * resolved against the formulary (store_cocktail_resolve) before a plan.
 */
#ifndef MESO_COCKTAIL_H
#define MESO_COCKTAIL_H

#include <stddef.h>
#include <stdint.h>

#include "finding.h"
#include "units.h"

#define COCKTAIL_MAX_COMPONENTS	16
#define COMPONENT_MAX_CONTENTS	8
#define PATIENT_MAX_CODES	16
#define NAME_LEN		128

#define COCKTAIL_FORMAT		"mesomix-cocktail/1"

/* One ingredient inside a component (a product may hold several). */
struct content {
	char		 ingredient[CODE_LEN];
	int		 active;	/* 0: excipient */
	int64_t		 strength;	/* per mL, in unit; -1 unknown */
	enum unit	 unit;
	char		 origin[32];	/* "" unknown */
};

struct component {
	char		 code[CODE_LEN];	/* product or ingredient code */
	int		 is_product;
	char		 name[NAME_LEN];	/* filled on resolve */
	/* Strength given in the file for a bare ingredient, -1 if none. */
	int64_t		 given_strength;
	enum unit	 given_unit;
	int64_t		 volume_ul;	/* absolute amount, -1 if parts */
	int		 parts;		/* share, 0 if absolute */
	int		 line;		/* line in the source file, 0 unknown */
	/* Filled on resolve. */
	struct content	 contents[COMPONENT_MAX_CONTENTS];
	size_t		 ncontents;
	int		 ph_min_c;	/* centi-pH, -1 unknown */
	int		 ph_max_c;
	int		 oily;
};

/* Pregnancy as recorded: not recorded, or a clinician's answer. */
enum pregnancy {
	PREGNANCY_UNRECORDED = 0,
	PREGNANCY_NO,		/* "not-pregnant" */
	PREGNANCY_YES		/* "pregnant" (as the condition "pregnancy") */
};

#define PATIENT_TEXT_LEN	256

struct patient {
	char		 id[65];
	char		 name[NAME_LEN];
	int		 age;		/* years, -1 unknown */
	char		 sex[8];	/* "" unknown */
	int64_t		 weight_g;	/* -1 unknown */
	enum pregnancy	 pregnancy;
	/* What the vocabulary has no code for: kept, shown, never checked. */
	char		 other_allergies[PATIENT_TEXT_LEN];
	char		 other_medications[PATIENT_TEXT_LEN];
	char		 allergies[PATIENT_MAX_CODES][CODE_LEN];
	size_t		 nallergies;
	char		 conditions[PATIENT_MAX_CODES][CODE_LEN];
	size_t		 nconditions;
	char		 medications[PATIENT_MAX_CODES][CODE_LEN];
	size_t		 nmedications;
};

struct cocktail {
	char		 name[NAME_LEN * 2];
	char		 indication[CODE_LEN];
	int		 has_patient;
	struct patient	 patient;
	struct component components[COCKTAIL_MAX_COMPONENTS];
	size_t		 ncomponents;
	char		 area[CODE_LEN];	/* "" none */
	char		 technique[CODE_LEN];
	char		 needle[CODE_LEN];	/* "": the technique's */
	/* Overrides of the formulary's defaults; -1 when not given. */
	int64_t		 surface_cm2;
	int64_t		 spacing_um;
	int64_t		 volume_per_point_ul;
	int64_t		 depth_um;
	int64_t		 syringe_ul;
	int64_t		 threads;
	int64_t		 thread_length_mm;
	int64_t		 volume_per_cm_ul;
	int64_t		 volume_per_cm2_ul;
	int64_t		 overage_pct;	/* percent, -1 none */
	int64_t		 total_ul;	/* fixed total, -1 none */
	int64_t		 points;	/* fixed number of points, -1 none */
	int64_t		 delivered_ul;	/* fixed volume delivered, -1 none */
};

void	cocktail_init(struct cocktail *);
void	patient_init(struct patient *);
/* Add a component; returns it, or NULL when the cocktail is full. */
struct component *cocktail_add(struct cocktail *, const char *, int);
void	cocktail_remove(struct cocktail *, size_t);
/* Number of products (components that are formulary products or stock ingredients). */
size_t	cocktail_count_products(const struct cocktail *);
int	cocktail_has_parts(const struct cocktail *);
/* Name a component's active ingredients (or its code) in a finding. */
void	finding_actives(struct finding *, const struct component *);
int	patient_has(const char (*)[CODE_LEN], size_t, const char *);
/* Add a code to one of the patient's lists; -1 when full or present. */
int	patient_add_code(char (*)[CODE_LEN], size_t *, const char *);

#endif

/*
 * Facts: what the formulary says about the ingredients present in one
 * cocktail, its area, technique and syringe.  The store fills this
 * (store_facts_load) with only what the cocktail needs; the engines read
 * it and hold no medical data of their own.
 */
#ifndef MESO_FACTS_H
#define MESO_FACTS_H

#include <stddef.h>
#include <stdint.h>

#include "finding.h"
#include "units.h"

#define SOURCE_LEN 384
#define MESSAGE_LEN 512

struct fact_ingredient {
	char		 code[CODE_LEN];
	char		 name[128];
	char		 grp[CODE_LEN];
	int		 excipient;
	char		 origin[32];
	int		 ph_min_c, ph_max_c;	/* -1 unknown */
	int		 oily;
	int		 light_sensitive;	/* -1 unknown */
	char		 source[SOURCE_LEN];
};

/* An ingredient's membership of an allergen class. */
struct fact_allergen {
	char		 ingredient[CODE_LEN];
	char		 class[CODE_LEN];
	enum severity	 severity;
	char		 message[MESSAGE_LEN];
	char		 source[SOURCE_LEN];
};

struct fact_cross {
	char		 from[CODE_LEN];
	char		 to[CODE_LEN];
	enum severity	 severity;
	char		 message[MESSAGE_LEN];
	char		 source[SOURCE_LEN];
};

enum compat_operand { OP_INGREDIENT, OP_GROUP, OP_ANY };
enum compat_verdict { CV_COMPATIBLE, CV_INCOMPATIBLE, CV_CAUTION, CV_CONFLICTING };
enum compat_cond { CC_NONE, CC_RATIO, CC_PH, CC_CONC };

struct fact_compat {
	int64_t			 id;
	enum compat_operand	 a_kind, b_kind;
	char			 a[CODE_LEN], b[CODE_LEN];
	enum compat_verdict	 verdict;
	enum compat_cond	 cond;
	int64_t			 ratio_max;	/* b:a volume ratio x 1000 */
	int			 ph_below_c;	/* centi-pH */
	int64_t			 conc_max;	/* per mL, in the ingredient's unit */
	enum finding_kind	 kind;
	char			 evidence[16];
	char			 message[MESSAGE_LEN];
	char			 source[SOURCE_LEN];
};

enum mix_rule_code { MIX_MAX_PRODUCTS, MIX_PH_WINDOW, MIX_OILY };

struct fact_mix {
	enum mix_rule_code	 code;
	int			 has_min, has_max;
	int64_t			 min_x100, max_x100;	/* value x 100 */
	enum severity		 severity;
	enum finding_kind	 kind;
	char			 message[MESSAGE_LEN];
	char			 source[SOURCE_LEN];
};

enum contra_level { CL_ABSOLUTE, CL_RELATIVE, CL_INFO };

/* What a contraindication is about: a condition, a medication, an age. */
enum contra_type { CT_CONDITION, CT_MEDICATION, CT_AGE_UNDER, CT_AGE_OVER };

struct fact_contra {
	long long	 id;		/* contraindication.id or age_rule.id */
	enum contra_type type;
	int		 age;		/* CT_AGE_*: the patient's age */
	int		 age_limit;	/* CT_AGE_*: below_age or above_age */
	char		 condition[CODE_LEN];	/* "" when medication */
	char		 medication[CODE_LEN];
	char		 ingredient[CODE_LEN];	/* "" */
	char		 grp[CODE_LEN];		/* "" ; both "": every mix */
	enum contra_level level;
	char		 message[MESSAGE_LEN];
	char		 source[SOURCE_LEN];
};

struct fact_dose {
	long long	 id;
	char		 ingredient[CODE_LEN];
	enum unit	 unit;
	char		 requires[CODE_LEN];
	char		 unless[CODE_LEN];
	int64_t		 max_session;	/* in unit (ug or mu), -1 none */
	int64_t		 max_per_kg;
	int64_t		 max_per_point;
	int64_t		 max_conc;	/* per mL */
	enum severity	 severity;
	char		 message[MESSAGE_LEN];
	char		 source[SOURCE_LEN];
};

enum geometry { GEO_GRID, GEO_LINEAR, GEO_SURFACE };

struct fact_technique {
	char		 code[CODE_LEN];
	char		 name[128];
	enum geometry	 geometry;
	int64_t		 depth_min_um, depth_max_um;	/* -1 unknown */
	int64_t		 spacing_um;
	int64_t		 volume_per_point_ul;
	int64_t		 volume_per_cm_ul;
	int64_t		 volume_per_cm2_ul;
	/*
	 * Sourced ranges the plan holds its figures to; -1 where the
	 * formulary has none (no finding then).  facts_init sets them -1.
	 */
	int64_t		 volume_per_point_min_ul, volume_per_point_max_ul;
	int64_t		 spacing_min_um, spacing_max_um;
	char		 source[SOURCE_LEN];
};

struct fact_area {
	char		 code[CODE_LEN];
	char		 name[128];
	int64_t		 surface_cm2;	/* -1 unknown */
	int64_t		 max_depth_um;	/* -1 unknown */
	int		 above_clavicles;
	/* The area-technique pair: allowed, and its own defaults. */
	int		 technique_allowed;	/* -1 no technique given */
	int64_t		 pair_spacing_um;
	int64_t		 pair_volume_per_point_ul;
	/* The usual most for one session with this technique, -1 none. */
	int64_t		 pair_max_delivered_ul;
	char		 source[SOURCE_LEN];
	char		 pair_source[SOURCE_LEN];
};

struct fact_syringe {
	char		 code[CODE_LEN];
	char		 name[128];
	int64_t		 capacity_ul;
	int64_t		 graduation_ul;	/* -1 unknown */
	int64_t		 dead_space_ul;	/* -1 unknown */
	char		 source[SOURCE_LEN];
};

struct fact_needle {
	char		 code[CODE_LEN];
	int64_t		 dead_space_ul;	/* -1 unknown */
	char		 source[SOURCE_LEN];
};

#define FACTS_ARRAY(type, name) type *name; size_t n_##name; size_t cap_##name

struct facts {
	FACTS_ARRAY(struct fact_ingredient, ingredients);
	FACTS_ARRAY(struct fact_allergen, allergens);
	FACTS_ARRAY(struct fact_cross, cross);
	FACTS_ARRAY(struct fact_compat, compat);
	FACTS_ARRAY(struct fact_mix, mix);
	FACTS_ARRAY(struct fact_contra, contra);
	FACTS_ARRAY(struct fact_dose, dose);
	int			 has_technique;
	struct fact_technique	 technique;
	int			 has_area;
	struct fact_area	 area;
	/* Every syringe of the formulary; the plan picks one. */
	FACTS_ARRAY(struct fact_syringe, syringes);
	int			 has_needle;
	struct fact_needle	 needle;
	/* The patient's allergies as canonical allergen classes or ingredient codes. */
	char			 allergies[16][CODE_LEN];
	size_t			 nallergies;
};

void	 facts_init(struct facts *);
void	 facts_free(struct facts *);
/* Append a zeroed element to one of the arrays; returns it. */
void	*facts_push(void **, size_t *, size_t *, size_t);
#define FACTS_PUSH(f, name) \
	((__typeof__((f)->name))facts_push((void **)&(f)->name, \
	    &(f)->n_##name, &(f)->cap_##name, sizeof *(f)->name))
const struct fact_ingredient *facts_ingredient(const struct facts *,
	    const char *);

#endif

/*
 * Safety findings: what the engines report.  A finding is a stable id with
 * arguments, never prose: its severity and kind (the public vocabulary of
 * mesomix-cocktail(5) and `mesomix check`), the rule of the formulary it
 * comes from ("dose_limit:4"), the components it concerns, typed figures
 * (amounts, volumes, counts, codes), the rule's own sourced note and its
 * sources.  Words are made from it only where a person reads them
 * (io/finding_text.c): the JSON report carries the id and the figures, so
 * it never changes with the reader's language, and a verification can sign
 * what was found.
 */
#ifndef MESO_FINDING_H
#define MESO_FINDING_H

#include <stddef.h>
#include <stdint.h>

#include "core/units.h"

#define SEVERITY_LIST \
	X(SEV_INFO, "info", "INFO", "i") \
	X(SEV_CAUTION, "caution", "CAUTION", "!") \
	X(SEV_BLOCK, "block", "BLOCK", "X")

enum severity {
#define X(id, name, word, glyph) id,
	SEVERITY_LIST
#undef X
};

#define KIND_LIST \
	X(KIND_INCOMPATIBILITY, "incompatibility") \
	X(KIND_ALLERGY, "allergy") \
	X(KIND_CONTRAINDICATION, "contraindication") \
	X(KIND_INTERACTION, "interaction") \
	X(KIND_DOSE, "dose") \
	X(KIND_COUNT, "count") \
	X(KIND_NO_DATA, "no-data") \
	X(KIND_TECHNIQUE, "technique") \
	X(KIND_STABILITY, "stability")

enum finding_kind {
#define X(id, name) id,
	KIND_LIST
#undef X
};

/*
 * Every kind of finding the engines make: X(id, name).  The name is the
 * stable "id" of the JSON report (never translated, never renamed); the
 * words for each are in io/finding_text.c.  Append new ids anywhere: only
 * the names are public.
 */
#define FINDING_ID_LIST \
	X(F_COMPAT, "compat") \
	X(F_COMPAT_CONFLICTING, "compat-conflicting") \
	X(F_COMPAT_NO_DATA, "compat-no-data") \
	X(F_MIX_MAX_PRODUCTS, "mix-max-products") \
	X(F_MIX_PH_WINDOW, "mix-ph-window") \
	X(F_MIX_OILY, "mix-oily") \
	X(F_LIGHT_SENSITIVE, "light-sensitive") \
	X(F_ALLERGY_INGREDIENT, "allergy-ingredient") \
	X(F_ALLERGY_CLASS, "allergy-class") \
	X(F_ALLERGY_CROSS, "allergy-cross") \
	X(F_ALLERGY_ORIGIN, "allergy-origin") \
	X(F_ALLERGY_ORIGIN_CROSS, "allergy-origin-cross") \
	X(F_CONTRA_CONDITION, "contraindication") \
	X(F_CONTRA_MEDICATION, "interaction") \
	X(F_CONTRA_AGE_UNDER, "age-under") \
	X(F_CONTRA_AGE_OVER, "age-over") \
	X(F_DOSE_NO_STRENGTH_PRODUCT, "dose-no-strength-product") \
	X(F_DOSE_NO_STRENGTH, "dose-no-strength") \
	X(F_DOSE_UNITS_DIFFER, "dose-units-differ") \
	X(F_DOSE_SESSION, "dose-session") \
	X(F_DOSE_PER_KG, "dose-per-kg") \
	X(F_DOSE_PER_KG_NO_WEIGHT, "dose-per-kg-no-weight") \
	X(F_DOSE_CONC, "dose-concentration") \
	X(F_DOSE_PER_POINT, "dose-per-point") \
	X(F_PLAN_TECHNIQUE_AREA, "plan-technique-area") \
	X(F_PLAN_DEPTH_RANGE, "plan-depth-range") \
	X(F_PLAN_DEPTH_AREA, "plan-depth-area") \
	X(F_PLAN_SYRINGE_UNKNOWN, "plan-syringe-unknown") \
	X(F_PLAN_PARTS_EMPTY, "plan-parts-empty") \
	X(F_PLAN_MIX_SHORT, "plan-mix-short") \
	X(F_PLAN_BELOW_MARKS, "plan-below-marks") \
	X(F_PLAN_ROUNDING, "plan-rounding") \
	X(F_PLAN_ROUNDING_SHORT, "plan-rounding-short") \
	X(F_PLAN_TOTAL_CONFLICT, "plan-total-conflict") \
	X(F_PLAN_DELIVERED_CONFLICT, "plan-delivered-conflict") \
	X(F_PLAN_POINTS_CONFLICT, "plan-points-conflict") \
	X(F_PLAN_LEFTOVER, "plan-leftover") \
	X(F_PLAN_FIGURE_RANGE, "plan-figure-range") \
	X(F_PLAN_POINTS_UNKNOWN, "plan-points-unknown") \
	X(F_PLAN_ROUNDED_DOWN, "plan-rounded-down") \
	X(F_PLAN_UNROUNDED, "plan-unrounded") \
	X(F_PLAN_DEAD_SPACE_ALL, "plan-dead-space-all")

enum finding_id {
#define X(id, name) id,
	FINDING_ID_LIST
#undef X
	F__COUNT
};

/*
 * A figure of a finding.  The name is its key in the JSON report's
 * "figures" (with the unit appended: "amount" -> "amount_mg") and its
 * placeholder in the words ("{amount}").
 */
enum farg_type {
	FA_CODE,	/* a formulary code: s */
	FA_TEXT,	/* a short text from data (a name): s */
	FA_INT,		/* a count: v */
	FA_AMOUNT,	/* v in ng (UNIT_UG) or micro-units (UNIT_MU) */
	FA_VOLUME,	/* v in uL */
	FA_LENGTH,	/* v in um, shown in mm */
	FA_PH,		/* v in centi-pH */
	FA_X100,	/* v x 100, a plain number (a count limit) */
	FA_PERCENT,	/* v in percent, signed */
	FA_WEIGHT,	/* v in g, shown in kg */
	FA_OSMOLALITY,	/* v in mOsm/kg (or mOsmol/L) */
	FA_FLAG		/* v != 0: a condition the words test ([[{flag}...]]) */
};

#define FINDING_MAX_CODES	4
#define FINDING_MAX_ARGS	8
#define FINDING_ARG_LEN		64
#define CODE_LEN		64
#define FINDING_RULE_LEN	64
#define FINDING_NOTE_LEN	512
#define FINDING_SOURCE_LEN	768

struct finding_arg {
	const char	*name;		/* static string */
	enum farg_type	 type;
	enum unit	 unit;		/* FA_AMOUNT */
	int64_t		 v;
	char		 s[FINDING_ARG_LEN];
};

struct finding {
	enum finding_id		 id;
	enum severity		 severity;
	enum finding_kind	 kind;
	/* The formulary row it applies: "dose_limit:4"; "" when none. */
	char			 rule[FINDING_RULE_LEN];
	char			 codes[FINDING_MAX_CODES][CODE_LEN];
	size_t			 ncodes;
	struct finding_arg	 args[FINDING_MAX_ARGS];
	size_t			 nargs;
	/* The rule's own message, as sourced (never translated). */
	char			 note[FINDING_NOTE_LEN];
	char			 source[FINDING_SOURCE_LEN];
};

struct findings {
	struct finding		*v;
	size_t			 n;
	size_t			 cap;
};

const char	*severity_name(enum severity);
const char	*severity_word(enum severity);
const char	*severity_glyph(enum severity);
int		 severity_from_name(const char *, enum severity *);
const char	*kind_name(enum finding_kind);
const char	*finding_id_name(enum finding_id);

/* Building one finding, then adding it (findings_push). */
void		 finding_init(struct finding *, enum finding_id,
		    enum severity, enum finding_kind);
void		 finding_rule(struct finding *, const char *, long long);
void		 finding_rule_code(struct finding *, const char *,
		    const char *);
void		 finding_code(struct finding *, const char *);
void		 finding_arg(struct finding *, const char *, enum farg_type,
		    int64_t);
void		 finding_arg_amount(struct finding *, const char *, int64_t,
		    enum unit);
void		 finding_arg_str(struct finding *, const char *,
		    enum farg_type, const char *);
void		 finding_note(struct finding *, const char *);
/* Add a source, once ("a; b"). */
void		 finding_source(struct finding *, const char *);
const struct finding_arg *finding_get_arg(const struct finding *,
		    const char *);

void		 findings_init(struct findings *);
void		 findings_free(struct findings *);
void		 findings_clear(struct findings *);
/*
 * Add a copy of a finding; the same finding reached twice (same id, rule,
 * components and figures: a product and its twin) is kept once.  Returns
 * the stored finding, valid until the next push.
 */
struct finding	*findings_push(struct findings *, const struct finding *);
/* Highest severity, or -1 when empty. */
int		 findings_verdict(const struct findings *);
/* Sort: block, caution, info; stable within a severity. */
void		 findings_sort(struct findings *);

#endif

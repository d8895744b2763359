/*
 * Reports as JSON: the `plan` object and the check report of
 * `mesomix check --format json` (see VOCABULARY: verdict, findings, plan).
 * Numbers carry the precision the text output shows, so the two agree.
 */
#ifndef MESO_JSON_REPORT_H
#define MESO_JSON_REPORT_H

#include <jansson.h>

#include "core/cocktail.h"
#include "core/finding.h"
#include "core/plan.h"

#define REPORT_JSON_FLAGS (JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(12))

/* A number from its text form ("0.5", "12"). */
json_t	*json_report_number(const char *);
json_t	*json_report_plan(const struct cocktail *, const struct plan *);
json_t	*json_report_findings(const struct findings *);
json_t	*json_report_totals(const struct plan *);
/* The whole report; plan may be NULL. */
json_t	*json_report_check(const struct cocktail *, const struct plan *,
	    const struct findings *);
/* The verdict word of a findings list: ok, caution, block. */
const char *json_report_verdict(const struct findings *);

/* Display forms shared by text and JSON output. */
char	*report_fmt_amount(char *, size_t, int64_t, enum unit);	/* mg or units */
char	*report_fmt_conc(char *, size_t, int64_t, enum unit);	/* per mL */
/* The main active of a component: the one with the largest known amount. */
const struct plan_dose *report_main_dose(const struct plan_component *);

#endif

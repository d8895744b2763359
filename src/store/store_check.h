/*
 * One call from a cocktail to its plan and findings: resolve the codes,
 * load the facts the cocktail needs, plan, check.  The CLI and the TUI
 * both use it; the TUI calls it on every change.
 */
#ifndef MESO_STORE_CHECK_H
#define MESO_STORE_CHECK_H

#include "core/cocktail.h"
#include "core/error.h"
#include "core/finding.h"
#include "core/plan.h"
#include "store/db.h"

enum check_status {
	CHECK_OK = 0,		/* plan and findings computed */
	CHECK_BAD_INPUT,	/* an unknown code or an absurd plan: err says (65) */
	CHECK_DB_ERROR,		/* db->err says (70) */
	/*
	 * Nothing pins the mix: err names the figure the plan needs; the
	 * findings are computed all the same, on the mix as given (the plan
	 * holds it, mix_known 0).
	 */
	CHECK_NO_PLAN
};

/*
 * Resolve c in place, then plan and check.  has_plan is set when the
 * plan's volumes are meaningful (always, unless parts lack a total).
 * findings holds the plan's and the safety engine's findings, sorted.
 */
enum check_status store_check(struct db *, struct cocktail *, struct plan *,
		    struct findings *, struct meso_error *);

#endif

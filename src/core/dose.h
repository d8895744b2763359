/*
 * Doses: the amount of every ingredient in a planned mix, from one
 * computation.  An amount drawn into the mix gives, for the plan:
 *
 *   final concentration = drawn / mix drawn
 *   injectable          = drawn x (mix drawn - dead space) / mix drawn
 *   delivered           = drawn x planned delivery / mix drawn (at most
 *                         the injectable)
 *   per point           = drawn x planned delivery / mix drawn / points
 *   per kg              = injectable / weight
 *
 * The component rows, the whole-mix totals, the safety engine, the text
 * and JSON reports and the composer all read these figures: none computes
 * its own.  Limits are held against the injectable amount.
 */
#ifndef MESO_DOSE_H
#define MESO_DOSE_H

#include <stddef.h>
#include <stdint.h>

#include "cocktail.h"
#include "facts.h"
#include "plan.h"

/* The figures of an amount drawn (ng or micro-units) in plan p. */
void	dose_amounts(const struct cocktail *, const struct plan *, int64_t,
	    struct plan_amounts *);

/* Every component's doses and every ingredient's total, for plan p. */
void	dose_fill(const struct cocktail *, struct plan *);

/*
 * Would the mix whose component i holds vol[i] uL (in all its syringes),
 * with dead_ul lost to dead space, take the ingredient of limit r past it
 * (session or per kg on the injectable amount, or concentration)?  The
 * plan asks before it rounds a volume up.
 */
int	dose_crosses(const struct cocktail *, const struct fact_dose *,
	    const int64_t *, int64_t);

#endif

/*
 * The findings engine: every reason not to give this mix to this patient.
 * Compatibility of each pair, whole-mix rules, allergies through classes,
 * cross-reactivity, origins and excipients, contraindications and
 * interactions, dose limits.  It applies what the facts say; it knows no
 * product, limit or rule of its own.
 */
#ifndef MESO_SAFETY_H
#define MESO_SAFETY_H

#include "cocktail.h"
#include "facts.h"
#include "finding.h"
#include "plan.h"

void	safety_check(const struct cocktail *, const struct facts *,
	    const struct plan *, struct findings *);

void	safety_compat(const struct cocktail *, const struct facts *,
	    const struct plan *, struct findings *);
void	safety_mix(const struct cocktail *, const struct facts *,
	    struct findings *);
void	safety_allergy(const struct cocktail *, const struct facts *,
	    struct findings *);
void	safety_contra(const struct cocktail *, const struct facts *,
	    struct findings *);
void	safety_dose(const struct cocktail *, const struct facts *,
	    const struct plan *, struct findings *);

#endif

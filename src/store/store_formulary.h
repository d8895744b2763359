/*
 * Queries that fill core structs from the formulary: resolving a
 * cocktail's codes, loading the facts one check needs (and no more),
 * search, templates.
 */
#ifndef MESO_STORE_FORMULARY_H
#define MESO_STORE_FORMULARY_H

#include <stddef.h>

#include "core/cocktail.h"
#include "core/error.h"
#include "core/facts.h"
#include "store/db.h"

/*
 * Check every code of the cocktail against the formulary and fill each
 * component's contents, name and pH.  0 on success; -1 with err filled
 * when a code is unknown (65), -2 on a database error (db->err).
 */
int	store_cocktail_resolve(struct db *, struct cocktail *,
	    struct meso_error *);
/* Load the facts the cocktail needs; 0, or -1 on a database error. */
int	store_facts_load(struct db *, const struct cocktail *, struct facts *);

struct search_hit {
	char	 code[CODE_LEN];
	char	 name[128];
	int	 is_product;
};

/* Search codes, names and synonyms; returns the number of hits (<= max), -1 on error. */
int	store_search(struct db *, const char *, struct search_hit *, size_t);

/* Fill a cocktail from an indication's template; -1 unknown, -2 db error. */
int	store_template_load(struct db *, const char *, struct cocktail *);

/* Is code a row of table (a vocabulary table: area, technique, ...)? */
int	store_code_exists(struct db *, const char *, const char *);
/* The canonical allergen class for a patient allergy code, or "" if unknown. */
int	store_allergy_canonical(struct db *, const char *, char *, size_t);

/* A list of (code, name) of one vocabulary table, for pickers. */
struct code_name {
	char	 code[CODE_LEN];
	char	 name[128];
};
int	store_vocabulary(struct db *, const char *, struct code_name **,
	    size_t *);

#endif

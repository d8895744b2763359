/*
 * The formulary as JSON, for its keeper: export every formulary table,
 * import (validate every row, replace all in one transaction), and the
 * rows that `formulary show` and `formulary list` print.
 */
#ifndef MESO_STORE_EXCHANGE_H
#define MESO_STORE_EXCHANGE_H

#include <jansson.h>
#include "core/error.h"

#include "store/db.h"

#define FORMULARY_FORMAT "mesomix-formulary/1"

/* The whole formulary; NULL on error (db->err). */
json_t	*store_formulary_export(struct db *);

/* Replace the formulary; 0, -1 bad data (err), -2 database error. */
int	 store_formulary_import(struct db *, json_t *, struct meso_error *);

/* Everything known of a code, with sources; NULL unknown, -> db->err on error. */
json_t	*store_formulary_show(struct db *, const char *, int *);
/* Ingredients and products, optionally of one group; NULL on error. */
json_t	*store_formulary_list(struct db *, const char *);

#endif

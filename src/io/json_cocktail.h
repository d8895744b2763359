/*
 * Cocktail files (mesomix-cocktail(5)): parse with jansson, validate
 * strictly, report file, line and field; write a cocktail back as JSON.
 */
#ifndef MESO_JSON_COCKTAIL_H
#define MESO_JSON_COCKTAIL_H

#include <stddef.h>

#include "core/cocktail.h"
#include "core/error.h"

/* Parse text into a cocktail; 0, or -1 with err filled. */
int	 json_cocktail_parse(const char *, size_t, struct cocktail *,
	    struct meso_error *);
/*
 * The line of a field path ("components[1].ml") in a JSON text, or of its
 * nearest parent; 0 when not found.
 */
int	 json_field_line(const char *, const char *);
/* A cocktail as JSON text (caller frees), in the file format. */
char	*json_cocktail_dump(const struct cocktail *);

#endif

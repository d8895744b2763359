/*
 * Fuzz target: json_cocktail_parse() and json_field_line() on arbitrary
 * bytes.  A cocktail that parses is dumped and must read back the same
 * (the round trip check_json promises); a difference aborts.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/cocktail.h"
#include "io/json_cocktail.h"

#include "fuzz_common.h"

static const char *const paths[] = {
	"", "format", "name", "patient", "patient.allergies[0]",
	"patient.weight_kg", "components", "components[0]",
	"components[0].ml", "components[1].parts", "components[15].product",
	"surface_cm2", "a.b.c[3][4].d", "[0]", ".", "[",
	NULL
};

static void
roundtrip(const struct cocktail *c)
{
	static struct cocktail	c2;
	struct meso_error	e2;
	char			*dump;

	dump = json_cocktail_dump(c);
	if (json_cocktail_parse(dump, strlen(dump), &c2, &e2) != 0) {
		fprintf(stderr, "round trip: dump does not parse: %s: %s\n"
		    "%s\n", e2.field, e2.message, dump);
		abort();
	}
	/* Lines differ (the dump is indented anew): compare without them. */
	{
		size_t	i;

		if (c2.ncomponents != c->ncomponents)
			abort();
		for (i = 0; i < c->ncomponents; i++)
			c2.components[i].line = c->components[i].line;
	}
	if (memcmp(c, &c2, sizeof *c) != 0) {
		fprintf(stderr, "round trip: cocktail differs after dump:\n%s\n",
		    dump);
		abort();
	}
	free(dump);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct cocktail	c;
	struct meso_error	err;
	char			*text, field[200];
	size_t			 i;

	text = fuzz_text(data, size);
	if (json_cocktail_parse(text, size, &c, &err) == 0)
		roundtrip(&c);
	for (i = 0; paths[i] != NULL; i++)
		(void)json_field_line(text, paths[i]);
	/* A path taken from the input itself (its first line, cut short). */
	snprintf(field, sizeof field, "%s", text);
	field[strcspn(field, "\n")] = '\0';
	(void)json_field_line(text, field);
	free(text);
	return (0);
}

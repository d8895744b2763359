#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "xmalloc.h"

void
facts_init(struct facts *f)
{
	memset(f, 0, sizeof *f);
	/* Ranges the store may not fill: none known. */
	f->technique.volume_per_point_min_ul = -1;
	f->technique.volume_per_point_max_ul = -1;
	f->technique.spacing_min_um = -1;
	f->technique.spacing_max_um = -1;
	f->area.pair_max_delivered_ul = -1;
}

void
facts_free(struct facts *f)
{
	free(f->ingredients);
	free(f->allergens);
	free(f->cross);
	free(f->compat);
	free(f->mix);
	free(f->contra);
	free(f->dose);
	free(f->syringes);
	facts_init(f);
}

void *
facts_push(void **v, size_t *n, size_t *cap, size_t size)
{
	char	*p;

	if (*n == *cap) {
		*cap = *cap ? *cap * 2 : 8;
		*v = xreallocarray(*v, *cap, size);
	}
	p = (char *)*v + *n * size;
	memset(p, 0, size);
	(*n)++;
	return (p);
}

const struct fact_ingredient *
facts_ingredient(const struct facts *f, const char *code)
{
	size_t	i;

	for (i = 0; i < f->n_ingredients; i++)
		if (strcmp(f->ingredients[i].code, code) == 0)
			return (&f->ingredients[i]);
	return (NULL);
}

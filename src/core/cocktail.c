#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cocktail.h"

void
patient_init(struct patient *p)
{
	memset(p, 0, sizeof *p);
	p->age = -1;
	p->weight_g = -1;
}

void
cocktail_init(struct cocktail *c)
{
	memset(c, 0, sizeof *c);
	patient_init(&c->patient);
	c->surface_cm2 = -1;
	c->spacing_um = -1;
	c->volume_per_point_ul = -1;
	c->depth_um = -1;
	c->syringe_ul = -1;
	c->threads = -1;
	c->thread_length_mm = -1;
	c->volume_per_cm_ul = -1;
	c->volume_per_cm2_ul = -1;
	c->overage_pct = -1;
	c->total_ul = -1;
	c->points = -1;
	c->delivered_ul = -1;
}

struct component *
cocktail_add(struct cocktail *c, const char *code, int is_product)
{
	struct component	*cp;

	if (c->ncomponents >= COCKTAIL_MAX_COMPONENTS)
		return (NULL);
	cp = &c->components[c->ncomponents++];
	memset(cp, 0, sizeof *cp);
	snprintf(cp->code, sizeof cp->code, "%s", code);
	cp->is_product = is_product;
	cp->given_strength = -1;
	cp->volume_ul = -1;
	cp->ph_min_c = -1;
	cp->ph_max_c = -1;
	return (cp);
}

void
cocktail_remove(struct cocktail *c, size_t i)
{
	if (i >= c->ncomponents)
		return;
	memmove(&c->components[i], &c->components[i + 1],
	    (c->ncomponents - i - 1) * sizeof c->components[0]);
	c->ncomponents--;
}

size_t
cocktail_count_products(const struct cocktail *c)
{
	return (c->ncomponents);
}

int
cocktail_has_parts(const struct cocktail *c)
{
	size_t	i;

	for (i = 0; i < c->ncomponents; i++)
		if (c->components[i].parts > 0)
			return (1);
	return (0);
}

int
patient_has(const char (*list)[CODE_LEN], size_t n, const char *code)
{
	size_t	i;

	for (i = 0; i < n; i++)
		if (strcmp(list[i], code) == 0)
			return (1);
	return (0);
}

int
patient_add_code(char (*list)[CODE_LEN], size_t *n, const char *code)
{
	if (*n >= PATIENT_MAX_CODES || patient_has(list, *n, code))
		return (-1);
	snprintf(list[(*n)++], CODE_LEN, "%s", code);
	return (0);
}

void
finding_actives(struct finding *fd, const struct component *cp)
{
	size_t	i;
	int	any = 0;

	for (i = 0; i < cp->ncontents; i++) {
		if (!cp->contents[i].active)
			continue;
		finding_code(fd, cp->contents[i].ingredient);
		any = 1;
	}
	if (!any)
		finding_code(fd, cp->code);
}

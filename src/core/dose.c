#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dose.h"

static struct plan_total *dose_total(struct plan *, const char *);
static void	dose_component(const struct cocktail *, struct plan *,
		    struct plan_component *);
static void	dose_totals(const struct cocktail *, struct plan *);

static int64_t
dose_weight(const struct cocktail *c)
{
	return (c->has_patient && c->patient.weight_g > 0 ?
	    c->patient.weight_g : -1);
}

void
dose_amounts(const struct cocktail *c, const struct plan *p, int64_t drawn,
    struct plan_amounts *a)
{
	int64_t	mix = p->total_ul, inj = p->injectable_ul, del, w;

	w = dose_weight(c);
	a->drawn = drawn;
	a->final_conc = a->delivered = a->per_point = a->per_kg = -1;
	if (!p->mix_known) {
		/* No plan: no syringe, no concentration; all of it counts. */
		a->injectable = drawn;
		if (w > 0)
			a->per_kg = units_muldiv_round(drawn, 1000, w);
		return;
	}
	if (mix <= 0) {
		a->injectable = a->delivered = a->final_conc = 0;
		a->per_kg = w > 0 ? 0 : -1;
		return;
	}
	/* uL x ng/mL / 1000 = ng: every figure from drawn, rounded once. */
	a->final_conc = units_muldiv_round(drawn, 1000, mix);
	a->injectable = units_muldiv_round(drawn, inj, mix);
	del = p->delivered_ul < inj ? p->delivered_ul : inj;
	a->delivered = units_muldiv_round(drawn, del, mix);
	if (p->has_geometry && p->geometry == GEO_GRID && p->points > 0)
		a->per_point = units_div_round(units_muldiv_round(drawn,
		    p->delivered_ul, mix), p->points);
	if (w > 0)
		a->per_kg = units_muldiv_round(a->injectable, 1000, w);
}

static void
dose_component(const struct cocktail *c, struct plan *p,
    struct plan_component *pc)
{
	const struct component	*cp = &c->components[pc->index];
	const struct content	*ct;
	struct plan_dose	*d;
	size_t			 j;

	pc->ndoses = 0;
	for (j = 0; j < cp->ncontents && j < COMPONENT_MAX_CONTENTS; j++) {
		ct = &cp->contents[j];
		d = &pc->doses[pc->ndoses++];
		memset(d, 0, sizeof *d);
		snprintf(d->ingredient, sizeof d->ingredient, "%s",
		    ct->ingredient);
		d->active = ct->active;
		d->unit = ct->unit;
		d->per_point = d->per_kg = d->final_conc = -1;
		d->a.final_conc = d->a.per_point = d->a.per_kg = -1;
		d->a.injectable = d->a.delivered = -1;
		if (ct->strength < 0 || ct->unit == UNIT_NONE)
			continue;
		d->known = 1;
		if (pc->volume_ul < 0) {
			/* No plan, a component in parts: no volume yet. */
			d->amount = d->a.drawn = -1;
			continue;
		}
		/* uL x ug/mL = ng; uL x mu/mL = micro-units. */
		dose_amounts(c, p, pc->volume_ul * ct->strength, &d->a);
		d->amount = d->a.drawn;
		d->final_conc = d->a.final_conc;
		d->per_point = d->a.per_point;
		d->per_kg = d->a.per_kg;
	}
}

static struct plan_total *
dose_total(struct plan *p, const char *code)
{
	struct plan_total	*t;
	size_t			 k;

	for (k = 0; k < p->ntotals; k++)
		if (strcmp(p->totals[k].ingredient, code) == 0)
			return (&p->totals[k]);
	t = &p->totals[p->ntotals++];
	memset(t, 0, sizeof *t);
	snprintf(t->ingredient, sizeof t->ingredient, "%s", code);
	t->known = 1;
	t->unit = UNIT_NONE;
	return (t);
}

/*
 * Each ingredient over the whole mix: a product and a bare ingredient of
 * the same code add up, for every limit (session, per kg, per point,
 * concentration) and every rule on concentration or ratio.
 */
static void
dose_totals(const struct cocktail *c, struct plan *p)
{
	const struct plan_component	*pc;
	const struct plan_dose		*d;
	struct plan_total		*t;
	struct plan_amounts		 a;
	size_t				 i, j, k;

	p->ntotals = 0;
	for (i = 0; i < p->ncomponents; i++) {
		pc = &p->components[i];
		for (j = 0; j < pc->ndoses; j++) {
			d = &pc->doses[j];
			t = dose_total(p, d->ingredient);
			if (pc->volume_ul > 0)
				t->volume_ul += pc->volume_ul;
			if (!d->known) {
				if (t->known > 0)
					t->known = 0;
				continue;
			}
			if (t->unit != UNIT_NONE && t->unit != d->unit) {
				/* Never add mass to units. */
				t->known = -1;
				continue;
			}
			t->unit = d->unit;
			if (d->amount < 0)
				t->partial = 1;
			else
				t->drawn += d->amount;
		}
	}
	for (k = 0; k < p->ntotals; k++) {
		t = &p->totals[k];
		dose_amounts(c, p, t->drawn, &a);
		t->injectable = a.injectable;
		t->delivered = a.delivered;
		t->final_conc = t->partial ? -1 : a.final_conc;
		t->per_point = a.per_point;
		t->per_kg = a.per_kg;
	}
}

void
dose_fill(const struct cocktail *c, struct plan *p)
{
	size_t	i;

	for (i = 0; i < p->ncomponents; i++)
		dose_component(c, p, &p->components[i]);
	dose_totals(c, p);
}

int
dose_crosses(const struct cocktail *c, const struct fact_dose *r,
    const int64_t *vol, int64_t dead_ul)
{
	const struct component	*cp;
	const struct content	*ct;
	int64_t			 drawn = 0, mix = 0, inj, conc, w;
	size_t			 i, j;

	for (i = 0; i < c->ncomponents; i++) {
		cp = &c->components[i];
		if (vol[i] <= 0)
			continue;
		mix += vol[i];
		for (j = 0; j < cp->ncontents; j++) {
			ct = &cp->contents[j];
			if (strcmp(ct->ingredient, r->ingredient) == 0 &&
			    ct->strength >= 0 && ct->unit == r->unit)
				drawn += vol[i] * ct->strength;
		}
	}
	if (mix <= 0 || drawn <= 0)
		return (0);
	inj = units_muldiv_round(drawn, mix > dead_ul ? mix - dead_ul : 0,
	    mix);
	conc = units_muldiv_round(drawn, 1000, mix);
	w = dose_weight(c);
	return ((r->max_session > 0 && inj > r->max_session * 1000) ||
	    (r->max_per_kg > 0 && w > 0 && inj > r->max_per_kg * w) ||
	    (r->max_conc > 0 && conc > r->max_conc * 1000));
}

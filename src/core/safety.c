#include "config.h"

#include <stdio.h>
#include <string.h>

#include "safety.h"

static const char	*grp_of(const struct facts *, const char *);
static int		 operand_match(const struct facts *,
			    enum compat_operand, const char *, const char *);
static int		 mix_has(const struct cocktail *, const char *);
static int		 mix_has_grp(const struct cocktail *,
			    const struct facts *, const char *);
static int64_t		 comp_conc(const struct plan *, size_t, const char *);
static int		 rule_applies(const struct cocktail *,
			    const struct plan *, const struct fact_compat *,
			    size_t, const char *, size_t, const char *);
static enum severity	 verdict_severity(enum compat_verdict);
static const char	*origin_of(const struct facts *, const struct content *);
static const char	*fmt_amount(char *, size_t, int64_t, enum unit);

static const char *
grp_of(const struct facts *f, const char *code)
{
	const struct fact_ingredient	*fi = facts_ingredient(f, code);

	return (fi != NULL ? fi->grp : "");
}

static int
operand_match(const struct facts *f, enum compat_operand kind,
    const char *operand, const char *code)
{
	switch (kind) {
	case OP_INGREDIENT:
		return (strcmp(operand, code) == 0);
	case OP_GROUP:
		return (strcmp(operand, grp_of(f, code)) == 0);
	case OP_ANY:
		return (1);
	}
	return (0);
}

static int
mix_has(const struct cocktail *c, const char *code)
{
	size_t	i, j;

	for (i = 0; i < c->ncomponents; i++)
		for (j = 0; j < c->components[i].ncontents; j++)
			if (strcmp(c->components[i].contents[j].ingredient,
			    code) == 0)
				return (1);
	return (0);
}

static int
mix_has_grp(const struct cocktail *c, const struct facts *f, const char *grp)
{
	size_t	i, j;

	for (i = 0; i < c->ncomponents; i++)
		for (j = 0; j < c->components[i].ncontents; j++)
			if (strcmp(grp_of(f,
			    c->components[i].contents[j].ingredient), grp) == 0)
				return (1);
	return (0);
}

/* Final concentration (ng/mL or micro-units/mL) of an ingredient from one component. */
static int64_t
comp_conc(const struct plan *p, size_t ci, const char *code)
{
	const struct plan_component	*pc;
	size_t				 i, j;

	if (p == NULL)
		return (-1);
	for (i = 0; i < p->ncomponents; i++) {
		pc = &p->components[i];
		if (pc->index != ci)
			continue;
		for (j = 0; j < pc->ndoses; j++)
			if (strcmp(pc->doses[j].ingredient, code) == 0 &&
			    pc->doses[j].known)
				return (pc->doses[j].final_conc);
	}
	return (-1);
}

/* Does a rule, with a on (ai, a_code) and b on (bi, b_code), hold? */
static int
rule_applies(const struct cocktail *c, const struct plan *p,
    const struct fact_compat *r, size_t ai, const char *a_code, size_t bi,
    const char *b_code)
{
	const struct component	*bc = &c->components[bi];
	const struct plan_total	*ta, *tb;
	int64_t			 va, vb, conc;

	switch (r->cond) {
	case CC_NONE:
		return (1);
	case CC_RATIO:
		/* Every component holding each ingredient counts. */
		ta = p != NULL ? plan_total(p, a_code) : NULL;
		tb = p != NULL ? plan_total(p, b_code) : NULL;
		if (ta == NULL || tb == NULL)
			return (0);
		va = ta->volume_ul;
		vb = tb->volume_ul;
		if (va <= 0 || vb <= 0)
			return (0);
		return (vb * 1000 > r->ratio_max * va);
	case CC_PH:
		return (bc->ph_max_c >= 0 && bc->ph_max_c < r->ph_below_c);
	case CC_CONC:
		ta = p != NULL ? plan_total(p, a_code) : NULL;
		conc = ta != NULL && ta->known > 0 ? ta->final_conc :
		    comp_conc(p, ai, a_code);
		return (conc >= 0 && conc > r->conc_max * 1000);
	}
	return (0);
}

static enum severity
verdict_severity(enum compat_verdict v)
{
	switch (v) {
	case CV_INCOMPATIBLE:
		return (SEV_BLOCK);
	case CV_CAUTION:
	case CV_CONFLICTING:
		return (SEV_CAUTION);
	case CV_COMPATIBLE:
		break;
	}
	return (SEV_INFO);
}

/* How specific an operand is: an ingredient beats a group beats any. */
static int
rule_rank(const struct fact_compat *r)
{
	int	rank = 0;

	rank += r->a_kind == OP_INGREDIENT ? 4 : 2;
	rank += r->b_kind == OP_INGREDIENT ? 2 : r->b_kind == OP_GROUP ? 1 : 0;
	return (rank);
}

/*
 * One pair (x in component i, y in component j): every rule that holds
 * for it, in either order.  The pair gets one finding: the highest
 * severity, the message of the most specific rule among those, and the
 * sources of all of them.  A pair with no record is no-data.
 */
static void
compat_pair(const struct cocktail *c, const struct facts *f,
    const struct plan *p, size_t i, const struct content *x, size_t j,
    const struct content *y, struct findings *out)
{
	const struct fact_compat *r, *best = NULL;
	enum severity		 sev, best_sev = SEV_INFO;
	char			 sources[SOURCE_LEN * 2] = "";
	const char		*codes[3];
	size_t			 m, len;
	int			 recorded = 0, orient;

	for (m = 0; m < f->n_compat; m++) {
		r = &f->compat[m];
		for (orient = 0; orient < 2; orient++) {
			size_t ai = orient ? j : i, bi = orient ? i : j;
			const struct content *ac = orient ? y : x;
			const struct content *bc = orient ? x : y;

			if (!operand_match(f, r->a_kind, r->a, ac->ingredient) ||
			    !operand_match(f, r->b_kind, r->b, bc->ingredient))
				continue;
			/* "Any other drug" means the partner's actives. */
			if (r->b_kind == OP_ANY && !bc->active)
				continue;
			if (r->cond == CC_NONE && r->b_kind != OP_ANY)
				recorded = 1;
			if (!rule_applies(c, p, r, ai, ac->ingredient, bi,
			    bc->ingredient))
				continue;
			recorded = 1;
			if (r->verdict == CV_COMPATIBLE)
				break;
			sev = verdict_severity(r->verdict);
			if (best == NULL || sev > best_sev ||
			    (sev == best_sev && rule_rank(r) > rule_rank(best))) {
				best = r;
				best_sev = sev;
			}
			len = strlen(sources);
			if (strstr(sources, r->source) == NULL &&
			    len + strlen(r->source) + 3 < sizeof sources)
				snprintf(sources + len, sizeof sources - len,
				    "%s%s", len ? "; " : "", r->source);
			break;
		}
	}
	codes[0] = x->ingredient;
	codes[1] = y->ingredient;
	codes[2] = NULL;
	if (best != NULL) {
		findings_add(out, best_sev, best->kind, codes, sources, "%s%s",
		    best->verdict == CV_CONFLICTING ? "conflicting evidence: " :
		    "", best->message);
		return;
	}
	if (!recorded && x->active && y->active)
		findings_add(out, SEV_INFO, KIND_NO_DATA, codes, "",
		    "no compatibility record for %s with %s in one syringe: "
		    "not known to be compatible", x->ingredient, y->ingredient);
}

void
safety_compat(const struct cocktail *c, const struct facts *f,
    const struct plan *p, struct findings *out)
{
	const struct component	*ci, *cj;
	size_t			 i, j, k, l;

	for (i = 0; i < c->ncomponents; i++) {
		ci = &c->components[i];
		for (j = i + 1; j < c->ncomponents; j++) {
			cj = &c->components[j];
			for (k = 0; k < ci->ncontents; k++)
				for (l = 0; l < cj->ncontents; l++)
					if (strcmp(ci->contents[k].ingredient,
					    cj->contents[l].ingredient) != 0)
						compat_pair(c, f, p, i,
						    &ci->contents[k], j,
						    &cj->contents[l], out);
		}
	}
}

void
safety_mix(const struct cocktail *c, const struct facts *f,
    struct findings *out)
{
	const struct fact_mix		*r;
	const struct component		*cp;
	const struct fact_ingredient	*fi;
	size_t				 i, j, k;
	char				 b1[16], b2[16], b3[16], b4[16];
	const char			*codes[2] = { NULL, NULL };

	for (k = 0; k < f->n_mix; k++) {
		r = &f->mix[k];
		switch (r->code) {
		case MIX_MAX_PRODUCTS:
			if (r->has_max && (int64_t)cocktail_count_products(c) *
			    100 > r->max_x100)
				findings_add(out, r->severity, r->kind, NULL,
				    r->source, "%zu products in one mix, more "
				    "than %s: %s", cocktail_count_products(c),
				    units_fmt(b1, sizeof b1, r->max_x100, 100,
				    2), r->message);
			break;
		case MIX_PH_WINDOW:
			for (i = 0; i < c->ncomponents; i++) {
				cp = &c->components[i];
				if (cp->ph_min_c < 0 || cp->ph_max_c < 0)
					continue;
				if ((r->has_max && cp->ph_min_c > r->max_x100) ||
				    (r->has_min && cp->ph_max_c < r->min_x100)) {
					findings_add_actives(findings_add(out,
					    r->severity, r->kind, NULL,
					    r->source, "%s has pH "
					    "%s-%s, outside the %s-%s window "
					    "for the mix: %s", cp->code,
					    units_fmt(b1, sizeof b1,
					    cp->ph_min_c, 100, 2),
					    units_fmt(b2, sizeof b2,
					    cp->ph_max_c, 100, 2),
					    units_fmt(b3, sizeof b3,
					    r->min_x100, 100, 2),
					    units_fmt(b4, sizeof b4,
					    r->max_x100, 100, 2), r->message),
					    cp);
				}
			}
			break;
		case MIX_OILY:
			for (i = 0; i < c->ncomponents; i++) {
				cp = &c->components[i];
				for (j = 0; j < cp->ncontents; j++) {
					fi = facts_ingredient(f,
					    cp->contents[j].ingredient);
					if ((fi == NULL || !fi->oily) &&
					    !cp->oily)
						continue;
					codes[0] = cp->contents[j].ingredient;
					findings_add(out, r->severity, r->kind,
					    codes, r->source, "%s: %s",
					    cp->code, r->message);
				}
			}
			break;
		}
	}
	/* Light: an info line for each light-sensitive ingredient. */
	for (i = 0; i < c->ncomponents; i++) {
		cp = &c->components[i];
		for (j = 0; j < cp->ncontents; j++) {
			fi = facts_ingredient(f, cp->contents[j].ingredient);
			if (fi == NULL || fi->light_sensitive != 1)
				continue;
			codes[0] = fi->code;
			findings_add(out, SEV_INFO, KIND_STABILITY, codes,
			    fi->source, "%s is light-sensitive: protect the "
			    "syringe from light and prepare it just before "
			    "use", fi->code);
		}
	}
}

static const char *
origin_of(const struct facts *f, const struct content *ct)
{
	const struct fact_ingredient	*fi;

	if (ct->origin[0] != '\0')
		return (ct->origin);
	fi = facts_ingredient(f, ct->ingredient);
	return (fi != NULL ? fi->origin : "");
}

void
safety_allergy(const struct cocktail *c, const struct facts *f,
    struct findings *out)
{
	const struct component	*cp;
	const struct content	*ct;
	const struct fact_allergen *fa;
	const struct fact_cross	*fx;
	const char		*allergy, *origin;
	const char		*codes[2] = { NULL, NULL };
	size_t			 a, i, j, k, x;
	enum severity		 sev;

	for (a = 0; a < f->nallergies; a++) {
		allergy = f->allergies[a];
		for (i = 0; i < c->ncomponents; i++) {
			cp = &c->components[i];
			for (j = 0; j < cp->ncontents; j++) {
				ct = &cp->contents[j];
				codes[0] = ct->ingredient;
				/* An allergy named by ingredient code. */
				if (strcmp(ct->ingredient, allergy) == 0)
					findings_add(out, SEV_BLOCK,
					    KIND_ALLERGY, codes, "patient record",
					    "patient is allergic to %s, which "
					    "%s %s", allergy,
					    cp->is_product ? "is in" : "is",
					    cp->code);
				/* Class membership, directly. */
				for (k = 0; k < f->n_allergens; k++) {
					fa = &f->allergens[k];
					if (strcmp(fa->ingredient,
					    ct->ingredient) != 0)
						continue;
					if (strcmp(fa->class, allergy) == 0 &&
					    strcmp(ct->ingredient, allergy) != 0)
						findings_add(out, fa->severity,
						    KIND_ALLERGY, codes,
						    fa->source, "allergy to %s: "
						    "%s%s%s (%s) - %s", allergy,
						    cp->code, cp->is_product ?
						    " contains " : "",
						    cp->is_product ?
						    ct->ingredient : "",
						    ct->active ? "active" :
						    "excipient", fa->message);
					/* Through cross-reactivity. */
					for (x = 0; x < f->n_cross; x++) {
						fx = &f->cross[x];
						if (strcmp(fx->from, allergy) ||
						    strcmp(fx->to, fa->class))
							continue;
						sev = fx->severity < fa->severity ?
						    fx->severity : fa->severity;
						findings_add(out, sev,
						    KIND_ALLERGY, codes,
						    fx->source, "allergy to %s "
						    "reaches %s through %s: %s",
						    allergy, ct->ingredient,
						    fa->class, fx->message);
					}
				}
				/* Origin: soy, bovine, ovine, avian, fish ... */
				origin = origin_of(f, ct);
				if (origin[0] == '\0')
					continue;
				/*
				 * Origin matches even where the formulary calls the
				 * class theoretical: an allergy to the very source
				 * material is the safer reading.
				 */
				if (strcmp(origin, allergy) == 0)
					findings_add(out, SEV_BLOCK,
					    KIND_ALLERGY, codes, "formulary "
					    "origin", "allergy to %s: %s in %s "
					    "is of %s origin", allergy,
					    ct->ingredient, cp->code, origin);
				for (x = 0; x < f->n_cross; x++) {
					fx = &f->cross[x];
					if (strcmp(fx->from, allergy) == 0 &&
					    strcmp(fx->to, origin) == 0)
						findings_add(out, fx->severity,
						    KIND_ALLERGY, codes,
						    fx->source, "allergy to %s "
						    "reaches %s in %s (%s "
						    "origin): %s", allergy,
						    ct->ingredient, cp->code,
						    origin, fx->message);
				}
			}
		}
	}
}

void
safety_contra(const struct cocktail *c, const struct facts *f,
    struct findings *out)
{
	const struct fact_contra *r;
	const struct component	*cp;
	const struct content	*ct;
	struct finding		*fd;
	enum severity		 sev;
	enum finding_kind	 kind;
	const char		*what;
	size_t			 k, i, j;
	int			 hit;

	if (c->ncomponents == 0)
		return;
	for (k = 0; k < f->n_contra; k++) {
		r = &f->contra[k];
		sev = r->level == CL_ABSOLUTE ? SEV_BLOCK :
		    r->level == CL_RELATIVE ? SEV_CAUTION : SEV_INFO;
		kind = r->condition[0] != '\0' ? KIND_CONTRAINDICATION :
		    KIND_INTERACTION;
		what = r->condition[0] != '\0' ? r->condition : r->medication;
		if (r->ingredient[0] == '\0' && r->grp[0] == '\0') {
			findings_add(out, sev, kind, NULL, r->source,
			    "%s: %s", what, r->message);
			continue;
		}
		if (r->ingredient[0] != '\0' && !mix_has(c, r->ingredient))
			continue;
		if (r->grp[0] != '\0' && !mix_has_grp(c, f, r->grp))
			continue;
		fd = NULL;
		hit = 0;
		for (i = 0; i < c->ncomponents; i++) {
			cp = &c->components[i];
			for (j = 0; j < cp->ncontents; j++) {
				ct = &cp->contents[j];
				if (r->ingredient[0] != '\0' ?
				    strcmp(ct->ingredient, r->ingredient) != 0 :
				    strcmp(grp_of(f, ct->ingredient),
				    r->grp) != 0)
					continue;
				if (!hit) {
					fd = findings_add(out, sev, kind,
					    (const char *const[]){
					    ct->ingredient, NULL }, r->source,
					    "%s: %s", what, r->message);
					hit = 1;
				} else if (fd != NULL)
					findings_add_code(fd, ct->ingredient);
			}
		}
	}
}

static const char *
fmt_amount(char *buf, size_t len, int64_t v, enum unit u)
{
	char	n[32];

	/* v in ng or micro-units. */
	if (u == UNIT_MU)
		snprintf(buf, len, "%s units", units_fmt(n, sizeof n, v,
		    1000000, 2));
	else if (v < 1000000)
		snprintf(buf, len, "%s mcg", units_fmt(n, sizeof n, v, 1000,
		    2));
	else
		snprintf(buf, len, "%s mg", units_fmt(n, sizeof n, v, 1000000,
		    2));
	return (buf);
}

void
safety_dose(const struct cocktail *c, const struct facts *f,
    const struct plan *p, struct findings *out)
{
	const struct fact_dose	*r;
	const struct component	*cp;
	const struct content	*ct;
	const struct plan_total	*t;
	const char		*codes[2] = { NULL, NULL };
	size_t			 k, i, j;
	char			 b1[48], b2[48], b3[48], b4[16];

	/* Actives whose strength is unknown: no dose can be computed. */
	for (i = 0; i < c->ncomponents; i++) {
		cp = &c->components[i];
		for (j = 0; j < cp->ncontents; j++) {
			ct = &cp->contents[j];
			if (!ct->active || (ct->strength >= 0 &&
			    ct->unit != UNIT_NONE))
				continue;
			codes[0] = ct->ingredient;
			if (cp->is_product)
				findings_add(out, SEV_INFO, KIND_DOSE, codes,
				    "", "%s in %s has no known strength in "
				    "the formulary: its dose cannot be "
				    "computed or checked", ct->ingredient,
				    cp->code);
			else
				findings_add(out, SEV_INFO, KIND_DOSE, codes,
				    "", "%s has no known strength (none was "
				    "given): its dose cannot be computed or "
				    "checked (give mg_per_ml, mcg_per_ml or "
				    "units_per_ml)", ct->ingredient);
		}
	}
	if (p == NULL)
		return;
	for (k = 0; k < f->n_dose; k++) {
		r = &f->dose[k];
		if ((t = plan_total(p, r->ingredient)) == NULL)
			continue;
		if (r->requires[0] != '\0' && !mix_has(c, r->requires))
			continue;
		if (r->unless[0] != '\0' && mix_has(c, r->unless))
			continue;
		codes[0] = r->ingredient;
		if (t->known < 0 || (t->unit != UNIT_NONE &&
		    t->unit != r->unit)) {
			/* Units never mix silently: say it was not compared. */
			findings_add(out, SEV_CAUTION, KIND_DOSE, codes,
			    r->source, "%s: its amounts are given in %s, the "
			    "limit in %s: the dose could not be checked",
			    r->ingredient, t->known < 0 ? "mixed units" :
			    t->unit == UNIT_MU ? "units" : "mass",
			    r->unit == UNIT_MU ? "units" : "mass");
			continue;
		}
		if (t->unit == UNIT_NONE)
			continue;	/* no strength: said above */
		/* The session: what the planned injections give. */
		if (r->max_session > 0 && t->delivered > r->max_session * 1000)
			findings_add(out, r->severity, KIND_DOSE, codes,
			    r->source, "%s: %s in this session%s%s%s, above "
			    "the limit of %s: %s", r->ingredient,
			    fmt_amount(b1, sizeof b1, t->delivered, r->unit),
			    t->drawn != t->delivered ? " (" : "",
			    t->drawn != t->delivered ? fmt_amount(b2,
			    sizeof b2, t->drawn, r->unit) : "",
			    t->drawn != t->delivered ? " drawn)" : "",
			    fmt_amount(b3, sizeof b3, r->max_session * 1000,
			    r->unit), r->message);
		if (r->max_per_kg > 0) {
			if (!c->has_patient || c->patient.weight_g <= 0)
				findings_add(out, SEV_INFO, KIND_DOSE, codes,
				    r->source, "%s: the limit of %s per kg "
				    "could not be checked: the patient's "
				    "weight is not known", r->ingredient,
				    fmt_amount(b1, sizeof b1,
				    r->max_per_kg * 1000, r->unit));
			else if (t->delivered > r->max_per_kg *
			    c->patient.weight_g)
				/* ug/kg x g = ng: the limit for this weight. */
				findings_add(out, r->severity, KIND_DOSE, codes,
				    r->source, "%s: %s per kg (%s for %s kg), "
				    "above the limit of %s per kg: %s",
				    r->ingredient, fmt_amount(b1, sizeof b1,
				    t->per_kg, r->unit), fmt_amount(b2,
				    sizeof b2, t->delivered, r->unit),
				    units_fmt(b4, sizeof b4,
				    c->patient.weight_g, 1000, 1),
				    fmt_amount(b3, sizeof b3,
				    r->max_per_kg * 1000, r->unit),
				    r->message);
		}
		if (r->max_conc > 0 && t->final_conc > r->max_conc * 1000)
			findings_add(out, r->severity, KIND_DOSE, codes,
			    r->source, "%s: %s per mL in the mix, above the "
			    "limit of %s per mL: %s", r->ingredient,
			    fmt_amount(b1, sizeof b1, t->final_conc, r->unit),
			    fmt_amount(b2, sizeof b2, r->max_conc * 1000,
			    r->unit), r->message);
		if (r->max_per_point > 0 && t->per_point >
		    r->max_per_point * 1000)
			findings_add(out, r->severity, KIND_DOSE, codes,
			    r->source, "%s: %s per point, above the limit "
			    "of %s per point: %s", r->ingredient,
			    fmt_amount(b1, sizeof b1, t->per_point, r->unit),
			    fmt_amount(b2, sizeof b2, r->max_per_point * 1000,
			    r->unit), r->message);
	}
}

void
safety_check(const struct cocktail *c, const struct facts *f,
    const struct plan *p, struct findings *out)
{
	safety_compat(c, f, p, out);
	safety_mix(c, f, out);
	safety_allergy(c, f, out);
	safety_contra(c, f, out);
	safety_dose(c, f, p, out);
	findings_sort(out);
}

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
	struct finding		 fd;
	size_t			 m;
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
			break;
		}
	}
	if (best != NULL) {
		/* One finding for the pair: the chosen rule, its own source. */
		finding_init(&fd, best->verdict == CV_CONFLICTING ?
		    F_COMPAT_CONFLICTING : F_COMPAT, best_sev, best->kind);
		finding_rule(&fd, "compat_rule", (long long)best->id);
		finding_code(&fd, x->ingredient);
		finding_code(&fd, y->ingredient);
		finding_arg_str(&fd, "a", FA_CODE, x->ingredient);
		finding_arg_str(&fd, "b", FA_CODE, y->ingredient);
		finding_note(&fd, best->message);
		finding_source(&fd, best->source);
		findings_push(out, &fd);
		return;
	}
	if (!recorded && x->active && y->active) {
		finding_init(&fd, F_COMPAT_NO_DATA, SEV_INFO, KIND_NO_DATA);
		finding_code(&fd, x->ingredient);
		finding_code(&fd, y->ingredient);
		finding_arg_str(&fd, "a", FA_CODE, x->ingredient);
		finding_arg_str(&fd, "b", FA_CODE, y->ingredient);
		findings_push(out, &fd);
	}
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
	struct finding			 fd;
	size_t				 i, j, k;

	for (k = 0; k < f->n_mix; k++) {
		r = &f->mix[k];
		switch (r->code) {
		case MIX_MAX_PRODUCTS:
			if (!r->has_max || (int64_t)cocktail_count_products(c) *
			    100 <= r->max_x100)
				break;
			finding_init(&fd, F_MIX_MAX_PRODUCTS, r->severity,
			    r->kind);
			finding_rule_code(&fd, "mix_rule", "max-products");
			finding_arg(&fd, "products", FA_INT,
			    (int64_t)cocktail_count_products(c));
			finding_arg(&fd, "max", FA_X100, r->max_x100);
			finding_note(&fd, r->message);
			finding_source(&fd, r->source);
			findings_push(out, &fd);
			break;
		case MIX_PH_WINDOW:
			for (i = 0; i < c->ncomponents; i++) {
				cp = &c->components[i];
				if (cp->ph_min_c < 0 || cp->ph_max_c < 0)
					continue;
				if (!((r->has_max &&
				    cp->ph_min_c > r->max_x100) ||
				    (r->has_min && cp->ph_max_c < r->min_x100)))
					continue;
				finding_init(&fd, F_MIX_PH_WINDOW, r->severity,
				    r->kind);
				finding_rule_code(&fd, "mix_rule", "ph-window");
				finding_actives(&fd, cp);
				finding_arg_str(&fd, "component", FA_CODE,
				    cp->code);
				finding_arg(&fd, "ph_min", FA_PH, cp->ph_min_c);
				finding_arg(&fd, "ph_max", FA_PH, cp->ph_max_c);
				finding_arg(&fd, "window_min", FA_X100,
				    r->min_x100);
				finding_arg(&fd, "window_max", FA_X100,
				    r->max_x100);
				finding_note(&fd, r->message);
				finding_source(&fd, r->source);
				findings_push(out, &fd);
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
					finding_init(&fd, F_MIX_OILY,
					    r->severity, r->kind);
					finding_rule_code(&fd, "mix_rule",
					    "oily");
					finding_code(&fd,
					    cp->contents[j].ingredient);
					finding_arg_str(&fd, "component",
					    FA_CODE, cp->code);
					finding_note(&fd, r->message);
					finding_source(&fd, r->source);
					findings_push(out, &fd);
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
			finding_init(&fd, F_LIGHT_SENSITIVE, SEV_INFO,
			    KIND_STABILITY);
			finding_rule_code(&fd, "ingredient", fi->code);
			finding_code(&fd, fi->code);
			finding_arg_str(&fd, "ingredient", FA_CODE, fi->code);
			finding_source(&fd, fi->source);
			findings_push(out, &fd);
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

/* The part of an allergy finding every kind shares: what and where. */
static void
allergy_where(struct finding *fd, const char *allergy,
    const struct component *cp, const struct content *ct)
{
	finding_code(fd, ct->ingredient);
	finding_arg_str(fd, "allergy", FA_CODE, allergy);
	finding_arg_str(fd, "ingredient", FA_CODE, ct->ingredient);
	if (cp->is_product)
		finding_arg_str(fd, "product", FA_CODE, cp->code);
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
	struct finding		 fd;
	size_t			 a, i, j, k, x;
	enum severity		 sev;

	for (a = 0; a < f->nallergies; a++) {
		allergy = f->allergies[a];
		for (i = 0; i < c->ncomponents; i++) {
			cp = &c->components[i];
			for (j = 0; j < cp->ncontents; j++) {
				ct = &cp->contents[j];
				/* An allergy named by ingredient code. */
				if (strcmp(ct->ingredient, allergy) == 0) {
					finding_init(&fd, F_ALLERGY_INGREDIENT,
					    SEV_BLOCK, KIND_ALLERGY);
					allergy_where(&fd, allergy, cp, ct);
					finding_source(&fd, "patient record");
					findings_push(out, &fd);
				}
				/* Class membership, directly. */
				for (k = 0; k < f->n_allergens; k++) {
					fa = &f->allergens[k];
					if (strcmp(fa->ingredient,
					    ct->ingredient) != 0)
						continue;
					if (strcmp(fa->class, allergy) == 0 &&
					    strcmp(ct->ingredient, allergy) != 0) {
						finding_init(&fd,
						    F_ALLERGY_CLASS,
						    fa->severity, KIND_ALLERGY);
						finding_rule_code(&fd,
						    "ingredient_allergen",
						    fa->class);
						allergy_where(&fd, allergy, cp,
						    ct);
						finding_arg(&fd, "excipient",
						    FA_FLAG, !ct->active);
						finding_note(&fd, fa->message);
						finding_source(&fd, fa->source);
						findings_push(out, &fd);
					}
					/* Through cross-reactivity. */
					for (x = 0; x < f->n_cross; x++) {
						fx = &f->cross[x];
						if (strcmp(fx->from, allergy) ||
						    strcmp(fx->to, fa->class))
							continue;
						sev = fx->severity < fa->severity ?
						    fx->severity : fa->severity;
						finding_init(&fd,
						    F_ALLERGY_CROSS, sev,
						    KIND_ALLERGY);
						finding_rule_code(&fd,
						    "allergen_cross", fx->to);
						allergy_where(&fd, allergy, cp,
						    ct);
						finding_arg_str(&fd, "class",
						    FA_CODE, fa->class);
						finding_note(&fd, fx->message);
						finding_source(&fd, fx->source);
						findings_push(out, &fd);
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
				if (strcmp(origin, allergy) == 0) {
					finding_init(&fd, F_ALLERGY_ORIGIN,
					    SEV_BLOCK, KIND_ALLERGY);
					allergy_where(&fd, allergy, cp, ct);
					finding_arg_str(&fd, "component",
					    FA_CODE, cp->code);
					finding_arg_str(&fd, "origin", FA_CODE,
					    origin);
					finding_source(&fd, "formulary origin");
					findings_push(out, &fd);
				}
				for (x = 0; x < f->n_cross; x++) {
					fx = &f->cross[x];
					if (strcmp(fx->from, allergy) != 0 ||
					    strcmp(fx->to, origin) != 0)
						continue;
					finding_init(&fd,
					    F_ALLERGY_ORIGIN_CROSS,
					    fx->severity, KIND_ALLERGY);
					finding_rule_code(&fd, "allergen_cross",
					    fx->to);
					allergy_where(&fd, allergy, cp, ct);
					finding_arg_str(&fd, "component",
					    FA_CODE, cp->code);
					finding_arg_str(&fd, "origin", FA_CODE,
					    origin);
					finding_note(&fd, fx->message);
					finding_source(&fd, fx->source);
					findings_push(out, &fd);
				}
			}
		}
	}
}

/* A contraindication's finding, before the ingredients it concerns. */
static void
contra_finding(const struct fact_contra *r, struct finding *fd)
{
	static const enum finding_id ids[] = {
		[CT_CONDITION] = F_CONTRA_CONDITION,
		[CT_MEDICATION] = F_CONTRA_MEDICATION,
		[CT_AGE_UNDER] = F_CONTRA_AGE_UNDER,
		[CT_AGE_OVER] = F_CONTRA_AGE_OVER,
	};
	enum severity	sev;

	sev = r->level == CL_ABSOLUTE ? SEV_BLOCK :
	    r->level == CL_RELATIVE ? SEV_CAUTION : SEV_INFO;
	finding_init(fd, ids[r->type], sev, r->type == CT_MEDICATION ?
	    KIND_INTERACTION : KIND_CONTRAINDICATION);
	finding_rule(fd, r->type == CT_AGE_UNDER || r->type == CT_AGE_OVER ?
	    "age_rule" : "contraindication", r->id);
	switch (r->type) {
	case CT_CONDITION:
		finding_arg_str(fd, "condition", FA_CODE, r->condition);
		break;
	case CT_MEDICATION:
		finding_arg_str(fd, "medication", FA_CODE, r->medication);
		break;
	case CT_AGE_UNDER:
	case CT_AGE_OVER:
		finding_arg(fd, "age", FA_INT, r->age);
		finding_arg(fd, "limit", FA_INT, r->age_limit);
		break;
	}
	finding_note(fd, r->message);
	finding_source(fd, r->source);
}

void
safety_contra(const struct cocktail *c, const struct facts *f,
    struct findings *out)
{
	const struct fact_contra *r;
	const struct component	*cp;
	const struct content	*ct;
	struct finding		 fd;
	size_t			 k, i, j;
	int			 hit;

	if (c->ncomponents == 0)
		return;
	for (k = 0; k < f->n_contra; k++) {
		r = &f->contra[k];
		if (r->ingredient[0] == '\0' && r->grp[0] == '\0') {
			contra_finding(r, &fd);
			findings_push(out, &fd);
			continue;
		}
		if (r->ingredient[0] != '\0' && !mix_has(c, r->ingredient))
			continue;
		if (r->grp[0] != '\0' && !mix_has_grp(c, f, r->grp))
			continue;
		contra_finding(r, &fd);
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
				finding_code(&fd, ct->ingredient);
				hit = 1;
			}
		}
		if (hit)
			findings_push(out, &fd);
	}
}

/* A dose finding: the ingredient and the limit's rule, note and source. */
static void
dose_finding(struct finding *fd, enum finding_id id, enum severity sev,
    const struct fact_dose *r)
{
	finding_init(fd, id, sev, KIND_DOSE);
	finding_rule(fd, "dose_limit", r->id);
	finding_code(fd, r->ingredient);
	finding_arg_str(fd, "ingredient", FA_CODE, r->ingredient);
	finding_note(fd, r->message);
	finding_source(fd, r->source);
}

void
safety_dose(const struct cocktail *c, const struct facts *f,
    const struct plan *p, struct findings *out)
{
	const struct fact_dose	*r;
	const struct component	*cp;
	const struct content	*ct;
	const struct plan_total	*t;
	struct finding		 fd;
	size_t			 k, i, j;

	/* Actives whose strength is unknown: no dose can be computed. */
	for (i = 0; i < c->ncomponents; i++) {
		cp = &c->components[i];
		for (j = 0; j < cp->ncontents; j++) {
			ct = &cp->contents[j];
			if (!ct->active || (ct->strength >= 0 &&
			    ct->unit != UNIT_NONE))
				continue;
			finding_init(&fd, cp->is_product ?
			    F_DOSE_NO_STRENGTH_PRODUCT : F_DOSE_NO_STRENGTH,
			    SEV_INFO, KIND_DOSE);
			finding_code(&fd, ct->ingredient);
			finding_arg_str(&fd, "ingredient", FA_CODE,
			    ct->ingredient);
			if (cp->is_product)
				finding_arg_str(&fd, "product", FA_CODE,
				    cp->code);
			findings_push(out, &fd);
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
		if (t->known < 0 || (t->unit != UNIT_NONE &&
		    t->unit != r->unit)) {
			/* Units never mix silently: say it was not compared. */
			dose_finding(&fd, F_DOSE_UNITS_DIFFER, SEV_CAUTION, r);
			finding_note(&fd, "");
			finding_arg(&fd, "mixed", FA_FLAG, t->known < 0);
			finding_arg(&fd, "given_units", FA_FLAG,
			    t->unit == UNIT_MU);
			finding_arg(&fd, "limit_units", FA_FLAG,
			    r->unit == UNIT_MU);
			findings_push(out, &fd);
			continue;
		}
		if (t->unit == UNIT_NONE)
			continue;	/* no strength: said above */
		/* The session: what the syringes can inject. */
		if (r->max_session > 0 && t->injectable > r->max_session * 1000) {
			dose_finding(&fd, F_DOSE_SESSION, r->severity, r);
			finding_arg_amount(&fd, "amount", t->injectable, r->unit);
			if (t->drawn != t->injectable)
				finding_arg_amount(&fd, "drawn", t->drawn,
				    r->unit);
			finding_arg_amount(&fd, "limit", r->max_session * 1000,
			    r->unit);
			findings_push(out, &fd);
		}
		if (r->max_per_kg > 0) {
			if (!c->has_patient || c->patient.weight_g <= 0) {
				dose_finding(&fd, F_DOSE_PER_KG_NO_WEIGHT,
				    SEV_INFO, r);
				finding_note(&fd, "");
				finding_arg_amount(&fd, "limit",
				    r->max_per_kg * 1000, r->unit);
				findings_push(out, &fd);
			} else if (t->injectable > r->max_per_kg *
			    c->patient.weight_g) {
				/* ug/kg x g = ng: the limit for this weight. */
				dose_finding(&fd, F_DOSE_PER_KG, r->severity,
				    r);
				finding_arg_amount(&fd, "per_kg", t->per_kg,
				    r->unit);
				finding_arg_amount(&fd, "amount", t->injectable,
				    r->unit);
				finding_arg(&fd, "weight", FA_WEIGHT,
				    c->patient.weight_g);
				finding_arg_amount(&fd, "limit",
				    r->max_per_kg * 1000, r->unit);
				findings_push(out, &fd);
			}
		}
		if (r->max_conc > 0 && t->final_conc > r->max_conc * 1000) {
			dose_finding(&fd, F_DOSE_CONC, r->severity, r);
			finding_arg_amount(&fd, "conc", t->final_conc, r->unit);
			finding_arg_amount(&fd, "limit", r->max_conc * 1000,
			    r->unit);
			findings_push(out, &fd);
		}
		if (r->max_per_point > 0 && t->per_point >
		    r->max_per_point * 1000) {
			dose_finding(&fd, F_DOSE_PER_POINT, r->severity, r);
			finding_arg_amount(&fd, "per_point", t->per_point,
			    r->unit);
			finding_arg_amount(&fd, "limit",
			    r->max_per_point * 1000, r->unit);
			findings_push(out, &fd);
		}
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

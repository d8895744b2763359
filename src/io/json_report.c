#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/finding_text.h"
#include "io/json_report.h"

/*
 * A number from the text units_fmt made ("0.5", "-12"): integers stay
 * integers; a decimal becomes a real, without strtod (which reads the
 * locale's separator).
 */
json_t *
json_report_number(const char *s)
{
	const char	*p = s;
	double		 v = 0, div = 1;
	int		 neg = 0;

	if (*p == '-') {
		neg = 1;
		p++;
	}
	if (strchr(p, '.') == NULL)
		return (json_integer(strtoll(s, NULL, 10)));
	for (; *p >= '0' && *p <= '9'; p++)
		v = v * 10 + (*p - '0');
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++) {
			v = v * 10 + (*p - '0');
			div *= 10;
		}
	return (json_real((neg ? -v : v) / div));
}

/* Amount in ng (-> mg, exact to the ng) or micro-units (-> units, 2 decimals). */
char *
report_fmt_amount(char *buf, size_t len, int64_t v, enum unit u)
{
	if (u == UNIT_MU)
		return (units_fmt(buf, len, v, 1000000, 2));
	return (units_fmt(buf, len, v, 1000000, 6));
}

/* Concentration per mL, same units. */
char *
report_fmt_conc(char *buf, size_t len, int64_t v, enum unit u)
{
	return (report_fmt_amount(buf, len, v, u));
}

const struct plan_dose *
report_main_dose(const struct plan_component *pc)
{
	const struct plan_dose	*best = NULL;
	size_t			 i;

	for (i = 0; i < pc->ndoses; i++) {
		if (!pc->doses[i].active)
			continue;
		if (best == NULL || (!best->known && pc->doses[i].known) ||
		    (pc->doses[i].known && pc->doses[i].unit == best->unit &&
		    pc->doses[i].amount > best->amount))
			best = &pc->doses[i];
	}
	return (best);
}

static void
set_fmt(json_t *o, const char *key, char *buf)
{
	json_object_set_new(o, key, json_report_number(buf));
}

/* An amount under its unit's key: "mg", or "units" for micro-units. */
static void
set_amount(json_t *o, const char *mg_key, const char *units_key, int64_t v,
    enum unit u)
{
	char	b[48];

	if (v < 0)
		return;
	set_fmt(o, u == UNIT_MU ? units_key : mg_key,
	    report_fmt_amount(b, sizeof b, v, u));
}

static json_t *
dose_json(const struct plan_dose *d, int with_code)
{
	json_t	*o = json_object();

	if (with_code)
		json_object_set_new(o, "ingredient",
		    json_string(d->ingredient));
	json_object_set_new(o, "role", json_string(d->active ? "active" :
	    "excipient"));
	if (!d->known) {
		json_object_set_new(o, "strength_known", json_false());
		return (o);
	}
	set_amount(o, "mg", "units", d->amount, d->unit);
	set_amount(o, "final_mg_per_ml", "final_units_per_ml",
	    d->final_conc, d->unit);
	set_amount(o, "mg_injectable", "units_injectable", d->a.injectable,
	    d->unit);
	set_amount(o, "mg_delivered", "units_delivered", d->a.delivered,
	    d->unit);
	set_amount(o, "mg_per_point", "units_per_point", d->per_point,
	    d->unit);
	set_amount(o, "mg_per_kg", "units_per_kg", d->per_kg, d->unit);
	return (o);
}

/* The figures of the area and technique, as planned. */
static void
plan_geometry_json(json_t *o, const struct cocktail *c, const struct plan *p)
{
	char	b[48];

	json_object_set_new(o, "area", json_string(c->area));
	json_object_set_new(o, "technique", json_string(c->technique));
	if (p->surface_cm2 > 0 && p->geometry != GEO_LINEAR)
		json_object_set_new(o, "surface_cm2",
		    json_integer(p->surface_cm2));
	if (p->spacing_um > 0 && p->geometry == GEO_GRID)
		set_fmt(o, "spacing_mm", units_fmt(b, sizeof b,
		    p->spacing_um, 1000, 3));
	if (p->volume_per_point_ul >= 0 && p->geometry == GEO_GRID)
		set_fmt(o, "volume_per_point_ml", units_fmt_ml(b,
		    sizeof b, p->volume_per_point_ul));
	if (p->depth_um >= 0)
		set_fmt(o, "depth_mm", units_fmt(b, sizeof b,
		    p->depth_um, 1000, 3));
	if (p->geometry == GEO_LINEAR) {
		if (p->threads > 0)
			json_object_set_new(o, "threads",
			    json_integer(p->threads));
		if (p->thread_length_mm > 0)
			set_fmt(o, "thread_length_cm", units_fmt(b, sizeof b,
			    p->thread_length_mm, 10, 1));
		if (p->volume_per_cm_ul >= 0)
			set_fmt(o, "volume_per_cm_ml", units_fmt_ml(b,
			    sizeof b, p->volume_per_cm_ul));
	}
	if (p->geometry == GEO_SURFACE && p->volume_per_cm2_ul >= 0)
		set_fmt(o, "volume_per_cm2_ml", units_fmt_ml(b,
		    sizeof b, p->volume_per_cm2_ul));
}

/* Where each figure comes from: fixed, components, formulary, derived. */
static json_t *
plan_origin_json(const struct plan *p)
{
	json_t	*o = json_object();
	int	 i;

	for (i = 0; i < PF__COUNT; i++)
		if (p->origin[i] != PO_NONE)
			json_object_set_new(o,
			    plan_figure_key((enum plan_figure)i),
			    json_string(plan_origin_name(
			    (enum plan_origin)p->origin[i])));
	return (o);
}

static json_t *
plan_component_json(const struct cocktail *c, const struct plan *p,
    const struct plan_component *pc)
{
	const struct plan_dose	*md;
	json_t			*co, *acts;
	char			 b[48];
	size_t			 j;

	co = json_object();
	json_object_set_new(co, "code",
	    json_string(c->components[pc->index].code));
	set_fmt(co, "ml", units_fmt_ml(b, sizeof b, pc->volume_ul));
	if (p->syringes > 1)
		set_fmt(co, "ml_per_syringe", units_fmt_ml(b, sizeof b,
		    pc->per_syringe_ul));
	set_fmt(co, "wanted_ml", units_fmt_ml(b, sizeof b, pc->wanted_ul));
	set_fmt(co, "rounding_ml", units_fmt_ml(b, sizeof b,
	    pc->rounding_ul));
	if (pc->measure[0] != '\0') {
		json_object_set_new(co, "measured_with",
		    json_string(pc->measure));
		if (pc->measure_graduation_ul > 0)
			set_fmt(co, "measure_graduation_ml", units_fmt_ml(b,
			    sizeof b, pc->measure_graduation_ul));
	}
	json_object_set_new(co, "rounding",
	    json_string(plan_rounding_name(pc->rounding)));
	md = report_main_dose(pc);
	if (md != NULL && md->known) {
		set_amount(co, "mg", "units", md->amount, md->unit);
		set_amount(co, "final_mg_per_ml", "final_units_per_ml",
		    md->final_conc, md->unit);
	}
	acts = json_array();
	for (j = 0; j < pc->ndoses; j++)
		json_array_append_new(acts, dose_json(&pc->doses[j], 1));
	json_object_set_new(co, "contents", acts);
	return (co);
}

json_t *
json_report_plan(const struct cocktail *c, const struct plan *p)
{
	json_t	*o, *comps;
	char	 b[48];
	size_t	 i;

	o = json_object();
	if (p->has_geometry)
		plan_geometry_json(o, c, p);
	if (p->points >= 0)
		json_object_set_new(o, "points", json_integer(p->points));
	set_fmt(o, "total_ml", units_fmt_ml(b, sizeof b, p->total_ul));
	set_fmt(o, "delivered_ml", units_fmt_ml(b, sizeof b,
	    p->delivered_ul));
	set_fmt(o, "overage_ml", units_fmt_ml(b, sizeof b, p->overage_ul));
	set_fmt(o, "dead_space_ml", units_fmt_ml(b, sizeof b,
	    p->dead_space_ul * p->syringes));
	set_fmt(o, "needed_ml", units_fmt_ml(b, sizeof b, p->needed_ul));
	set_fmt(o, "injectable_ml", units_fmt_ml(b, sizeof b,
	    p->injectable_ul));
	set_fmt(o, "leftover_ml", units_fmt_ml(b, sizeof b, p->leftover_ul));
	json_object_set_new(o, "syringes", json_integer(p->syringes));
	if (p->syringe[0] != '\0')
		json_object_set_new(o, "syringe", json_string(p->syringe));
	if (p->syringe_capacity_ul > 0)
		set_fmt(o, "syringe_ml", units_fmt_ml(b, sizeof b,
		    p->syringe_capacity_ul));
	if (p->graduation_ul > 0)
		set_fmt(o, "graduation_ml", units_fmt_ml(b, sizeof b,
		    p->graduation_ul));
	json_object_set_new(o, "origin", plan_origin_json(p));
	comps = json_array();
	for (i = 0; i < p->ncomponents; i++)
		json_array_append_new(comps, plan_component_json(c, p,
		    &p->components[i]));
	json_object_set_new(o, "components", comps);
	json_object_set_new(o, "ingredients", json_report_totals(p));
	return (o);
}

/* Each ingredient over the whole mix, every component that holds it. */
json_t *
json_report_totals(const struct plan *p)
{
	const struct plan_total	*t;
	json_t			*a = json_array(), *o;
	size_t			 i;

	for (i = 0; i < p->ntotals; i++) {
		t = &p->totals[i];
		o = json_object();
		json_object_set_new(o, "ingredient", json_string(t->ingredient));
		if (t->known <= 0 || t->unit == UNIT_NONE) {
			json_object_set_new(o, "strength_known",
			    json_boolean(t->known == 0 ||
			    t->unit == UNIT_NONE ? 0 : 1));
			if (t->known < 0)
				json_object_set_new(o, "mixed_units",
				    json_true());
			json_array_append_new(a, o);
			continue;
		}
		set_amount(o, "mg", "units", t->drawn, t->unit);
		set_amount(o, "mg_injectable", "units_injectable",
		    t->injectable, t->unit);
		set_amount(o, "mg_delivered", "units_delivered", t->delivered,
		    t->unit);
		set_amount(o, "final_mg_per_ml", "final_units_per_ml",
		    t->final_conc, t->unit);
		set_amount(o, "mg_per_point", "units_per_point", t->per_point,
		    t->unit);
		set_amount(o, "mg_per_kg", "units_per_kg", t->per_kg, t->unit);
		json_array_append_new(a, o);
	}
	return (a);
}

/*
 * A finding as VOCABULARY has it (severity, kind, components, message,
 * source), and what it is made of: its id, the rule it applies, and its
 * figures.  The message is always in English: JSON never depends on the
 * reader's language.
 */
json_t *
json_report_findings(const struct findings *f)
{
	const struct finding	*fd;
	json_t			*a, *o, *codes, *fig;
	char			 msg[2048], key[80], num[96];
	size_t			 i, j;

	a = json_array();
	for (i = 0; i < f->n; i++) {
		fd = &f->v[i];
		o = json_object();
		json_object_set_new(o, "severity",
		    json_string(severity_name(fd->severity)));
		json_object_set_new(o, "kind", json_string(kind_name(fd->kind)));
		codes = json_array();
		for (j = 0; j < fd->ncodes; j++)
			json_array_append_new(codes, json_string(fd->codes[j]));
		json_object_set_new(o, "components", codes);
		json_object_set_new(o, "message", json_string(finding_text(fd,
		    0, msg, sizeof msg)));
		json_object_set_new(o, "source", json_string(fd->source));
		json_object_set_new(o, "id",
		    json_string(finding_id_name(fd->id)));
		if (fd->rule[0] != '\0')
			json_object_set_new(o, "rule", json_string(fd->rule));
		fig = json_object();
		for (j = 0; j < fd->nargs; j++) {
			finding_figure(&fd->args[j], key, sizeof key, num,
			    sizeof num);
			if (fd->args[j].type == FA_CODE ||
			    fd->args[j].type == FA_TEXT)
				json_object_set_new(fig, key, json_string(num));
			else if (fd->args[j].type == FA_FLAG)
				json_object_set_new(fig, key,
				    json_boolean(fd->args[j].v != 0));
			else
				json_object_set_new(fig, key,
				    json_report_number(num));
		}
		json_object_set_new(o, "figures", fig);
		json_array_append_new(a, o);
	}
	return (a);
}

const char *
json_report_verdict(const struct findings *f)
{
	switch (findings_verdict(f)) {
	case SEV_BLOCK:
		return ("block");
	case SEV_CAUTION:
		return ("caution");
	default:
		return ("ok");
	}
}

json_t *
json_report_check(const struct cocktail *c, const struct plan *p,
    const struct findings *f)
{
	json_t	*o = json_object();

	json_object_set_new(o, "verdict", json_string(json_report_verdict(f)));
	json_object_set_new(o, "findings", json_report_findings(f));
	if (p != NULL && p->has_geometry && p->mix_known)
		json_object_set_new(o, "plan", json_report_plan(c, p));
	else if (p != NULL && !p->mix_known && p->needs != NULL)
		json_object_set_new(o, "plan_needs", json_string(p->needs));
	return (o);
}

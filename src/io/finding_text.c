#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"
#include "core/units.h"
#include "io/finding_text.h"

struct out {
	char	*buf;
	size_t	 len;
	size_t	 n;
};

static void	out_put(struct out *, const char *, size_t);
static const char *group_end(const char *);
static int	group_ready(const struct finding *, const char *, const char *);
static void	render(const struct finding *, int, const char *, const char *,
		    struct out *);
static void	arg_text(const struct finding *, const struct finding_arg *,
		    int, char *, size_t);

/* xgettext: these are the words of every finding, in English. */
static const char *const templates[F__COUNT] = {
	[F_COMPAT] = N_("{note}"),
	[F_COMPAT_CONFLICTING] = N_("conflicting evidence: {note}"),
	[F_COMPAT_NO_DATA] = N_("no compatibility record for {a} with {b} in "
	    "one syringe: not known to be compatible"),
	[F_MIX_MAX_PRODUCTS] = N_("{products} products in one mix, more than "
	    "{max}: {note}"),
	[F_MIX_PH_WINDOW] = N_("{component} has pH {ph_min}-{ph_max}, outside "
	    "the {window_min}-{window_max} window for the mix: {note}"),
	[F_MIX_OILY] = N_("{component}: {note}"),
	[F_LIGHT_SENSITIVE] = N_("{ingredient} is light-sensitive: protect "
	    "the syringe from light and prepare it just before use"),
	[F_ALLERGY_INGREDIENT] = N_("patient is allergic to {allergy}, which "
	    "[[is in {product}||is {ingredient}]]"),
	[F_ALLERGY_CLASS] = N_("allergy to {allergy}: [[{product} contains "
	    "{ingredient}||{ingredient}]] ([[{excipient}excipient||active]]) - "
	    "{note}"),
	[F_ALLERGY_CROSS] = N_("allergy to {allergy} reaches {ingredient} "
	    "through {class}: {note}"),
	[F_ALLERGY_ORIGIN] = N_("allergy to {allergy}: {ingredient} in "
	    "{component} is of {origin} origin"),
	[F_ALLERGY_ORIGIN_CROSS] = N_("allergy to {allergy} reaches "
	    "{ingredient} in {component} ({origin} origin): {note}"),
	[F_CONTRA_CONDITION] = N_("{condition}: {note}"),
	[F_CONTRA_MEDICATION] = N_("{medication}: {note}"),
	[F_CONTRA_AGE_UNDER] = N_("age {age} (under {limit}): {note}"),
	[F_CONTRA_AGE_OVER] = N_("age {age} (over {limit}): {note}"),
	[F_DOSE_NO_STRENGTH_PRODUCT] = N_("{ingredient} in {product} has no "
	    "known strength in the formulary: its dose cannot be computed or "
	    "checked"),
	[F_DOSE_NO_STRENGTH] = N_("{ingredient} has no known strength (none "
	    "was given): its dose cannot be computed or checked (give "
	    "mg_per_ml, mcg_per_ml or units_per_ml)"),
	[F_DOSE_UNITS_DIFFER] = N_("{ingredient}: its amounts are given in "
	    "[[{mixed}mixed units||[[{given_units}units||mass]]]], the limit "
	    "in [[{limit_units}units||mass]]: the dose could not be checked"),
	[F_DOSE_SESSION] = N_("{ingredient}: {amount} in this session[[ "
	    "({drawn} drawn)]], above the limit of {limit}: {note}"),
	[F_DOSE_PER_KG] = N_("{ingredient}: {per_kg} per kg ({amount} for "
	    "{weight} kg), above the limit of {limit} per kg: {note}"),
	[F_DOSE_PER_KG_NO_WEIGHT] = N_("{ingredient}: the limit of {limit} "
	    "per kg could not be checked: the patient's weight is not known"),
	[F_DOSE_CONC] = N_("{ingredient}: {conc} per mL in the mix, above the "
	    "limit of {limit} per mL: {note}"),
	[F_DOSE_PER_POINT] = N_("{ingredient}: {per_point} per point, above "
	    "the limit of {limit} per point: {note}"),
	[F_PLAN_TECHNIQUE_AREA] = N_("{technique} is not a technique the "
	    "formulary lists for the {area}"),
	[F_PLAN_DEPTH_RANGE] = N_("depth {depth} mm is outside {technique}'s "
	    "range of {depth_min}-{depth_max} mm"),
	[F_PLAN_DEPTH_AREA] = N_("{technique} at {depth} mm is deeper than "
	    "the {area} allows ({depth_max} mm)"),
	[F_PLAN_SYRINGE_UNKNOWN] = N_("no {syringe} mL syringe in the "
	    "formulary: its dead space is not known and is not counted"),
	[F_PLAN_PARTS_EMPTY] = N_("the volumes given in mL ({absolute} mL) "
	    "already fill the {needed} mL the plan needs: the components in "
	    "parts get nothing"),
	[F_PLAN_MIX_SHORT] = N_("the syringes can inject {injectable} mL, "
	    "{short} mL less than the plan gives ({delivered} mL[[ + "
	    "{overage} mL overage]]): change {figure} or the volumes"),
	[F_PLAN_BELOW_MARKS] = N_("{component}: {volume} mL is less than one "
	    "{graduation} mL mark of {syringe}, the smallest syringe that "
	    "holds it: kept as it is; measure it with a finer syringe"),
	[F_PLAN_ROUNDING] = N_("{component}: rounding to the {graduation} mL "
	    "marks of {syringe} changes it from {wanted} mL to {volume} mL "
	    "({change} %)"),
	[F_PLAN_ROUNDING_SHORT] = N_("rounding to the syringes' marks leaves "
	    "{mix} mL, {short} mL short of the {needed} mL planned"),
	[F_PLAN_TOTAL_CONFLICT] = N_("the components in mL add up to {mix} mL, "
	    "not the {total} mL of total_ml: the components are kept; change "
	    "total_ml or the volumes"),
	[F_PLAN_DELIVERED_CONFLICT] = N_("delivered_ml is {delivered} mL but "
	    "the figures given for the technique make {geometry} mL: "
	    "delivered_ml is kept; change {figure} or delivered_ml"),
	[F_PLAN_POINTS_CONFLICT] = N_("{points} points are given, but "
	    "surface_cm2 and spacing_mm make {computed}: the points are kept; "
	    "change points, surface_cm2 or spacing_mm"),
	[F_PLAN_LEFTOVER] = N_("the syringes can inject {injectable} mL but "
	    "the plan gives {delivered} mL[[ + {overage} mL overage]]: "
	    "{leftover} mL is left over, and every dose is held against the "
	    "{injectable} mL; change {figure} or the volumes"),
	[F_PLAN_FIGURE_RANGE] = N_("{figure} {value}[[{derived} (derived)]] "
	    "is outside [[{min} to {max}||[[at least {min}||at most {max}]]]] "
	    "for {technique}[[ on the {area}]]: give {figure} within it and "
	    "the plan derives the rest"),
	[F_PLAN_POINTS_UNKNOWN] = N_("the number of [[{threads}threads||"
	    "points]] is not known, so no dose per point is computed: give "
	    "{figure}"),
	[F_PLAN_ROUNDED_DOWN] = N_("{component}: {volume} mL, rounded down "
	    "rather than up to {up} mL on the {graduation} mL marks of "
	    "{syringe}, so that {ingredient} stays within its limit"),
	[F_PLAN_UNROUNDED] = N_("{component}: kept at {volume} mL, between "
	    "the {graduation} mL marks of {syringe}: rounding would take "
	    "{ingredient} past its limit; measure it with a finer syringe"),
	[F_PLAN_DEAD_SPACE_ALL] = N_("the mix ({mix} mL) is no more than the "
	    "dead space of its syringes ({dead} mL): nothing can be injected; "
	    "change syringe_ml or the volumes"),
};

const char *
finding_template(enum finding_id id)
{
	return (templates[id] != NULL ? templates[id] : "{note}");
}

static void
out_put(struct out *o, const char *s, size_t n)
{
	if (o->len == 0)
		return;
	if (o->n + n >= o->len)
		n = o->len - 1 - o->n;
	memcpy(o->buf + o->n, s, n);
	o->n += n;
	o->buf[o->n] = '\0';
}

/* The "]]" closing the group that starts at s (after "[["), or NULL. */
static const char *
group_end(const char *s)
{
	int	depth = 1;

	while (*s != '\0') {
		if (s[0] == '[' && s[1] == '[') {
			depth++;
			s += 2;
		} else if (s[0] == ']' && s[1] == ']') {
			if (--depth == 0)
				return (s);
			s += 2;
		} else
			s++;
	}
	return (NULL);
}

/* Is every {name} between s and e (outside nested groups) present? */
static int
group_ready(const struct finding *fd, const char *s, const char *e)
{
	const struct finding_arg	*a;
	const char			*c, *ge;
	char				 name[48];
	size_t				 n;

	while (s < e) {
		if (s[0] == '[' && s[1] == '[') {
			ge = group_end(s + 2);
			s = ge != NULL && ge < e ? ge + 2 : e;
			continue;
		}
		if (*s != '{') {
			s++;
			continue;
		}
		if ((c = memchr(s, '}', (size_t)(e - s))) == NULL)
			break;
		n = (size_t)(c - s - 1);
		if (n >= sizeof name)
			return (0);
		memcpy(name, s + 1, n);
		name[n] = '\0';
		if (strcmp(name, "note") == 0) {
			if (fd->note[0] == '\0')
				return (0);
		} else if ((a = finding_get_arg(fd, name)) == NULL ||
		    (a->type == FA_FLAG && a->v == 0))
			return (0);
		s = c + 1;
	}
	return (1);
}

static void
arg_text(const struct finding *fd, const struct finding_arg *a, int flags,
    char *buf, size_t len)
{
	int	human = (flags & FT_LOCALE) ? UF_HUMAN : 0;

	(void)fd;
	switch (a->type) {
	case FA_CODE:
	case FA_TEXT:
		snprintf(buf, len, "%s", a->s);
		break;
	case FA_INT:
		snprintf(buf, len, "%lld", (long long)a->v);
		break;
	case FA_AMOUNT:
		units_fmt_amount(buf, len, a->v, a->unit, 2, human);
		break;
	case FA_VOLUME:
		if (human)
			units_fmt_human(buf, len, a->v, 1000, 3, 0);
		else
			units_fmt_ml(buf, len, a->v);
		break;
	case FA_LENGTH:
		if (human)
			units_fmt_human(buf, len, a->v, 1000, 2, 0);
		else
			units_fmt(buf, len, a->v, 1000, 2);
		break;
	case FA_PH:
	case FA_X100:
		if (human)
			units_fmt_human(buf, len, a->v, 100, 2, 0);
		else
			units_fmt(buf, len, a->v, 100, 2);
		break;
	case FA_PERCENT:
		snprintf(buf, len, "%s%lld", a->v > 0 ? "+" : "",
		    (long long)a->v);
		break;
	case FA_WEIGHT:
		if (human)
			units_fmt_human(buf, len, a->v, 1000, 1, 0);
		else
			units_fmt(buf, len, a->v, 1000, 1);
		break;
	case FA_OSMOLALITY:
		if (human)
			units_fmt_human(buf, len, a->v, 1, 0, UF_GROUP);
		else
			snprintf(buf, len, "%lld", (long long)a->v);
		break;
	case FA_FLAG:
		buf[0] = '\0';
		break;
	}
}

static void
render(const struct finding *fd, int flags, const char *s, const char *e,
    struct out *o)
{
	const struct finding_arg	*a;
	const char			*c, *ge, *alt;
	char				 name[48], val[96];
	size_t				 n;
	int				 depth;

	while (s < e) {
		if (s[0] == '[' && s[1] == '[') {
			if ((ge = group_end(s + 2)) == NULL || ge > e)
				ge = e;
			/* An alternative at this group's own depth. */
			alt = NULL;
			depth = 0;
			for (c = s + 2; c < ge; c++) {
				if (c[0] == '[' && c[1] == '[') {
					depth++;
					c++;
				} else if (c[0] == ']' && c[1] == ']') {
					depth--;
					c++;
				} else if (depth == 0 && c[0] == '|' &&
				    c[1] == '|') {
					alt = c;
					break;
				}
			}
			if (group_ready(fd, s + 2, alt != NULL ? alt : ge))
				render(fd, flags, s + 2, alt != NULL ? alt : ge,
				    o);
			else if (alt != NULL)
				render(fd, flags, alt + 2, ge, o);
			s = ge < e ? ge + 2 : e;
			continue;
		}
		if (*s != '{' ||
		    (c = memchr(s, '}', (size_t)(e - s))) == NULL) {
			out_put(o, s, 1);
			s++;
			continue;
		}
		n = (size_t)(c - s - 1);
		if (n < sizeof name) {
			memcpy(name, s + 1, n);
			name[n] = '\0';
			if (strcmp(name, "note") == 0)
				out_put(o, fd->note, strlen(fd->note));
			else if ((a = finding_get_arg(fd, name)) != NULL) {
				arg_text(fd, a, flags, val, sizeof val);
				out_put(o, val, strlen(val));
			}
		}
		s = c + 1;
	}
}

char *
finding_text(const struct finding *fd, int flags, char *buf, size_t len)
{
	struct out	 o = { buf, len, 0 };
	const char	*t = finding_template(fd->id);

	if (len > 0)
		buf[0] = '\0';
	if (flags & FT_TRANSLATE)
		t = _(t);
	render(fd, flags, t, t + strlen(t), &o);
	return (buf);
}

void
finding_figure(const struct finding_arg *a, char *key, size_t klen,
    char *num, size_t nlen)
{
	const char	*suffix = "";

	num[0] = '\0';
	switch (a->type) {
	case FA_CODE:
	case FA_TEXT:
		snprintf(num, nlen, "%s", a->s);
		break;
	case FA_INT:
	case FA_OSMOLALITY:
	case FA_FLAG:
		snprintf(num, nlen, "%lld", (long long)a->v);
		suffix = a->type == FA_OSMOLALITY ? "_mosm" : "";
		break;
	case FA_AMOUNT:
		units_fmt(num, nlen, a->v, 1000000, 6);
		suffix = a->unit == UNIT_MU ? "_units" : "_mg";
		break;
	case FA_VOLUME:
		units_fmt_ml(num, nlen, a->v);
		suffix = "_ml";
		break;
	case FA_LENGTH:
		units_fmt(num, nlen, a->v, 1000, 3);
		suffix = "_mm";
		break;
	case FA_PH:
	case FA_X100:
		units_fmt(num, nlen, a->v, 100, 2);
		break;
	case FA_PERCENT:
		snprintf(num, nlen, "%lld", (long long)a->v);
		suffix = "_pct";
		break;
	case FA_WEIGHT:
		units_fmt(num, nlen, a->v, 1000, 3);
		suffix = "_kg";
		break;
	}
	snprintf(key, klen, "%s%s", a->name, suffix);
}

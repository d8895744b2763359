#include "config.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xmalloc.h"
#include "io/json_cocktail.h"

#define PATH_LEN 96

struct jframe {
	int	 array;
	int	 index;
	int	 expect_key;
	char	 key[48];
};

/* The numeric top-level keys: file unit -> integer unit, range, field. */
static const struct numkey {
	const char	*key;
	int64_t		 scale;
	double		 lo, hi;
	int		 integral;
	size_t		 off;
} nums[] = {
	{ "surface_cm2", 1, 0, 30000, 0,
	    offsetof(struct cocktail, surface_cm2) },
	{ "spacing_mm", 1000, 0, 100, 0,
	    offsetof(struct cocktail, spacing_um) },
	{ "volume_per_point_ml", 1000, 0, 5, 0,
	    offsetof(struct cocktail, volume_per_point_ul) },
	{ "depth_mm", 1000, 0, 30, 0,
	    offsetof(struct cocktail, depth_um) },
	{ "syringe_ml", 1000, 0, 100, 0,
	    offsetof(struct cocktail, syringe_ul) },
	{ "threads", 1, 0, 1000, 1,
	    offsetof(struct cocktail, threads) },
	{ "thread_length_cm", 10, 0, 50, 0,
	    offsetof(struct cocktail, thread_length_mm) },
	{ "volume_per_cm_ml", 1000, 0, 5, 0,
	    offsetof(struct cocktail, volume_per_cm_ul) },
	{ "volume_per_cm2_ml", 1000, 0, 1, 0,
	    offsetof(struct cocktail, volume_per_cm2_ul) },
	{ "overage_pct", 1, -1, 100, 0,
	    offsetof(struct cocktail, overage_pct) },
	{ "total_ml", 1000, 0, 1000, 0,
	    offsetof(struct cocktail, total_ul) },
	{ "points", 1, 0, 1000000, 1,
	    offsetof(struct cocktail, points) },
	{ "delivered_ml", 1000, 0, 1000, 0,
	    offsetof(struct cocktail, delivered_ul) },
};

static int	 seterr(struct meso_error *, const char *, const char *, ...)
		    __attribute__((format(printf, 3, 4)));
static int	 get_number(json_t *, const char *, struct meso_error *,
		    double *);
static int	 get_scaled(json_t *, const char *, const char *, int64_t,
		    double, double, int, int64_t *, struct meso_error *);
static int	 get_code(json_t *, const char *, char *, size_t,
		    struct meso_error *);
static int	 check_keys(json_t *, const char *const *, const char *,
		    struct meso_error *);
static int	 parse_codes(json_t *, const char *, char (*)[CODE_LEN],
		    size_t *, struct meso_error *);
static int	 parse_patient(json_t *, struct patient *, struct meso_error *);
static int	 parse_component(json_t *, size_t, struct cocktail *,
		    struct meso_error *);

static void
frame_path(const struct jframe *st, int depth, char *buf, size_t len)
{
	size_t	n = 0;
	int	i;

	buf[0] = '\0';
	for (i = 0; i < depth && n < len; i++) {
		if (st[i].array)
			n += (size_t)snprintf(buf + n, len - n, "[%d]",
			    st[i].index);
		else if (st[i].key[0] != '\0')
			n += (size_t)snprintf(buf + n, len - n, "%s%s",
			    n ? "." : "", st[i].key);
	}
}

int
json_field_line(const char *text, const char *field)
{
	struct jframe	 st[32];
	char		 path[PATH_LEN * 2], want[PATH_LEN], *p;
	int		 depth = 0, line = 1, best = 0, in_value = 0;
	const char	*s = text;
	size_t		 k;

	snprintf(want, sizeof want, "%s", field);
	for (;;) {
		for (; *s != '\0'; s++) {
			if (*s == '\n') {
				line++;
				continue;
			}
			if (*s == ' ' || *s == '\t' || *s == '\r')
				continue;
			/* A value starts in an array: its element path. */
			if (depth > 0 && st[depth - 1].array && !in_value &&
			    *s != ']' && *s != ',') {
				in_value = 1;
				frame_path(st, depth, path, sizeof path);
				if (strcmp(path, want) == 0)
					return (line);
			}
			if (*s == '{' || *s == '[') {
				if (depth == 32)
					return (best);
				memset(&st[depth], 0, sizeof st[depth]);
				st[depth].array = *s == '[';
				st[depth].expect_key = *s == '{';
				depth++;
				in_value = 0;
			} else if (*s == '}' || *s == ']') {
				if (depth > 0)
					depth--;
				in_value = 1;
			} else if (*s == ',') {
				if (depth > 0 && st[depth - 1].array) {
					st[depth - 1].index++;
					in_value = 0;
				} else if (depth > 0)
					st[depth - 1].expect_key = 1;
			} else if (*s == ':') {
				in_value = 1;
			} else if (*s == '"') {
				const char *e = s + 1;

				while (*e != '\0' && *e != '"') {
					if (*e == '\\' && e[1] != '\0')
						e++;
					e++;
				}
				if (depth > 0 && !st[depth - 1].array &&
				    st[depth - 1].expect_key) {
					k = (size_t)(e - s - 1);
					if (k >= sizeof st[0].key)
						k = sizeof st[0].key - 1;
					memcpy(st[depth - 1].key, s + 1, k);
					st[depth - 1].key[k] = '\0';
					st[depth - 1].expect_key = 0;
					frame_path(st, depth, path,
					    sizeof path);
					if (strcmp(path, want) == 0)
						return (line);
				}
				if (*e == '\0')
					return (best);
				s = e;
			}
		}
		/* Not found: try the parent path. */
		if ((p = strrchr(want, '.')) == NULL &&
		    (p = strrchr(want, '[')) == NULL)
			return (best);
		*p = '\0';
		s = text;
		line = 1;
		depth = 0;
		in_value = 0;
	}
}

static int
seterr(struct meso_error *err, const char *field, const char *fmt, ...)
{
	va_list	ap;

	snprintf(err->field, sizeof err->field, "%s", field);
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof err->message, fmt, ap);
	va_end(ap);
	return (-1);
}

static int
get_number(json_t *v, const char *field, struct meso_error *err, double *out)
{
	if (!json_is_number(v))
		return (seterr(err, field, "must be a number"));
	*out = json_number_value(v);
	if (!isfinite(*out))
		return (seterr(err, field, "must be a finite number"));
	return (0);
}

/*
 * A number in [lo, hi], scaled to an integer count of 1/scale units;
 * with integral set, a whole number.
 */
static int
get_scaled(json_t *obj, const char *key, const char *field, int64_t scale,
    double lo, double hi, int integral, int64_t *out, struct meso_error *err)
{
	json_t	*v = json_object_get(obj, key);
	double	 d = 0;
	char	 f[PATH_LEN];

	if (v == NULL)
		return (1);
	snprintf(f, sizeof f, "%s%s%s", field, field[0] ? "." : "", key);
	if (get_number(v, f, err, &d) != 0)
		return (-1);
	if (integral && !json_is_integer(v) && modf(d, &(double){0}) > 0.0)
		return (seterr(err, f, "must be a whole number"));
	if (d <= lo || d > hi)
		return (seterr(err, f, "%g is out of range: must be more than "
		    "%g and at most %g", d, lo, hi));
	if (units_from_double(d, scale, INT64_MAX / 4, out) != 0)
		return (seterr(err, f, "%g is out of range", d));
	if (*out == 0 && lo >= 0)
		return (seterr(err, f, "%g is too small to be measured", d));
	return (0);
}

static int
valid_code(const char *s)
{
	size_t	i;

	if (!((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= '0' && s[0] <= '9')))
		return (0);
	for (i = 0; s[i] != '\0'; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return (0);
	return (i < CODE_LEN);
}

static int
get_code(json_t *v, const char *field, char *out, size_t len,
    struct meso_error *err)
{
	const char	*s;

	if (!json_is_string(v))
		return (seterr(err, field, "must be a string (a code)"));
	s = json_string_value(v);
	if (!valid_code(s))
		return (seterr(err, field, "'%s' is not a code (lower case "
		    "letters, digits and hyphens)", s));
	snprintf(out, len, "%s", s);
	return (0);
}

static int
check_keys(json_t *obj, const char *const *allowed, const char *field,
    struct meso_error *err)
{
	const char	*key;
	json_t		*v;
	size_t		 i;
	char		 f[PATH_LEN];

	json_object_foreach(obj, key, v) {
		for (i = 0; allowed[i] != NULL; i++)
			if (strcmp(allowed[i], key) == 0)
				break;
		if (allowed[i] == NULL) {
			snprintf(f, sizeof f, "%s%s%s", field, field[0] ? "." :
			    "", key);
			return (seterr(err, f, "unknown key '%s'", key));
		}
	}
	return (0);
}

static int
parse_codes(json_t *v, const char *field, char (*list)[CODE_LEN], size_t *n,
    struct meso_error *err)
{
	json_t	*e;
	size_t	 i;
	char	 f[PATH_LEN], code[CODE_LEN];

	*n = 0;
	if (v == NULL)
		return (0);
	if (!json_is_array(v))
		return (seterr(err, field, "must be a list of codes"));
	json_array_foreach(v, i, e) {
		snprintf(f, sizeof f, "%s[%zu]", field, i);
		if (get_code(e, f, code, sizeof code, err) != 0)
			return (-1);
		if (*n >= PATIENT_MAX_CODES)
			return (seterr(err, f, "more than %d codes",
			    PATIENT_MAX_CODES));
		/* Kept as written, repeats too: an error names its index. */
		snprintf(list[(*n)++], CODE_LEN, "%s", code);
	}
	return (0);
}

static int
parse_patient(json_t *o, struct patient *p, struct meso_error *err)
{
	static const char *const keys[] = { "id", "name", "age", "sex",
	    "weight_kg", "allergies", "conditions", "medications", NULL };
	json_t	*v;
	int64_t	 x;
	int	 rc;

	patient_init(p);
	if (!json_is_object(o))
		return (seterr(err, "patient", "must be an object"));
	if (check_keys(o, keys, "patient", err) != 0)
		return (-1);
	if ((v = json_object_get(o, "id")) != NULL) {
		if (json_is_integer(v))
			snprintf(p->id, sizeof p->id, "%lld",
			    (long long)json_integer_value(v));
		else if (json_is_string(v) && json_string_length(v) > 0 &&
		    json_string_length(v) < sizeof p->id)
			snprintf(p->id, sizeof p->id, "%s",
			    json_string_value(v));
		else
			return (seterr(err, "patient.id", "must be a string "
			    "of 1 to 64 characters"));
	}
	if ((v = json_object_get(o, "name")) != NULL) {
		if (!json_is_string(v) || json_string_length(v) >= NAME_LEN)
			return (seterr(err, "patient.name", "must be a string "
			    "of at most %d bytes", NAME_LEN - 1));
		snprintf(p->name, sizeof p->name, "%s", json_string_value(v));
	}
	rc = get_scaled(o, "age", "patient", 1, -1, 130, 1, &x, err);
	if (rc < 0)
		return (-1);
	if (rc == 0)
		p->age = (int)x;
	if ((v = json_object_get(o, "sex")) != NULL) {
		const char *s = json_is_string(v) ? json_string_value(v) : "";

		if (strcmp(s, "female") && strcmp(s, "male") &&
		    strcmp(s, "other"))
			return (seterr(err, "patient.sex", "must be \"female\", "
			    "\"male\" or \"other\""));
		snprintf(p->sex, sizeof p->sex, "%s", s);
	}
	/* Weight in grams: 1 kg to 400 kg. */
	rc = get_scaled(o, "weight_kg", "patient", 1000, 0.999, 400, 0, &x,
	    err);
	if (rc < 0)
		return (-1);
	if (rc == 0)
		p->weight_g = x;
	if (parse_codes(json_object_get(o, "allergies"), "patient.allergies",
	    p->allergies, &p->nallergies, err) != 0 ||
	    parse_codes(json_object_get(o, "conditions"),
	    "patient.conditions", p->conditions, &p->nconditions, err) != 0 ||
	    parse_codes(json_object_get(o, "medications"),
	    "patient.medications", p->medications, &p->nmedications, err) != 0)
		return (-1);
	return (0);
}

static int
parse_component(json_t *o, size_t i, struct cocktail *c,
    struct meso_error *err)
{
	static const char *const keys[] = { "product", "ingredient",
	    "mg_per_ml", "mcg_per_ml", "units_per_ml", "ml", "parts", NULL };
	static const struct {
		const char	*key;
		int64_t		 scale;	/* to ug/mL or mu/mL */
		double		 max;
		enum unit	 unit;
	} strengths[] = {
		{ "mg_per_ml", 1000, 1000, UNIT_UG },
		{ "mcg_per_ml", 1, 1000000, UNIT_UG },
		{ "units_per_ml", 1000, 1000000, UNIT_MU },
	};
	struct component	*cp;
	json_t			*prod, *ing;
	char			 field[PATH_LEN], f[PATH_LEN], code[CODE_LEN];
	int64_t			 x;
	size_t			 k;
	int			 rc, nstrength = 0;

	snprintf(field, sizeof field, "components[%zu]", i);
	if (!json_is_object(o))
		return (seterr(err, field, "must be an object"));
	if (check_keys(o, keys, field, err) != 0)
		return (-1);
	prod = json_object_get(o, "product");
	ing = json_object_get(o, "ingredient");
	if ((prod == NULL) == (ing == NULL))
		return (seterr(err, field, prod ? "names both a product and "
		    "an ingredient: give one" : "names neither a product nor "
		    "an ingredient"));
	snprintf(f, sizeof f, "%s.%s", field, prod ? "product" : "ingredient");
	if (get_code(prod ? prod : ing, f, code, sizeof code, err) != 0)
		return (-1);
	if ((cp = cocktail_add(c, code, prod != NULL)) == NULL)
		return (seterr(err, field, "more than %d components",
		    COCKTAIL_MAX_COMPONENTS));
	for (k = 0; k < sizeof strengths / sizeof strengths[0]; k++) {
		rc = get_scaled(o, strengths[k].key, field, strengths[k].scale,
		    0, strengths[k].max, 0, &x, err);
		if (rc < 0)
			return (-1);
		if (rc > 0)
			continue;
		snprintf(f, sizeof f, "%s.%s", field, strengths[k].key);
		if (prod != NULL)
			return (seterr(err, f, "a product brings its own "
			    "strength: give a strength only with an "
			    "ingredient"));
		if (++nstrength > 1)
			return (seterr(err, f, "more than one strength"));
		cp->given_strength = x;
		cp->given_unit = strengths[k].unit;
	}
	rc = get_scaled(o, "ml", field, 1000, 0, 1000, 0, &x, err);
	if (rc < 0)
		return (-1);
	if (rc == 0)
		cp->volume_ul = x;
	/* Parts are kept in thousandths: only their ratio counts. */
	rc = get_scaled(o, "parts", field, 1000, 0, 1000, 0, &x, err);
	if (rc < 0)
		return (-1);
	if (rc == 0) {
		if (cp->volume_ul >= 0) {
			snprintf(f, sizeof f, "%s.parts", field);
			return (seterr(err, f, "give ml or parts, not both"));
		}
		cp->parts = (int)x;
	}
	if (cp->volume_ul < 0 && cp->parts == 0)
		return (seterr(err, field, "has no amount: give ml or parts"));
	return (0);
}

/* text must be NUL-terminated at len. */
int
json_cocktail_parse(const char *text, size_t len, struct cocktail *c,
    struct meso_error *err)
{
	static const char *const keys[] = { "format", "name", "indication",
	    "patient", "components", "area", "surface_cm2", "technique",
	    "spacing_mm", "volume_per_point_ml", "depth_mm", "syringe_ml",
	    "needle", "threads", "thread_length_cm", "volume_per_cm_ml",
	    "volume_per_cm2_ml", "overage_pct", "total_ml", "points",
	    "delivered_ml", NULL };
	json_t		*root, *v, *e;
	json_error_t	 jerr;
	size_t		 i;
	int		 rc;

	merror_clear(err);
	cocktail_init(c);
	root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
	if (root == NULL) {
		err->line = jerr.line > 0 ? jerr.line : 0;
		snprintf(err->message, sizeof err->message, "not valid JSON: "
		    "%s", jerr.text);
		return (-1);
	}
	rc = -1;
	if (!json_is_object(root)) {
		seterr(err, "", "a cocktail file is a JSON object");
		goto out;
	}
	if (check_keys(root, keys, "", err) != 0)
		goto out;
	if ((v = json_object_get(root, "format")) != NULL &&
	    (!json_is_string(v) ||
	    strcmp(json_string_value(v), COCKTAIL_FORMAT) != 0)) {
		seterr(err, "format", "must be \"%s\"", COCKTAIL_FORMAT);
		goto out;
	}
	if ((v = json_object_get(root, "name")) != NULL) {
		if (!json_is_string(v) ||
		    json_string_length(v) >= sizeof c->name) {
			seterr(err, "name", "must be a string of at most %zu "
			    "bytes", sizeof c->name - 1);
			goto out;
		}
		snprintf(c->name, sizeof c->name, "%s", json_string_value(v));
	}
	if ((v = json_object_get(root, "indication")) != NULL &&
	    get_code(v, "indication", c->indication, sizeof c->indication,
	    err) != 0)
		goto out;
	if ((v = json_object_get(root, "area")) != NULL &&
	    get_code(v, "area", c->area, sizeof c->area, err) != 0)
		goto out;
	if ((v = json_object_get(root, "technique")) != NULL &&
	    get_code(v, "technique", c->technique, sizeof c->technique,
	    err) != 0)
		goto out;
	if ((v = json_object_get(root, "needle")) != NULL &&
	    get_code(v, "needle", c->needle, sizeof c->needle, err) != 0)
		goto out;
	if ((c->area[0] == '\0') != (c->technique[0] == '\0')) {
		seterr(err, c->area[0] ? "area" : "technique", "a plan needs "
		    "both an area and a technique");
		goto out;
	}
	for (i = 0; i < sizeof nums / sizeof nums[0]; i++) {
		int64_t	*dst = (int64_t *)(void *)((char *)c + nums[i].off);
		int	 r;

		r = get_scaled(root, nums[i].key, "", nums[i].scale,
		    nums[i].lo, nums[i].hi, nums[i].integral, dst, err);
		if (r < 0)
			goto out;
		if (r > 0)
			*dst = -1;
	}
	if ((v = json_object_get(root, "patient")) != NULL) {
		if (parse_patient(v, &c->patient, err) != 0)
			goto out;
		c->has_patient = 1;
	}
	v = json_object_get(root, "components");
	if (v == NULL || !json_is_array(v) || json_array_size(v) == 0) {
		seterr(err, "components", v == NULL ? "missing: a cocktail "
		    "has at least one component" : "must be a non-empty list");
		goto out;
	}
	json_array_foreach(v, i, e) {
		if (parse_component(e, i, c, err) != 0)
			goto out;
		{
			char	f[PATH_LEN];

			snprintf(f, sizeof f, "components[%zu]", i);
			c->components[c->ncomponents - 1].line =
			    json_field_line(text, f);
		}
	}
	if (cocktail_has_parts(c) && c->technique[0] == '\0' &&
	    c->total_ul < 0 && c->delivered_ul < 0) {
		seterr(err, "components", "components in parts need an area "
		    "and technique, total_ml or delivered_ml");
		goto out;
	}
	rc = 0;
out:
	if (rc != 0 && err->line == 0)
		err->line = json_field_line(text, err->field);
	if (rc != 0 && err->line == 0)
		err->line = 1;	/* the file as a whole: its first line */
	json_decref(root);
	return (rc);
}

static json_t *
json_scaled(int64_t v, int64_t scale)
{
	char	buf[48];

	if (v % scale == 0)
		return (json_integer(v / scale));
	snprintf(buf, sizeof buf, "%lld.%0*lld", (long long)(v / scale),
	    scale == 1000 ? 3 : scale == 100 ? 2 : 1,
	    (long long)(v % scale));
	return (json_real(strtod(buf, NULL)));
}

static json_t *
json_codes(const char (*list)[CODE_LEN], size_t n)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; i < n; i++)
		json_array_append_new(a, json_string(list[i]));
	return (a);
}

char *
json_cocktail_dump(const struct cocktail *c)
{
	const struct component	*cp;
	const struct patient	*p = &c->patient;
	json_t			*root, *comps, *o, *po;
	char			*text;
	size_t			 i;

	root = json_object();
	json_object_set_new(root, "format", json_string(COCKTAIL_FORMAT));
	if (c->name[0] != '\0')
		json_object_set_new(root, "name", json_string(c->name));
	if (c->indication[0] != '\0')
		json_object_set_new(root, "indication",
		    json_string(c->indication));
	if (c->has_patient) {
		po = json_object();
		if (p->id[0] != '\0')
			json_object_set_new(po, "id", json_string(p->id));
		if (p->name[0] != '\0')
			json_object_set_new(po, "name", json_string(p->name));
		if (p->age >= 0)
			json_object_set_new(po, "age", json_integer(p->age));
		if (p->sex[0] != '\0')
			json_object_set_new(po, "sex", json_string(p->sex));
		if (p->weight_g > 0)
			json_object_set_new(po, "weight_kg",
			    json_scaled(p->weight_g, 1000));
		json_object_set_new(po, "allergies",
		    json_codes(p->allergies, p->nallergies));
		json_object_set_new(po, "conditions",
		    json_codes(p->conditions, p->nconditions));
		json_object_set_new(po, "medications",
		    json_codes(p->medications, p->nmedications));
		json_object_set_new(root, "patient", po);
	}
	comps = json_array();
	for (i = 0; i < c->ncomponents; i++) {
		cp = &c->components[i];
		o = json_object();
		json_object_set_new(o, cp->is_product ? "product" :
		    "ingredient", json_string(cp->code));
		if (!cp->is_product && cp->given_strength >= 0) {
			if (cp->given_unit == UNIT_MU)
				json_object_set_new(o, "units_per_ml",
				    json_scaled(cp->given_strength, 1000));
			else if (cp->given_strength % 1000 == 0 ||
			    cp->given_strength >= 1000)
				json_object_set_new(o, "mg_per_ml",
				    json_scaled(cp->given_strength, 1000));
			else
				json_object_set_new(o, "mcg_per_ml",
				    json_integer(cp->given_strength));
		}
		if (cp->parts > 0)
			json_object_set_new(o, "parts",
			    json_scaled(cp->parts, 1000));
		else if (cp->volume_ul >= 0)
			json_object_set_new(o, "ml",
			    json_scaled(cp->volume_ul, 1000));
		json_array_append_new(comps, o);
	}
	json_object_set_new(root, "components", comps);
	if (c->area[0] != '\0')
		json_object_set_new(root, "area", json_string(c->area));
	if (c->technique[0] != '\0')
		json_object_set_new(root, "technique",
		    json_string(c->technique));
	if (c->needle[0] != '\0')
		json_object_set_new(root, "needle", json_string(c->needle));
	for (i = 0; i < sizeof nums / sizeof nums[0]; i++) {
		int64_t v = *(const int64_t *)(const void *)((const char *)c +
		    nums[i].off);

		if (v >= 0)
			json_object_set_new(root, nums[i].key,
			    json_scaled(v, nums[i].scale));
	}
	text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(root);
	if (text == NULL)
		return (xstrdup("{}"));
	/* jansson allocates with malloc: the caller frees with free(). */
	return (text);
}

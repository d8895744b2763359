/* Reading typed amounts, strengths and plan figures (input.h). */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "tui/input.h"

static const char	*skip_space(const char *);
static int		 word_is(const char *, const char *const *);

static const char *
skip_space(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return (s);
}

/* Is s (up to trailing blanks) one of words, ignoring case? */
static int
word_is(const char *s, const char *const *words)
{
	size_t	n = strlen(s), i;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	for (i = 0; words[i] != NULL; i++)
		if (strlen(words[i]) == n && strncasecmp(s, words[i], n) == 0)
			return (1);
	return (0);
}

const char *
input_fixed(const char *s, int places, int64_t *out)
{
	int64_t	 v = 0;
	int	 digits = 0, dec = -1;

	s = skip_space(s);
	for (;; s++) {
		if (*s >= '0' && *s <= '9') {
			if (dec >= 0 && ++dec > places)
				return (NULL);
			if (v > (INT64_MAX - 9) / 10 || ++digits > 15)
				return (NULL);
			v = v * 10 + (*s - '0');
		} else if ((*s == '.' || *s == ',') && dec < 0)
			dec = 0;
		else
			break;
	}
	if (digits == 0)
		return (NULL);
	for (dec = dec < 0 ? 0 : dec; dec < places; dec++)
		v *= 10;
	*out = v;
	return (s);
}

int
input_amount(const char *s, int parts_default, int64_t *volume_ul,
    int *parts, char *err, size_t errlen)
{
	static const char *const ml[] = { "ml", "mL", NULL };
	static const char *const pw[] = { "p", "part", "parts", NULL };
	const char	*e;
	int64_t		 v;
	int		 is_parts = parts_default;

	if ((e = input_fixed(s, 3, &v)) == NULL) {
		snprintf(err, errlen, "give an amount: 0.5 (mL) or 2p (parts)");
		return (-1);
	}
	e = skip_space(e);
	if (*e != '\0') {
		if (word_is(e, ml))
			is_parts = 0;
		else if (word_is(e, pw))
			is_parts = 1;
		else {
			snprintf(err, errlen, "'%s': say ml or p (parts)", e);
			return (-1);
		}
	}
	if (v <= 0) {
		snprintf(err, errlen, "the amount must be above zero");
		return (-1);
	}
	if (v > 1000000) {
		snprintf(err, errlen, "at most 1000 %s", is_parts ? "parts" :
		    "mL");
		return (-1);
	}
	if (is_parts) {
		*parts = (int)v;
		*volume_ul = -1;
	} else {
		*parts = 0;
		*volume_ul = v;
	}
	return (0);
}

int
input_strength(const char *s, enum unit default_unit, int64_t *strength,
    enum unit *unit, char *err, size_t errlen)
{
	static const char *const mg[] = { "mg", "mg/ml", "mg/mL", NULL };
	static const char *const mcg[] = { "mcg", "mcg/ml", "mcg/mL", "ug",
	    "ug/ml", NULL };
	static const char *const units[] = { "u", "unit", "units",
	    "units/ml", "units/mL", "u/ml", NULL };
	const char	*e;
	int64_t		 v;
	int		 kind;	/* 0 mg, 1 mcg, 2 units */

	if (*skip_space(s) == '\0') {
		*strength = -1;
		*unit = UNIT_NONE;
		return (0);
	}
	if ((e = input_fixed(s, 3, &v)) == NULL) {
		snprintf(err, errlen, "give a strength per mL: 10 mg, 500 mcg "
		    "or 150 units");
		return (-1);
	}
	e = skip_space(e);
	kind = default_unit == UNIT_MU ? 2 : 0;
	if (*e != '\0') {
		if (word_is(e, mg))
			kind = 0;
		else if (word_is(e, mcg))
			kind = 1;
		else if (word_is(e, units))
			kind = 2;
		else {
			snprintf(err, errlen, "'%s': say mg, mcg or units (per "
			    "mL)", e);
			return (-1);
		}
	}
	if (v <= 0) {
		snprintf(err, errlen, "the strength must be above zero");
		return (-1);
	}
	switch (kind) {
	case 0:		/* thousandths of mg = ug */
		if (v > 1000000) {
			snprintf(err, errlen, "at most 1000 mg/mL");
			return (-1);
		}
		*strength = v;
		*unit = UNIT_UG;
		break;
	case 1:		/* thousandths of mcg */
		if (v % 1000 != 0 || v > 1000000000) {
			snprintf(err, errlen, "mcg/mL: a whole number up to "
			    "1000000");
			return (-1);
		}
		*strength = v / 1000;
		*unit = UNIT_UG;
		break;
	default:	/* thousandths of units = milli-units */
		if (v > 1000000000) {
			snprintf(err, errlen, "at most 1000000 units/mL");
			return (-1);
		}
		*strength = v;
		*unit = UNIT_MU;
		break;
	}
	return (0);
}

int
input_figure(const char *s, int places, int64_t max, int64_t *out, char *err,
    size_t errlen)
{
	const char	*e;
	int64_t		 v;

	if (*skip_space(s) == '\0') {
		*out = -1;
		return (0);
	}
	if ((e = input_fixed(s, places, &v)) == NULL ||
	    *skip_space(e) != '\0') {
		snprintf(err, errlen, "give a number%s, or nothing for the "
		    "default", places > 0 ? "" : " without decimals");
		return (-1);
	}
	if (v <= 0 || v > max) {
		char	b[32];
		int64_t	scale = 1;
		int	i;

		for (i = 0; i < places; i++)
			scale *= 10;
		snprintf(err, errlen, "above zero and at most %s",
		    units_fmt(b, sizeof b, max, scale, places));
		return (-1);
	}
	*out = v;
	return (0);
}

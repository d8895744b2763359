#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "units.h"

static const char *unit_db_names[] = {
#define X(id, db, display) db,
	UNIT_LIST
#undef X
};

const char *
unit_db_name(enum unit u)
{
	return (unit_db_names[u]);
}

int
unit_from_db(const char *s, enum unit *u)
{
	size_t	i;

	for (i = 0; i < sizeof unit_db_names / sizeof unit_db_names[0]; i++) {
		if (strcmp(s, unit_db_names[i]) == 0) {
			*u = (enum unit)i;
			return (0);
		}
	}
	return (-1);
}

int64_t
units_div_round(int64_t a, int64_t b)
{
	int64_t	q, r;

	if (b <= 0)
		return (0);
	if (a < 0)
		return (-units_div_round(-a, b));
	q = a / b;
	r = a % b;
	/* Half up, without computing a + b / 2 (which may overflow). */
	return (r >= b - r ? q + 1 : q);
}

int64_t
units_div_ceil(int64_t a, int64_t b)
{
	if (b <= 0)
		return (0);
	return (a / b + (a % b != 0));
}

int64_t
units_round_step(int64_t v, int64_t step)
{
	if (step <= 0)
		return (v);
	return (units_div_round(v, step) * step);
}

int64_t
units_floor_step(int64_t v, int64_t step)
{
	if (step <= 0 || v < 0)
		return (v);
	return (v / step * step);
}

/*
 * a x b / c = (qa c + ra)(qb c + rb) / c
 *           = qa qb c + qa rb + ra qb + ra rb / c,
 * every term an integer but the last, whose operands are below c.
 */
int64_t
units_muldiv_round(int64_t a, int64_t b, int64_t c)
{
	int64_t	qa, ra, qb, rb;

	if (c <= 0 || a <= 0 || b <= 0)
		return (0);
	qa = a / c;
	ra = a % c;
	qb = b / c;
	rb = b % c;
	return (qa * qb * c + qa * rb + ra * qb +
	    units_div_round(ra * rb, c));
}

int64_t
units_sqrt_round(int64_t v)
{
	int64_t	r, x;

	if (v <= 0)
		return (0);
	/* Newton from above: the integer square root, rounded down. */
	x = v;
	r = x / 2 + x % 2;
	while (r < x) {
		x = r;
		r = (x + v / x) / 2;
	}
	/* Half up: x + 1/2 <= sqrt(v) when x^2 + x < v (integers). */
	return (x * x + x < v ? x + 1 : x);
}

/*
 * The number a person wrote (1.005) is a double that may sit just below
 * it (1.00499...): its fraction, rounded to nine decimals, is the decimal
 * that was written, which is then scaled and rounded half up, exactly.
 * Arithmetic only: no text, so no locale.
 */
int
units_from_double(double d, int64_t scale, int64_t max, int64_t *out)
{
	double		 w;
	int64_t		 whole, frac, v, num;

	if (!isfinite(d) || d < 0 || scale <= 0 || scale > 1000000 ||
	    d >= 1e15 / (double)scale)
		return (-1);
	w = floor(d);
	whole = (int64_t)w;
	frac = (int64_t)llround((d - w) * 1e9);	/* d - w is exact */
	if (frac >= 1000000000) {
		whole++;
		frac -= 1000000000;
	}
	num = frac * scale;			/* < 1e15 */
	v = whole * scale + num / 1000000000 +
	    ((num % 1000000000) * 2 >= 1000000000 ? 1 : 0);
	if (v > max)
		return (-1);
	*out = v;
	return (0);
}

int
units_parse(const char *s, char sep, int64_t scale, int64_t max,
    int64_t *out, const char **end)
{
	int64_t		 whole = 0, frac = 0, fdiv = 1, v;
	int		 ndig = 0, nfrac = 0, round = 0;

	if (scale <= 0 || scale > 1000000000)
		return (-1);
	for (; *s >= '0' && *s <= '9'; s++) {
		if (++ndig > 15)
			return (-1);
		whole = whole * 10 + (*s - '0');
	}
	if (*s == sep || *s == '.') {
		s++;
		for (; *s >= '0' && *s <= '9'; s++, nfrac++) {
			if (fdiv < scale) {
				frac = frac * 10 + (*s - '0');
				fdiv *= 10;
			} else if (fdiv == scale && round == 0) {
				/* The first digit beyond the scale rounds. */
				round = *s >= '5' ? 1 : -1;
			}
		}
		if (nfrac == 0 && ndig == 0)
			return (-1);
	}
	if (ndig == 0 && nfrac == 0)
		return (-1);
	/* frac / fdiv in units of 1/scale; fdiv divides scale (powers of ten). */
	v = whole * scale + frac * (scale / fdiv) + (round > 0 ? 1 : 0);
	if (whole > INT64_MAX / scale - 1 || v > max)
		return (-1);
	if (end != NULL)
		*end = s;
	*out = v;
	return (0);
}

char *
units_fmt(char *buf, size_t len, int64_t v, int64_t scale, int places)
{
	int64_t		 whole, frac, div;
	int		 i, neg = v < 0;
	char		 fbuf[32];
	size_t		 n;

	if (neg)
		v = v == INT64_MIN ? INT64_MAX : -v;
	/* Reduce to `places` decimals first, rounding half up. */
	div = 1;
	for (i = 0; i < places; i++)
		div *= 10;
	if (scale > div) {
		v = units_div_round(v, scale / div);
		scale = div;
	}
	if (v == 0)
		neg = 0;	/* rounded to nothing: no "-0" */
	whole = v / scale;
	frac = v % scale;
	if (frac == 0) {
		snprintf(buf, len, "%s%lld", neg ? "-" : "", (long long)whole);
		return (buf);
	}
	/* scale is a power of ten: print the fraction with its width. */
	n = 0;
	for (div = scale; div > 1; div /= 10)
		n++;
	snprintf(fbuf, sizeof fbuf, "%0*lld", (int)n, (long long)frac);
	while (n > 0 && fbuf[n - 1] == '0')
		fbuf[--n] = '\0';
	snprintf(buf, len, "%s%lld.%s", neg ? "-" : "", (long long)whole, fbuf);
	return (buf);
}

char *
units_fmt_ml(char *buf, size_t len, int64_t ul)
{
	return (units_fmt(buf, len, ul, 1000, 3));
}

static char	units_dp = '.';
static char	units_group[8] = ",";

void
units_locale_init(void)
{
	const struct lconv	*lc = localeconv();

	units_dp = '.';
	if (lc != NULL && lc->decimal_point != NULL &&
	    strlen(lc->decimal_point) == 1)
		units_dp = lc->decimal_point[0];
	if (lc != NULL && lc->thousands_sep != NULL &&
	    lc->thousands_sep[0] != '\0' &&
	    strlen(lc->thousands_sep) < sizeof units_group &&
	    strcmp(lc->thousands_sep, lc->decimal_point) != 0)
		snprintf(units_group, sizeof units_group, "%s",
		    lc->thousands_sep);
	else
		snprintf(units_group, sizeof units_group, "%s",
		    units_dp == '.' ? "," : " ");
}

char
units_decimal_point(void)
{
	return (units_dp);
}

/* Rewrite a dotted decimal for a person: separator, grouping. */
static char *
units_humanise(char *buf, size_t len, const char *plain, int flags, char dp,
    const char *group)
{
	const char	*dot = strchr(plain, '.'), *p = plain;
	size_t		 n = 0, digits, glen = strlen(group), i;

	if (*p == '-') {
		if (n + 1 < len)
			buf[n++] = '-';
		p++;
	}
	digits = (dot != NULL ? (size_t)(dot - p) : strlen(p));
	for (i = 0; i < digits; i++) {
		if ((flags & UF_GROUP) && i > 0 && (digits - i) % 3 == 0 &&
		    n + glen < len) {
			memcpy(buf + n, group, glen);
			n += glen;
		}
		if (n + 1 < len)
			buf[n++] = p[i];
	}
	if (dot != NULL) {
		if (n + 1 < len)
			buf[n++] = dp;
		for (p = dot + 1; *p != '\0' && n + 1 < len; p++)
			buf[n++] = *p;
	}
	buf[n < len ? n : len - 1] = '\0';
	return (buf);
}

char *
units_fmt_human(char *buf, size_t len, int64_t v, int64_t scale, int places,
    int flags)
{
	char	plain[48];

	units_fmt(plain, sizeof plain, v, scale, places);
	return (units_humanise(buf, len, plain, flags, units_dp, units_group));
}

char *
units_fmt_amount(char *buf, size_t len, int64_t v, enum unit u, int places,
    int flags)
{
	char		 n[48], plain[48];
	const char	*word;
	int64_t		 scale;

	if (u == UNIT_MU) {
		scale = 1000000;
		word = "units";
	} else if (v < 1000000 && v > -1000000) {
		scale = 1000;
		word = "mcg";
	} else {
		scale = 1000000;
		word = "mg";
	}
	units_fmt(plain, sizeof plain, v, scale, places);
	if (flags & UF_HUMAN)
		units_humanise(n, sizeof n, plain, flags, units_dp,
		    units_group);
	else	/* a dot, and with UF_GROUP a comma: ISMP, for labels */
		units_humanise(n, sizeof n, plain, flags, '.', ",");
	snprintf(buf, len, "%s %s", n, word);
	return (buf);
}

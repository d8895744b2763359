#include "config.h"

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

/*
 * The number a person wrote (1.005) is a double that may sit just below
 * it (1.00499...): printed with nine decimals it is the decimal that was
 * written, which is then scaled and rounded half up, exactly.
 */
int
units_from_double(double d, int64_t scale, int64_t max, int64_t *out)
{
	char		 buf[64], *dot;
	long long	 whole, frac;
	int64_t		 v, num;

	if (!isfinite(d) || d < 0 || scale <= 0 || scale > 1000000 ||
	    d >= 1e15 / (double)scale)
		return (-1);
	snprintf(buf, sizeof buf, "%.9f", d);
	if ((dot = strchr(buf, '.')) == NULL)
		return (-1);
	*dot = '\0';
	whole = strtoll(buf, NULL, 10);
	frac = strtoll(dot + 1, NULL, 10);	/* nine digits: 1e-9 units */
	num = (int64_t)frac * scale;		/* < 1e15 */
	v = (int64_t)whole * scale + num / 1000000000 +
	    ((num % 1000000000) * 2 >= 1000000000 ? 1 : 0);
	if (v > max)
		return (-1);
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

/*
 * Quantities and units.  Every quantity in mesomix is an integer in its
 * smallest unit: volumes in microlitres (ul), masses in nanograms (ng)
 * inside computations and micrograms (ug) in the database, enzyme
 * activity in micro-units (uu) inside computations and milli-units (mu)
 * in the database, pH in hundredths (centi-pH), lengths in micrometres.
 * Rounding is defined here and nowhere else.
 */
#ifndef MESO_UNITS_H
#define MESO_UNITS_H

#include <stddef.h>
#include <stdint.h>

/* The unit a strength (amount per mL) is given in. */
#define UNIT_LIST \
	X(UNIT_NONE, "none", "") \
	X(UNIT_UG, "ug", "mg") \
	X(UNIT_MU, "mu", "units")

enum unit {
#define X(id, db, display) id,
	UNIT_LIST
#undef X
};

const char	*unit_db_name(enum unit);
int		 unit_from_db(const char *, enum unit *);

/* Division of non-negative integers, rounded half up. */
int64_t		 units_div_round(int64_t, int64_t);
/* Round to the nearest multiple of step (half up); step <= 0 leaves v. */
int64_t		 units_round_step(int64_t, int64_t);
/* Ceiling division of non-negative integers. */
int64_t		 units_div_ceil(int64_t, int64_t);
/* Round down to a multiple of step; step <= 0 leaves v. */
int64_t		 units_floor_step(int64_t, int64_t);
/*
 * a x b / c for non-negative a and b, rounded half up, without the
 * product overflowing (c at most about 3e9); 0 when c <= 0.
 */
int64_t		 units_muldiv_round(int64_t, int64_t, int64_t);
/* The square root of a non-negative integer, rounded half up. */
int64_t		 units_sqrt_round(int64_t);

/*
 * Convert a decimal number read from a file into an integer count of
 * 1/scale units (scale 1000: mL -> uL), rounded half up.  Returns -1 if
 * the value is not finite, negative, or above max (in the result unit).
 * Never depends on the locale.
 */
int		 units_from_double(double, int64_t, int64_t, int64_t *);

/*
 * Parse decimal text ("0.5", "12", "1,25" when sep is ',') into an integer
 * count of 1/scale units, exactly, rounded half up beyond the scale.  Only
 * digits and one separator: no sign, no exponent, no grouping.  The
 * separator is given, never taken from the locale: files pass '.', what a
 * person types passes units_decimal_point() (and '.' is always accepted
 * too).  Returns 0, or -1 when the text is not such a number or is above
 * max; *end (when not NULL) points past the number.
 */
int		 units_parse(const char *, char, int64_t, int64_t, int64_t *,
		    const char **);

/*
 * Format v / scale as a decimal with at most `places` decimals, the ISMP
 * way: a leading zero (0.5), no trailing zero (5, not 5.0).  Always a dot:
 * this is the form for files, JSON and the database.
 */
char		*units_fmt(char *, size_t, int64_t, int64_t, int);
/* Volume in uL as mL, 3 decimals at most. */
char		*units_fmt_ml(char *, size_t, int64_t);

/*
 * The same for a person: the decimal separator of the user's locale
 * (LC_NUMERIC, read when the program starts: units_locale_init), and with
 * UF_GROUP, thousands grouped (1,000; 1 000 in French).
 */
#define UF_GROUP	0x1
void		 units_locale_init(void);
char		 units_decimal_point(void);
char		*units_fmt_human(char *, size_t, int64_t, int64_t, int, int);

/*
 * An amount for a person, ISMP: v in ng (UNIT_UG) shown in mcg below 1 mg
 * and in mg from 1 mg; in micro-units (UNIT_MU) shown as "units" in full;
 * at most `places` decimals, no trailing zero, a leading zero.  flags:
 * UF_GROUP, UF_HUMAN (the locale's separator; without it, a dot).
 */
#define UF_HUMAN	0x2
char		*units_fmt_amount(char *, size_t, int64_t, enum unit, int, int);

#endif

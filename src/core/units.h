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

/*
 * Convert a decimal number read from a file into an integer count of
 * 1/scale units (scale 1000: mL -> uL), rounded half up.  Returns -1 if
 * the value is not finite, negative, or above max (in the result unit).
 */
int		 units_from_double(double, int64_t, int64_t, int64_t *);

/*
 * Format v / scale as a decimal with at most `places` decimals, the ISMP
 * way: a leading zero (0.5), no trailing zero (5, not 5.0).
 */
char		*units_fmt(char *, size_t, int64_t, int64_t, int);
/* Volume in uL as mL, 3 decimals at most. */
char		*units_fmt_ml(char *, size_t, int64_t);

#endif

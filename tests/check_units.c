/*
 * units.c (integer arithmetic, rounding, parsing and ISMP formatting of
 * quantities) and finding.c (the findings list: dedup, verdict, order).
 * Every calculation is a table with boundary rows: zero, maximum,
 * overflow, and the decimal inputs that binary floating point mangles.
 */
#include "config.h"

#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/finding.h"
#include "core/units.h"
#include "testutil.h"

#define NELEM(a) (sizeof (a) / sizeof (a)[0])

/* units_div_round ------------------------------------------------------- */

static const struct {
	int64_t	a, b, want;
} div_round_rows[] = {
	{ 0, 1, 0 },
	{ 0, 7, 0 },
	{ 1, 1, 1 },
	{ 1, 2, 1 },		/* 0.5 -> 1: half up */
	{ 1, 3, 0 },
	{ 2, 3, 1 },
	{ 5, 2, 3 },		/* 2.5 -> 3 */
	{ 7, 2, 4 },		/* 3.5 -> 4 */
	{ 4, 3, 1 },
	{ 5, 3, 2 },
	{ 149, 100, 1 },
	{ 150, 100, 2 },	/* 1.5 -> 2 */
	{ 151, 100, 2 },
	{ 499, 1000, 0 },
	{ 500, 1000, 1 },
	{ 999, 1000, 1 },
	{ 1000, 1000, 1 },
	/* a dose: 10 mg of lidocaine in 62 kg, ng per kg */
	{ 10000000LL * 1000, 62000, 161290 },
	/* b <= 0 is no division: 0, never a trap */
	{ 10, 0, 0 },
	/* the largest operands: the result fits, the arithmetic must too */
	{ INT64_MAX, 1, INT64_MAX },
	{ INT64_MAX, 2, INT64_MAX / 2 + 1 },	/* ...03.5 -> ...04 */
	{ INT64_MAX - 1, INT64_MAX, 1 },
	{ INT64_MAX / 2, INT64_MAX, 0 },	/* 0.4999... */
	{ INT64_MAX / 2 + 1, INT64_MAX, 1 },	/* 0.5000... */
};

START_TEST(test_div_round)
{
	ck_assert_msg(units_div_round(div_round_rows[_i].a,
	    div_round_rows[_i].b) == div_round_rows[_i].want,
	    "units_div_round(%lld, %lld) = %lld, wanted %lld",
	    (long long)div_round_rows[_i].a, (long long)div_round_rows[_i].b,
	    (long long)units_div_round(div_round_rows[_i].a,
	    div_round_rows[_i].b), (long long)div_round_rows[_i].want);
}
END_TEST

/* units_div_ceil -------------------------------------------------------- */

static const struct {
	int64_t	a, b, want;
} div_ceil_rows[] = {
	{ 0, 1, 0 },
	{ 0, 100000000, 0 },
	{ 1, 1, 1 },
	{ 1, 2, 1 },
	{ 2, 2, 1 },
	{ 3, 2, 2 },
	{ 9999, 10000, 1 },
	{ 10000, 10000, 1 },
	{ 10001, 10000, 2 },
	/* grid points: 510 cm2 at 10 mm is 510 points exactly */
	{ 510LL * 100000000, 10000LL * 10000, 510 },
	/* 1 cm2 at 20 mm: a quarter of a point is still one point */
	{ 100000000, 20000LL * 20000, 1 },
	{ 10, 0, 0 },
	{ INT64_MAX, 1, INT64_MAX },
	{ INT64_MAX, 2, INT64_MAX / 2 + 1 },
	{ INT64_MAX, INT64_MAX, 1 },
	{ INT64_MAX - 1, INT64_MAX, 1 },
};

START_TEST(test_div_ceil)
{
	ck_assert_msg(units_div_ceil(div_ceil_rows[_i].a,
	    div_ceil_rows[_i].b) == div_ceil_rows[_i].want,
	    "units_div_ceil(%lld, %lld) = %lld, wanted %lld",
	    (long long)div_ceil_rows[_i].a, (long long)div_ceil_rows[_i].b,
	    (long long)units_div_ceil(div_ceil_rows[_i].a,
	    div_ceil_rows[_i].b), (long long)div_ceil_rows[_i].want);
}
END_TEST

/* units_round_step: half up at every syringe graduation ------------------ */

static const struct {
	int64_t	v, step, want;
} round_step_rows[] = {
	/* 0.01 mL marks (1 mL tuberculin) */
	{ 0, 10, 0 },
	{ 4, 10, 0 },
	{ 5, 10, 10 },
	{ 6, 10, 10 },
	{ 14, 10, 10 },
	{ 15, 10, 20 },
	{ 995, 10, 1000 },
	{ 1234, 10, 1230 },
	{ 1235, 10, 1240 },
	/* 0.1 mL marks */
	{ 49, 100, 0 },
	{ 50, 100, 100 },
	{ 149, 100, 100 },
	{ 150, 100, 200 },
	{ 1250, 100, 1300 },
	/* 0.2 mL marks (3, 5 and 10 mL syringes) */
	{ 99, 200, 0 },
	{ 100, 200, 200 },
	{ 299, 200, 200 },
	{ 300, 200, 400 },
	{ 500, 200, 600 },
	{ 1234, 200, 1200 },
	{ 1300, 200, 1400 },
	{ 10000, 200, 10000 },
	/* no graduation known: the volume is kept as it is */
	{ 1, 0, 1 },
	{ 7, -1, 7 },
	{ 123, 1, 123 },
	{ 1000000, 200, 1000000 },
};

START_TEST(test_round_step)
{
	ck_assert_msg(units_round_step(round_step_rows[_i].v,
	    round_step_rows[_i].step) == round_step_rows[_i].want,
	    "units_round_step(%lld, %lld) = %lld, wanted %lld",
	    (long long)round_step_rows[_i].v,
	    (long long)round_step_rows[_i].step,
	    (long long)units_round_step(round_step_rows[_i].v,
	    round_step_rows[_i].step), (long long)round_step_rows[_i].want);
}
END_TEST

/* units_floor_step: down to a mark ---------------------------------------- */

static const struct {
	int64_t	v, step, want;
} floor_step_rows[] = {
	{ 0, 10, 0 },
	{ 9, 10, 0 },
	{ 10, 10, 10 },
	{ 1599, 200, 1400 },
	{ 1600, 200, 1600 },
	{ 1510, 200, 1400 },
	{ 7, 0, 7 },		/* no marks: as it is */
	{ 7, -1, 7 },
};

START_TEST(test_floor_step)
{
	ck_assert_int_eq(units_floor_step(floor_step_rows[_i].v,
	    floor_step_rows[_i].step), floor_step_rows[_i].want);
}
END_TEST

/* units_muldiv_round: a x b / c, half up, never overflowing ----------------- */

static const struct {
	int64_t	a, b, c, want;
} muldiv_rows[] = {
	{ 0, 5, 7, 0 },
	{ 5, 0, 7, 0 },
	{ 5, 7, 0, 0 },			/* no divisor: 0 */
	{ 1, 1, 2, 1 },			/* 0.5 -> 1 */
	{ 1, 1, 3, 0 },
	{ 2, 1, 3, 1 },
	{ 400000000, 19800, 20000, 396000000 },	/* 400 mg, 19.8 of 20 mL */
	{ 100000, 995, 1000, 99500 },
	{ 72000000, 1000, 10300, 6990291 },	/* 6.990291 mg/mL */
	/* 9.2e18 would overflow a x b: 2e12 ng x 2e6 uL / 2e6 uL */
	{ 2000000000000LL, 2000000, 2000000, 2000000000000LL },
	{ 2000000000000LL, 1999999, 2000000, 1999999000000LL },
	{ 3, 3000000000LL, 2000000000LL, 5 },	/* 4.5 -> 5 */
};

START_TEST(test_muldiv)
{
	ck_assert_msg(units_muldiv_round(muldiv_rows[_i].a, muldiv_rows[_i].b,
	    muldiv_rows[_i].c) == muldiv_rows[_i].want,
	    "%lld x %lld / %lld = %lld, wanted %lld",
	    (long long)muldiv_rows[_i].a, (long long)muldiv_rows[_i].b,
	    (long long)muldiv_rows[_i].c, (long long)units_muldiv_round(
	    muldiv_rows[_i].a, muldiv_rows[_i].b, muldiv_rows[_i].c),
	    (long long)muldiv_rows[_i].want);
}
END_TEST

/* units_sqrt_round: spacing from surface and points ------------------------ */

static const struct {
	int64_t	v, want;
} sqrt_rows[] = {
	{ 0, 0 },
	{ 1, 1 },
	{ 2, 1 },		/* 1.414 */
	{ 3, 2 },		/* 1.732 */
	{ 6, 2 },		/* 2.449 */
	{ 7, 3 },		/* 2.646 */
	{ 100000000, 10000 },	/* 1 cm2 per point: 10 mm */
	{ 1020000000, 31937 },	/* 510 cm2 / 50 points: 31937.4 um */
	{ 510000000, 22583 },	/* 510 cm2 / 100 points: 22583.2 um */
	{ 3000000000000LL, 1732051 },	/* 1732050.8 */
	{ INT64_MAX, 3037000500LL },	/* 3037000499.98 */
};

START_TEST(test_sqrt)
{
	ck_assert_msg(units_sqrt_round(sqrt_rows[_i].v) == sqrt_rows[_i].want,
	    "sqrt(%lld) = %lld, wanted %lld", (long long)sqrt_rows[_i].v,
	    (long long)units_sqrt_round(sqrt_rows[_i].v),
	    (long long)sqrt_rows[_i].want);
}
END_TEST

/* units_from_double ------------------------------------------------------ */

/* rc -1: refused (out untouched is not required). */
static const struct {
	const char	*what;
	double		 d;
	int64_t		 scale, max;
	int		 rc;
	int64_t		 want;
} from_double_rows[] = {
	{ "NaN", NAN, 1000, 1000000, -1, 0 },
	{ "+inf", INFINITY, 1000, 1000000, -1, 0 },
	{ "-inf", -INFINITY, 1000, 1000000, -1, 0 },
	{ "negative", -0.001, 1000, 1000000, -1, 0 },
	{ "negative, large", -5.0, 1000, 1000000, -1, 0 },
	{ "zero", 0.0, 1000, 1000000, 0, 0 },
	{ "0.5 mL", 0.5, 1000, 1000000, 0, 500 },
	{ "0.05 mL", 0.05, 1000, 1000000, 0, 50 },
	{ "0.1 + 0.2 mL", 0.1 + 0.2, 1000, 1000000, 0, 300 },
	{ "0.3 mL", 0.3, 1000, 1000000, 0, 300 },
	{ "0.7 mL", 0.7, 1000, 1000000, 0, 700 },
	{ "1.1 mL", 1.1, 1000, 1000000, 0, 1100 },
	{ "4.35 mL", 4.35, 1000, 1000000, 0, 4350 },
	{ "1.005 mL", 1.005, 1000, 1000000, 0, 1005 },
	{ "0.0005 mL: half a uL rounds up", 0.0005, 1000, 1000000, 0, 1 },
	{ "0.0004 mL: below half a uL", 0.0004, 1000, 1000000, 0, 0 },
	{ "0.0015 mL", 0.0015, 1000, 1000000, 0, 2 },
	/*
	 * The file says 0.5005 mL: 500.5 uL, half up 501.  The double
	 * nearest 0.5005 lies just below it, so a plain floor(d * scale +
	 * 0.5) gives 500.
	 */
	{ "0.5005 mL (decimal half up)", 0.5005, 1000, 1000000, 0, 501 },
	{ "0.145 x 100 (decimal half up)", 0.145, 100, 1000000, 0, 15 },
	{ "1.005 x 100 (decimal half up)", 1.005, 100, 1000000, 0, 101 },
	{ "62.5 kg", 62.5, 1000, 400000, 0, 62500 },
	{ "weight at the maximum", 400.0, 1000, 400000, 0, 400000 },
	{ "1000 mL, the maximum", 1000.0, 1000, 1000000, 0, 1000000 },
	{ "just above the maximum", 1000.001, 1000, 1000000, -1, 0 },
	{ "1e300 mL", 1e300, 1000, INT64_MAX / 4, -1, 0 },
	{ "9.3e18 in a max of INT64_MAX", 9.3e18, 1, INT64_MAX, -1, 0 },
	/* (double)INT64_MAX is 2^63, one above INT64_MAX */
	{ "2^63 in a max of INT64_MAX", 9223372036854775807.0, 1, INT64_MAX,
	    -1, 0 },
	{ "a tiny positive number", 1e-300, 1000, 1000000, 0, 0 },
	{ "threads, scale 1", 12.0, 1, 1000, 0, 12 },
	{ "thread length 4.5 cm in mm", 4.5, 10, 500, 0, 45 },
};

START_TEST(test_from_double)
{
	int64_t	out = -12345;
	int	rc;

	rc = units_from_double(from_double_rows[_i].d,
	    from_double_rows[_i].scale, from_double_rows[_i].max, &out);
	ck_assert_msg(rc == from_double_rows[_i].rc,
	    "%s: units_from_double returned %d, wanted %d (out %lld)",
	    from_double_rows[_i].what, rc, from_double_rows[_i].rc,
	    (long long)out);
	if (from_double_rows[_i].rc == 0)
		ck_assert_msg(out == from_double_rows[_i].want,
		    "%s: got %lld, wanted %lld", from_double_rows[_i].what,
		    (long long)out, (long long)from_double_rows[_i].want);
}
END_TEST

/* units_fmt / units_fmt_ml: ISMP --------------------------------------- */

static const struct {
	int64_t		 v, scale;
	int		 places;
	const char	*want;
} fmt_rows[] = {
	{ 500, 1000, 3, "0.5" },	/* a leading zero, never ".5" */
	{ 5000, 1000, 3, "5" },		/* no trailing zero, never "5.0" */
	{ 50, 1000, 3, "0.05" },
	{ 12345, 1000, 3, "12.345" },
	{ 0, 1000, 3, "0" },
	{ 1, 1000, 3, "0.001" },
	{ 1010, 1000, 3, "1.01" },
	{ 100000, 1000, 3, "100" },
	/* rounding to fewer places, half up */
	{ 12345, 1000, 2, "12.35" },
	{ 12344, 1000, 2, "12.34" },
	{ 12345, 1000, 1, "12.3" },
	{ 12350, 1000, 1, "12.4" },
	{ 1234567, 10000, 3, "123.457" },
	{ 1234565, 10000, 3, "123.457" },
	{ 1234564, 10000, 3, "123.456" },
	{ 999999, 1000000, 3, "1" },	/* 0.999999 -> 1.000 -> "1" */
	{ 9995, 10000, 3, "1" },
	{ 9994, 10000, 3, "0.999" },
	{ 1500, 1000, 0, "2" },
	{ 1499, 1000, 0, "1" },
	{ 4, 1000, 2, "0" },		/* 0.004 at 2 places */
	{ 5, 1000, 2, "0.01" },
	/* scale finer than places: nothing to round */
	{ 5, 100, 3, "0.05" },
	{ 750, 100, 2, "7.5" },		/* pH */
	{ 700, 100, 2, "7" },
	{ 42, 1, 0, "42" },
	{ 42, 1, 3, "42" },
	{ 100000000, 1000000, 2, "100" },	/* 100 mg in ng */
	{ 1500000, 1000000, 2, "1.5" },
	/* negatives keep the sign, and only when the value is not zero */
	{ -500, 1000, 3, "-0.5" },
	{ -5000, 1000, 3, "-5" },
	{ -12345, 1000, 2, "-12.35" },
	{ -4, 1000, 2, "0" },		/* -0.004 at 2 places is 0, not "-0" */
};

START_TEST(test_fmt)
{
	char	 buf[64], *r;

	memset(buf, 'x', sizeof buf);
	r = units_fmt(buf, sizeof buf, fmt_rows[_i].v, fmt_rows[_i].scale,
	    fmt_rows[_i].places);
	ck_assert_ptr_eq(r, buf);
	ck_assert_msg(strcmp(buf, fmt_rows[_i].want) == 0,
	    "units_fmt(%lld, %lld, %d) = \"%s\", wanted \"%s\"",
	    (long long)fmt_rows[_i].v, (long long)fmt_rows[_i].scale,
	    fmt_rows[_i].places, buf, fmt_rows[_i].want);
}
END_TEST

static const struct {
	int64_t		 ul;
	const char	*want;
} fmt_ml_rows[] = {
	{ 500, "0.5" },
	{ 5000, "5" },
	{ 50, "0.05" },
	{ 12345, "12.345" },
	{ 1, "0.001" },
	{ 10, "0.01" },
	{ 100, "0.1" },
	{ 0, "0" },
	{ 200, "0.2" },
	{ 15070, "15.07" },
	{ 9580, "9.58" },
	{ 1000000, "1000" },
	{ 1234567, "1234.567" },
};

START_TEST(test_fmt_ml)
{
	char	 buf[32];

	ck_assert_ptr_eq(units_fmt_ml(buf, sizeof buf, fmt_ml_rows[_i].ul),
	    buf);
	ck_assert_msg(strcmp(buf, fmt_ml_rows[_i].want) == 0,
	    "units_fmt_ml(%lld) = \"%s\", wanted \"%s\"",
	    (long long)fmt_ml_rows[_i].ul, buf, fmt_ml_rows[_i].want);
}
END_TEST

START_TEST(test_fmt_small_buffer)
{
	char	buf[8];

	/* Truncates inside the buffer, never past it (ASan watches). */
	memset(buf, 'x', sizeof buf);
	units_fmt(buf, 4, 1234567, 1000, 3);
	ck_assert_int_eq(buf[3], '\0');
	ck_assert_int_eq(buf[4], 'x');
}
END_TEST

/* unit names --------------------------------------------------------------- */

START_TEST(test_unit_names)
{
	enum unit	u = UNIT_NONE;

	ck_assert_str_eq(unit_db_name(UNIT_UG), "ug");
	ck_assert_str_eq(unit_db_name(UNIT_MU), "mu");
	ck_assert_int_eq(unit_from_db("ug", &u), 0);
	ck_assert_int_eq(u, UNIT_UG);
	ck_assert_int_eq(unit_from_db("mu", &u), 0);
	ck_assert_int_eq(u, UNIT_MU);
	ck_assert_int_eq(unit_from_db("none", &u), 0);
	ck_assert_int_eq(u, UNIT_NONE);
	u = UNIT_UG;
	ck_assert_int_eq(unit_from_db("mg", &u), -1);
	ck_assert_int_eq(unit_from_db("", &u), -1);
	ck_assert_int_eq(unit_from_db("UG", &u), -1);
	ck_assert_int_eq(u, UNIT_UG);
}
END_TEST

/* finding.c -------------------------------------------------------------- */

static struct findings F;

static void
findings_setup(void)
{
	findings_init(&F);
}

static void
findings_teardown(void)
{
	findings_free(&F);
}

START_TEST(test_findings_add)
{
	struct finding	*fd;

	ck_assert_uint_eq(F.n, 0);
	fd = tu_addf(&F, SEV_BLOCK, KIND_INCOMPATIBILITY,
	    (const char *const[]){ "hyaluronidase", "hyaluronic-acid", NULL },
	    "King et al., JCAD 2018", "%s depolymerises %s", "hyaluronidase",
	    "hyaluronic acid");
	ck_assert_ptr_nonnull(fd);
	ck_assert_uint_eq(F.n, 1);
	ck_assert_ptr_eq(fd, &F.v[0]);
	ck_assert_int_eq(fd->severity, SEV_BLOCK);
	ck_assert_int_eq(fd->kind, KIND_INCOMPATIBILITY);
	ck_assert_uint_eq(fd->ncodes, 2);
	ck_assert_str_eq(fd->codes[0], "hyaluronidase");
	ck_assert_str_eq(fd->codes[1], "hyaluronic-acid");
	ck_assert_str_eq(fd->source, "King et al., JCAD 2018");
	ck_assert_str_eq(tu_msg(fd),
	    "hyaluronidase depolymerises hyaluronic acid");
}
END_TEST

START_TEST(test_findings_null_codes_and_source)
{
	struct finding	*fd;

	fd = tu_addf(&F, SEV_CAUTION, KIND_CONTRAINDICATION, NULL, NULL,
	    "pregnancy");
	ck_assert_uint_eq(fd->ncodes, 0);
	ck_assert_str_eq(fd->source, "");
	ck_assert_str_eq(tu_msg(fd), "pregnancy");
}
END_TEST

START_TEST(test_findings_codes)
{
	struct finding	*fd;
	char		 longcode[200];

	/* Repeated codes collapse; at most FINDING_MAX_CODES are kept. */
	fd = tu_addf(&F, SEV_INFO, KIND_NO_DATA,
	    (const char *const[]){ "a", "b", "a", "c", "d", "e", "f", NULL },
	    "", "x");
	ck_assert_uint_eq(fd->ncodes, FINDING_MAX_CODES);
	ck_assert_str_eq(fd->codes[0], "a");
	ck_assert_str_eq(fd->codes[1], "b");
	ck_assert_str_eq(fd->codes[2], "c");
	ck_assert_str_eq(fd->codes[3], "d");
	finding_code(fd, "z");
	ck_assert_uint_eq(fd->ncodes, FINDING_MAX_CODES);

	fd = tu_addf(&F, SEV_INFO, KIND_NO_DATA,
	    (const char *const[]){ "a", NULL }, "", "y");
	finding_code(fd, "a");
	ck_assert_uint_eq(fd->ncodes, 1);
	finding_code(fd, "b");
	ck_assert_uint_eq(fd->ncodes, 2);
	ck_assert_str_eq(fd->codes[1], "b");

	/* A code longer than CODE_LEN is cut inside its slot. */
	memset(longcode, 'q', sizeof longcode - 1);
	longcode[sizeof longcode - 1] = '\0';
	fd = tu_addf(&F, SEV_INFO, KIND_NO_DATA,
	    (const char *const[]){ longcode, NULL }, "", "z");
	ck_assert_uint_eq(strlen(fd->codes[0]), CODE_LEN - 1);
}
END_TEST

START_TEST(test_findings_long_message)
{
	struct finding	*fd;
	char		 big[2000];

	memset(big, 'm', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	fd = tu_addf(&F, SEV_INFO, KIND_DOSE, NULL, big, "%s", big);
	/* The note is kept to its length, and its words with it. */
	ck_assert_uint_eq(strlen(fd->note), sizeof fd->note - 1);
	ck_assert_str_eq(tu_msg(fd), fd->note);
	ck_assert_uint_eq(strlen(fd->source), sizeof fd->source - 1);
}
END_TEST

/* Which additions are the same finding (one rule reached twice). */
static const struct {
	const char	*what;
	enum severity	 sev;
	enum finding_kind kind;
	const char	*code0, *code1;
	const char	*message;
	size_t		 want_n;
} dedup_rows[] = {
	{ "identical", SEV_BLOCK, KIND_ALLERGY, "procaine", NULL,
	    "ester allergy", 1 },
	{ "another severity", SEV_CAUTION, KIND_ALLERGY, "procaine", NULL,
	    "ester allergy", 2 },
	{ "another kind", SEV_BLOCK, KIND_CONTRAINDICATION, "procaine", NULL,
	    "ester allergy", 2 },
	{ "another code", SEV_BLOCK, KIND_ALLERGY, "lidocaine", NULL,
	    "ester allergy", 2 },
	{ "one more code", SEV_BLOCK, KIND_ALLERGY, "procaine", "lidocaine",
	    "ester allergy", 2 },
	{ "another message", SEV_BLOCK, KIND_ALLERGY, "procaine", NULL,
	    "ester allergy (2)", 2 },
};

START_TEST(test_findings_dedup)
{
	struct finding	*first, *second;
	const char	*codes[3];

	first = tu_addf(&F, SEV_BLOCK, KIND_ALLERGY,
	    (const char *const[]){ "procaine", NULL }, "src", "%s",
	    "ester allergy");
	codes[0] = dedup_rows[_i].code0;
	codes[1] = dedup_rows[_i].code1;
	codes[2] = NULL;
	second = tu_addf(&F, dedup_rows[_i].sev, dedup_rows[_i].kind,
	    codes, "src", "%s", dedup_rows[_i].message);
	ck_assert_msg(F.n == dedup_rows[_i].want_n, "%s: %zu findings, "
	    "wanted %zu", dedup_rows[_i].what, F.n, dedup_rows[_i].want_n);
	if (dedup_rows[_i].want_n == 1)
		ck_assert_ptr_eq(first, second);
	else
		ck_assert_ptr_eq(second, &F.v[1]);
}
END_TEST

START_TEST(test_findings_grow)
{
	size_t	i;

	/* Well past the first allocation: every finding kept, in order. */
	for (i = 0; i < 100; i++)
		tu_addf(&F, (enum severity)(i % 3), KIND_DOSE, NULL, "",
		    "finding %zu", i);
	ck_assert_uint_eq(F.n, 100);
	for (i = 0; i < 100; i++) {
		char	want[32];

		snprintf(want, sizeof want, "finding %zu", i);
		ck_assert_str_eq(tu_msg(&F.v[i]), want);
	}
	/* The same 100 again: nothing new. */
	for (i = 0; i < 100; i++)
		tu_addf(&F, (enum severity)(i % 3), KIND_DOSE, NULL, "",
		    "finding %zu", i);
	ck_assert_uint_eq(F.n, 100);
	findings_clear(&F);
	ck_assert_uint_eq(F.n, 0);
	ck_assert_int_eq(findings_verdict(&F), -1);
	tu_addf(&F, SEV_INFO, KIND_DOSE, NULL, "", "again");
	ck_assert_uint_eq(F.n, 1);
	findings_free(&F);
	ck_assert_uint_eq(F.n, 0);
	ck_assert_ptr_null(F.v);
}
END_TEST

/* Verdict: the highest severity, -1 for none. */
static const struct {
	const char	*sevs;	/* i, c, b */
	int		 want;
} verdict_rows[] = {
	{ "", -1 },
	{ "i", SEV_INFO },
	{ "iii", SEV_INFO },
	{ "c", SEV_CAUTION },
	{ "ic", SEV_CAUTION },
	{ "ci", SEV_CAUTION },
	{ "b", SEV_BLOCK },
	{ "icb", SEV_BLOCK },
	{ "bci", SEV_BLOCK },
	{ "iiiibiiii", SEV_BLOCK },
};

static enum severity
sev_of(char c)
{
	return (c == 'b' ? SEV_BLOCK : c == 'c' ? SEV_CAUTION : SEV_INFO);
}

START_TEST(test_findings_verdict)
{
	const char	*s = verdict_rows[_i].sevs;
	size_t		 k;

	for (k = 0; s[k] != '\0'; k++)
		tu_addf(&F, sev_of(s[k]), KIND_DOSE, NULL, "", "%zu", k);
	ck_assert_msg(findings_verdict(&F) == verdict_rows[_i].want,
	    "\"%s\": verdict %d, wanted %d", s, findings_verdict(&F),
	    verdict_rows[_i].want);
}
END_TEST

/* Sort: block, caution, info; stable within a severity. */
static const struct {
	const char	*in;	/* severities in order of addition */
	const char	*out;	/* indexes of addition, in sorted order */
} sort_rows[] = {
	{ "", "" },
	{ "i", "0" },
	{ "icb", "210" },
	{ "bci", "012" },
	{ "icbicb", "251403" },
	{ "bbbb", "0123" },
	{ "iiccbb", "452301" },
	{ "cibcibcib", "258036147" },
};

START_TEST(test_findings_sort)
{
	const char	*in = sort_rows[_i].in, *out = sort_rows[_i].out;
	size_t		 k;

	for (k = 0; in[k] != '\0'; k++)
		tu_addf(&F, sev_of(in[k]), KIND_DOSE, NULL, "", "%zu", k);
	findings_sort(&F);
	ck_assert_uint_eq(F.n, strlen(out));
	for (k = 0; out[k] != '\0'; k++) {
		char	want[2] = { out[k], '\0' };

		ck_assert_msg(strcmp(tu_msg(&F.v[k]), want) == 0,
		    "\"%s\": position %zu holds finding %s, wanted %s", in, k,
		    tu_msg(&F.v[k]), want);
	}
	for (k = 1; k < F.n; k++)
		ck_assert_int_ge(F.v[k - 1].severity, F.v[k].severity);
}
END_TEST

/* The public vocabulary (VOCABULARY.md, mesomix check --format json). */
START_TEST(test_finding_names)
{
	static const struct {
		enum severity	 s;
		const char	*name;
	} sevs[] = {
		{ SEV_INFO, "info" },
		{ SEV_CAUTION, "caution" },
		{ SEV_BLOCK, "block" },
	};
	static const struct {
		enum finding_kind k;
		const char	*name;
	} kinds[] = {
		{ KIND_INCOMPATIBILITY, "incompatibility" },
		{ KIND_ALLERGY, "allergy" },
		{ KIND_CONTRAINDICATION, "contraindication" },
		{ KIND_INTERACTION, "interaction" },
		{ KIND_DOSE, "dose" },
		{ KIND_COUNT, "count" },
		{ KIND_NO_DATA, "no-data" },
		{ KIND_TECHNIQUE, "technique" },
		{ KIND_STABILITY, "stability" },
	};
	enum severity	s;
	size_t		k;

	for (k = 0; k < NELEM(sevs); k++) {
		ck_assert_str_eq(severity_name(sevs[k].s), sevs[k].name);
		ck_assert_int_eq(severity_from_name(sevs[k].name, &s), 0);
		ck_assert_int_eq(s, sevs[k].s);
		ck_assert_ptr_nonnull(severity_word(sevs[k].s));
		ck_assert_ptr_nonnull(severity_glyph(sevs[k].s));
		ck_assert_uint_gt(strlen(severity_glyph(sevs[k].s)), 0);
	}
	ck_assert_int_eq(severity_from_name("fatal", &s), -1);
	ck_assert_int_eq(severity_from_name("", &s), -1);
	ck_assert_int_eq(severity_from_name("BLOCK", &s), -1);
	/* Severity order is what the verdict and the sort rely on. */
	ck_assert_int_lt(SEV_INFO, SEV_CAUTION);
	ck_assert_int_lt(SEV_CAUTION, SEV_BLOCK);
	for (k = 0; k < NELEM(kinds); k++)
		ck_assert_str_eq(kind_name(kinds[k].k), kinds[k].name);
}
END_TEST

static Suite *
units_suite(void)
{
	Suite	*s = suite_create("units");
	TCase	*tc;

	tc = tcase_create("div_round");
	tcase_add_loop_test(tc, test_div_round, 0, NELEM(div_round_rows));
	suite_add_tcase(s, tc);
	tc = tcase_create("div_ceil");
	tcase_add_loop_test(tc, test_div_ceil, 0, NELEM(div_ceil_rows));
	suite_add_tcase(s, tc);
	tc = tcase_create("round_step");
	tcase_add_loop_test(tc, test_round_step, 0, NELEM(round_step_rows));
	tcase_add_loop_test(tc, test_floor_step, 0, NELEM(floor_step_rows));
	tcase_add_loop_test(tc, test_muldiv, 0, NELEM(muldiv_rows));
	tcase_add_loop_test(tc, test_sqrt, 0, NELEM(sqrt_rows));
	suite_add_tcase(s, tc);
	tc = tcase_create("from_double");
	tcase_add_loop_test(tc, test_from_double, 0, NELEM(from_double_rows));
	suite_add_tcase(s, tc);
	tc = tcase_create("fmt");
	tcase_add_loop_test(tc, test_fmt, 0, NELEM(fmt_rows));
	tcase_add_loop_test(tc, test_fmt_ml, 0, NELEM(fmt_ml_rows));
	tcase_add_test(tc, test_fmt_small_buffer);
	suite_add_tcase(s, tc);
	tc = tcase_create("names");
	tcase_add_test(tc, test_unit_names);
	suite_add_tcase(s, tc);
	return (s);
}

static Suite *
finding_suite(void)
{
	Suite	*s = suite_create("finding");
	TCase	*tc;

	tc = tcase_create("list");
	tcase_add_checked_fixture(tc, findings_setup, findings_teardown);
	tcase_add_test(tc, test_findings_add);
	tcase_add_test(tc, test_findings_null_codes_and_source);
	tcase_add_test(tc, test_findings_codes);
	tcase_add_test(tc, test_findings_long_message);
	tcase_add_loop_test(tc, test_findings_dedup, 0, NELEM(dedup_rows));
	tcase_add_test(tc, test_findings_grow);
	tcase_add_loop_test(tc, test_findings_verdict, 0, NELEM(verdict_rows));
	tcase_add_loop_test(tc, test_findings_sort, 0, NELEM(sort_rows));
	tcase_add_test(tc, test_finding_names);
	suite_add_tcase(s, tc);
	return (s);
}

int
main(void)
{
	SRunner	*sr;
	int	 failures;

	sr = srunner_create(units_suite());
	srunner_add_suite(sr, finding_suite());
	srunner_run_all(sr, CK_NORMAL);
	failures = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failures ? EXIT_FAILURE : EXIT_SUCCESS);
}

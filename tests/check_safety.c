/*
 * The safety engine over the seeded formulary: one case (at least) for
 * every kind of rule and every severity, through store_check as the CLI
 * and the TUI call it.  Codes and figures are those of the seed files in
 * db/formulary (sourced in the reference domain-facts files).
 */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cocktail.h"
#include "core/finding.h"
#include "core/plan.h"
#include "store/db.h"
#include "store/store_check.h"
#include "testutil.h"

#define NELEM(a) (sizeof (a) / sizeof (a)[0])
#define ANY_SEV (-1)

static struct db	*DB;
static struct cocktail	 C;
static struct plan	 P;
static struct findings	 F;

static void
setup(void)
{
	DB = tu_db();
	findings_init(&F);
}

static void
teardown(void)
{
	findings_free(&F);
	db_close(DB);
	DB = NULL;
}

static void
dump(const char *json)
{
	size_t	i, j;

	fprintf(stderr, "cocktail: %s\n", json);
	for (i = 0; i < F.n; i++) {
		fprintf(stderr, "  %s %s [", severity_name(F.v[i].severity),
		    kind_name(F.v[i].kind));
		for (j = 0; j < F.v[i].ncodes; j++)
			fprintf(stderr, "%s%s", j ? " " : "", F.v[i].codes[j]);
		fprintf(stderr, "] %.120s\n", tu_msg(&F.v[i]));
	}
}

static void
check(const char *json)
{
	tu_check(DB, json, &C, &P, &F);
}

/*
 * The first finding of a kind (and severity, unless ANY_SEV) naming codes
 * a and b (either may be NULL) whose message holds text (NULL: any).
 */
static const struct finding *
find(enum finding_kind kind, int sev, const char *a, const char *b,
    const char *text)
{
	size_t	i, j;
	int	ha, hb;

	for (i = 0; i < F.n; i++) {
		if (F.v[i].kind != kind)
			continue;
		if (sev != ANY_SEV && (int)F.v[i].severity != sev)
			continue;
		if (text != NULL && strstr(tu_msg(&F.v[i]), text) == NULL)
			continue;
		ha = a == NULL;
		hb = b == NULL;
		for (j = 0; j < F.v[i].ncodes; j++) {
			if (a != NULL && strcmp(F.v[i].codes[j], a) == 0)
				ha = 1;
			if (b != NULL && strcmp(F.v[i].codes[j], b) == 0)
				hb = 1;
		}
		if (ha && hb)
			return (&F.v[i]);
	}
	return (NULL);
}

/* Assert a finding is there, with a source; dump the list if not. */
static void
want(const char *json, enum finding_kind kind, int sev, const char *a,
    const char *b, const char *text)
{
	const struct finding	*fd = find(kind, sev, a, b, text);

	if (fd == NULL)
		dump(json);
	ck_assert_msg(fd != NULL, "no %s %s finding for %s%s%s%s%s",
	    sev == ANY_SEV ? "" : severity_name((enum severity)sev),
	    kind_name(kind), a ? a : "", b ? " + " : "", b ? b : "",
	    text ? " saying " : "", text ? text : "");
	/* A finding from a rule names its source; no-data has no rule. */
	if (kind != KIND_NO_DATA)
		ck_assert_msg(fd->source[0] != '\0', "finding \"%s\" has no "
		    "source", tu_msg(fd));
}

static void
want_none(const char *json, enum finding_kind kind, int sev, const char *a,
    const char *b, const char *text)
{
	const struct finding	*fd = find(kind, sev, a, b, text);

	if (fd != NULL)
		dump(json);
	ck_assert_msg(fd == NULL, "unexpected %s %s finding for %s%s%s: %s",
	    severity_name(fd ? fd->severity : SEV_INFO), kind_name(kind),
	    a ? a : "", b ? " + " : "", b ? b : "", fd ? tu_msg(fd) : "");
}

/* Incompatibility in one syringe ------------------------------------------ */

START_TEST(test_hyaluronidase_ha_block)
{
	const char *j = "{\"components\": ["
	    "{\"product\": \"hyaluronidase-bovine-150\", \"ml\": 0.2},"
	    "{\"product\": \"ha-nx-10\", \"ml\": 2}]}";

	check(j);
	want(j, KIND_INCOMPATIBILITY, SEV_BLOCK, "hyaluronidase",
	    "hyaluronic-acid", NULL);
	ck_assert_int_eq(findings_verdict(&F), SEV_BLOCK);
	/* Sorted: a block comes first. */
	ck_assert_int_eq(F.v[0].severity, SEV_BLOCK);
}
END_TEST

/* Either order, and bare ingredients with their strengths. */
START_TEST(test_hyaluronidase_ha_block_ingredients)
{
	const char *j = "{\"components\": ["
	    "{\"ingredient\": \"hyaluronic-acid\", \"mg_per_ml\": 10, "
	    "\"ml\": 2},"
	    "{\"ingredient\": \"hyaluronidase\", \"units_per_ml\": 150, "
	    "\"ml\": 0.2}]}";

	check(j);
	want(j, KIND_INCOMPATIBILITY, SEV_BLOCK, "hyaluronidase",
	    "hyaluronic-acid", NULL);
}
END_TEST

/* A product's excipient: thiamine is inactivated by sulfite. */
START_TEST(test_excipient_incompatibility)
{
	const char *j = "{\"components\": ["
	    "{\"product\": \"thiamine-100\", \"ml\": 0.5},"
	    "{\"product\": \"lidocaine-epi-1pct\", \"ml\": 0.5}]}";

	check(j);
	want(j, KIND_INCOMPATIBILITY, SEV_BLOCK, "thiamine",
	    "sodium-metabisulfite", NULL);
}
END_TEST

START_TEST(test_hyaluronidase_sulfite)
{
	const char *j = "{\"components\": ["
	    "{\"product\": \"hyaluronidase-ovine-200\", \"ml\": 0.2},"
	    "{\"product\": \"lidocaine-epi-1pct\", \"ml\": 1}]}";

	check(j);
	want(j, KIND_INCOMPATIBILITY, SEV_BLOCK, "hyaluronidase",
	    "sodium-metabisulfite", NULL);
}
END_TEST

/*
 * Lidocaine + bicarbonate: 1 volume of 8.4 % per 10 of lidocaine is the
 * usual buffering (Frank); more is a precipitation risk (caution).
 */
static const struct {
	const char	*lido_ml, *bicarb_ml;
	int		 caution;
} ratio_rows[] = {
	{ "10", "1", 0 },	/* the textbook 1:10 */
	{ "10", "2", 1 },	/* 2:10 */
	{ "4", "0.4", 0 },	/* exactly 1:10 */
	{ "4", "0.6", 1 },
	{ "5", "0.4", 0 },
};

START_TEST(test_ratio)
{
	char	j[512];

	snprintf(j, sizeof j, "{\"components\": ["
	    "{\"product\": \"lidocaine-1pct\", \"ml\": %s},"
	    "{\"product\": \"sodium-bicarbonate-8-4pct\", \"ml\": %s}]}",
	    ratio_rows[_i].lido_ml, ratio_rows[_i].bicarb_ml);
	check(j);
	if (ratio_rows[_i].caution)
		want(j, KIND_INCOMPATIBILITY, SEV_CAUTION, "lidocaine",
		    "sodium-bicarbonate", NULL);
	else
		want_none(j, KIND_INCOMPATIBILITY, ANY_SEV, "lidocaine",
		    "sodium-bicarbonate", NULL);
	/* A compatibility record exists: never no-data. */
	want_none(j, KIND_NO_DATA, ANY_SEV, "lidocaine", "sodium-bicarbonate",
	    NULL);
}
END_TEST

/* Deoxycholic acid with an acidic partner (pH below 7): caution. */
START_TEST(test_ph_condition)
{
	const char *acid = "{\"components\": ["
	    "{\"product\": \"deoxycholic-acid-10\", \"ml\": 1},"
	    "{\"product\": \"thiamine-100\", \"ml\": 0.5}]}";
	const char *alkaline = "{\"components\": ["
	    "{\"product\": \"deoxycholic-acid-10\", \"ml\": 1},"
	    "{\"product\": \"sodium-bicarbonate-8-4pct\", \"ml\": 0.2}]}";

	check(acid);
	want(acid, KIND_INCOMPATIBILITY, SEV_CAUTION, "deoxycholic-acid",
	    "thiamine", "pH");
	check(alkaline);
	want_none(alkaline, KIND_INCOMPATIBILITY, ANY_SEV, "deoxycholic-acid",
	    "sodium-bicarbonate", NULL);
}
END_TEST

/* Lidocaine with epinephrine (pH about 4.2) is an acidic partner too. */
START_TEST(test_ph_condition_lidocaine_epi)
{
	const char *j = "{\"components\": ["
	    "{\"product\": \"deoxycholic-acid-10\", \"ml\": 2},"
	    "{\"product\": \"lidocaine-epi-1pct\", \"ml\": 1}]}";

	check(j);
	want(j, KIND_INCOMPATIBILITY, SEV_CAUTION, "deoxycholic-acid",
	    "lidocaine", "pH");
}
END_TEST

/* No record for a pair: info no-data, never "compatible". */
START_TEST(test_no_data)
{
	const char *j = "{\"components\": ["
	    "{\"product\": \"ha-nx-10\", \"ml\": 1},"
	    "{\"product\": \"tranexamic-acid-100\", \"ml\": 0.1}]}";
	const struct finding	*fd;

	check(j);
	want(j, KIND_NO_DATA, SEV_INFO, "hyaluronic-acid", "tranexamic-acid",
	    NULL);
	fd = find(KIND_NO_DATA, SEV_INFO, "hyaluronic-acid", "tranexamic-acid",
	    NULL);
	ck_assert_ptr_nonnull(strstr(tu_msg(fd), "not known to be compatible"));
	ck_assert_int_ge(findings_verdict(&F), SEV_INFO);
}
END_TEST

/* A compatible record: no finding for the pair at all. */
START_TEST(test_compatible_pair)
{
	const char *j = "{\"components\": ["
	    "{\"product\": \"cyanocobalamin-1000mcg\", \"ml\": 0.5},"
	    "{\"product\": \"thiamine-100\", \"ml\": 0.5}]}";

	check(j);
	want_none(j, KIND_NO_DATA, ANY_SEV, "cyanocobalamin", "thiamine", NULL);
	want_none(j, KIND_INCOMPATIBILITY, ANY_SEV, "cyanocobalamin",
	    "thiamine", NULL);
	want_none(j, KIND_STABILITY, SEV_CAUTION, "cyanocobalamin", "thiamine",
	    NULL);
}
END_TEST

/*
 * HA + lidocaine is recorded compatible only as co-formulated at 0.3 %
 * (3 mg/mL, Restylane with lidocaine); the record itself says higher
 * strengths are not covered.  At 0.25 % the pair is quiet; at 1 % it must
 * not pass as compatible: a no-data (or stronger) finding names it.
 */
START_TEST(test_ha_lidocaine_strength)
{
	const char *low = "{\"components\": ["
	    "{\"product\": \"ha-nx-10\", \"ml\": 0.9},"
	    "{\"product\": \"lidocaine-1pct\", \"ml\": 0.3}]}";
	const char *high = "{\"components\": ["
	    "{\"product\": \"ha-nx-10\", \"ml\": 1},"
	    "{\"product\": \"lidocaine-2pct\", \"ml\": 1}]}";
	int	 found;

	check(low);
	want_none(low, KIND_NO_DATA, ANY_SEV, "hyaluronic-acid", "lidocaine",
	    NULL);
	want_none(low, KIND_INCOMPATIBILITY, ANY_SEV, "hyaluronic-acid",
	    "lidocaine", NULL);
	check(high);
	found = find(KIND_NO_DATA, ANY_SEV, "hyaluronic-acid", "lidocaine",
	    NULL) != NULL || find(KIND_INCOMPATIBILITY, ANY_SEV,
	    "hyaluronic-acid", "lidocaine", NULL) != NULL ||
	    find(KIND_STABILITY, ANY_SEV, "hyaluronic-acid", "lidocaine",
	    NULL) != NULL;
	if (!found)
		dump(high);
	ck_assert_msg(found, "HA with lidocaine at 10 mg/mL (1 %%) passes as "
	    "compatible: the record covers only 3 mg/mL (0.3 %%)");
}
END_TEST

/* Group rule: a local anaesthetic in a lipolytic mix. */
START_TEST(test_group_rule)
{
	const char *j = "{\"components\": ["
	    "{\"product\": \"deoxycholic-acid-10\", \"ml\": 2},"
	    "{\"product\": \"lidocaine-1pct\", \"ml\": 0.5}]}";

	check(j);
	want(j, KIND_INCOMPATIBILITY, SEV_CAUTION, "lidocaine",
	    "deoxycholic-acid", "lipolysis");
}
END_TEST

/* Conflicting evidence is a caution, and says so. */
START_TEST(test_conflicting)
{
	const char *j = "{\"components\": ["
	    "{\"product\": \"cyanocobalamin-1000mcg\", \"ml\": 0.5},"
	    "{\"product\": \"ascorbic-acid-500\", \"ml\": 0.1}]}";

	check(j);
	want(j, KIND_STABILITY, SEV_CAUTION, "cyanocobalamin", "ascorbic-acid",
	    "conflicting");
}
END_TEST

/* The whole mix ----------------------------------------------------------- */

static const struct {
	int	n;
	int	caution;
} count_rows[] = {
	{ 3, 0 },
	{ 4, 1 },
	{ 5, 1 },
};

START_TEST(test_count)
{
	static const char *const products[] = { "ha-nx-10",
	    "cyanocobalamin-1000mcg", "thiamine-100", "pyridoxine-100",
	    "biotin-5" };
	char	j[1024];
	size_t	n;
	int	k;

	n = (size_t)snprintf(j, sizeof j, "{\"components\": [");
	for (k = 0; k < count_rows[_i].n; k++)
		n += (size_t)snprintf(j + n, sizeof j - n,
		    "%s{\"product\": \"%s\", \"ml\": 0.5}", k ? "," : "",
		    products[k]);
	snprintf(j + n, sizeof j - n, "]}");
	check(j);
	if (count_rows[_i].caution)
		want(j, KIND_COUNT, SEV_CAUTION, NULL, NULL, NULL);
	else
		want_none(j, KIND_COUNT, ANY_SEV, NULL, NULL, NULL);
}
END_TEST

/* pH window 5-7 for a component. */
static const struct {
	const char	*product, *ingredient;
	int		 caution;
} ph_rows[] = {
	{ "thiamine-100", "thiamine", 1 },		/* 2.5-4.5 */
	{ "deoxycholic-acid-10", "deoxycholic-acid", 1 },	/* 8.3 */
	{ "lidocaine-1pct", "lidocaine", 0 },		/* 5.0-7.0 */
	{ "tranexamic-acid-100", "tranexamic-acid", 0 },	/* overlaps */
	{ "ha-nx-10", "hyaluronic-acid", 0 },		/* unknown */
};

START_TEST(test_ph_window)
{
	char	j[256];

	snprintf(j, sizeof j, "{\"components\": [{\"product\": \"%s\", "
	    "\"ml\": 1}]}", ph_rows[_i].product);
	check(j);
	/* The finding names the product's active ingredient. */
	if (ph_rows[_i].caution)
		want(j, KIND_STABILITY, SEV_CAUTION, ph_rows[_i].ingredient,
		    NULL, "window");
	else
		want_none(j, KIND_STABILITY, ANY_SEV, NULL, NULL, "window");
}
END_TEST

/* An oily vehicle is never injected: block. */
START_TEST(test_oily)
{
	const char *j = "{\"components\": ["
	    "{\"ingredient\": \"tocopherol\", \"mg_per_ml\": 10, \"ml\": 1}]}";

	check(j);
	want(j, KIND_INCOMPATIBILITY, SEV_BLOCK, "tocopherol", NULL, "Oil");
}
END_TEST

/* Light-sensitive: info. */
START_TEST(test_light)
{
	const char *j = "{\"components\": ["
	    "{\"product\": \"cyanocobalamin-1000mcg\", \"ml\": 1}]}";

	check(j);
	want(j, KIND_STABILITY, SEV_INFO, "cyanocobalamin", NULL, "light");
}
END_TEST

/* Allergies ------------------------------------------------------------------ */

static const struct {
	const char	*what;
	const char	*allergy;
	const char	*product;
	int		 sev;		/* ANY_SEV with none: nothing */
	const char	*code;
	int		 none;
} allergy_rows[] = {
	/* class membership */
	{ "ester class", "ester-anaesthetic", "procaine-2pct", SEV_BLOCK,
	    "procaine", 0 },
	{ "alias paba", "paba", "procaine-2pct", SEV_BLOCK, "procaine", 0 },
	{ "cobalt", "cobalt", "cyanocobalamin-1000mcg", SEV_BLOCK,
	    "cyanocobalamin", 0 },
	/* cross-reactivity */
	{ "egg reaches avian HA", "egg", "ha-nx-10", SEV_CAUTION,
	    "hyaluronic-acid", 0 },
	{ "paraben reaches an ester", "paraben", "procaine-2pct", SEV_CAUTION,
	    "procaine", 0 },
	{ "an ester reaches a paraben", "ester-anaesthetic",
	    "lidocaine-1pct-mdv", SEV_CAUTION, "methylparaben", 0 },
	/* origin */
	{ "soy PC", "soy", "pc-dc-50", SEV_BLOCK, "phosphatidylcholine", 0 },
	{ "bovine hyaluronidase", "bovine", "hyaluronidase-bovine-150",
	    SEV_BLOCK, "hyaluronidase", 0 },
	{ "ovine hyaluronidase", "ovine", "hyaluronidase-ovine-200",
	    SEV_BLOCK, "hyaluronidase", 0 },
	{ "fish PDRN", "fish", "pdrn-placentex-1-875", ANY_SEV, "pdrn", 0 },
	/* excipients */
	{ "sulfite in lidocaine-epi", "sulfite", "lidocaine-epi-1pct",
	    SEV_BLOCK, "sodium-metabisulfite", 0 },
	{ "alias sulphite", "sulphite", "lidocaine-epi-1pct", SEV_BLOCK,
	    "sodium-metabisulfite", 0 },
	{ "sulfite in procaine", "sulfite", "procaine-2pct", SEV_BLOCK,
	    "sodium-metabisulfite", 0 },
	{ "benzyl alcohol in B12", "benzyl-alcohol", "cyanocobalamin-1000mcg",
	    SEV_BLOCK, "benzyl-alcohol", 0 },
	{ "benzyl alcohol in PC/DC", "benzyl-alcohol", "pc-dc-50", SEV_BLOCK,
	    "benzyl-alcohol", 0 },
	{ "thimerosal in Amphadase", "thimerosal", "hyaluronidase-bovine-150",
	    SEV_BLOCK, "thimerosal", 0 },
	/* an allergy named by ingredient code */
	{ "ingredient lidocaine", "lidocaine", "lidocaine-1pct", SEV_BLOCK,
	    "lidocaine", 0 },
	{ "ingredient thiamine", "thiamine", "thiamine-100", SEV_BLOCK,
	    "thiamine", 0 },
	/* what must not be reached */
	{ "ovine, bovine product", "ovine", "hyaluronidase-bovine-150",
	    SEV_BLOCK, "hyaluronidase", 1 },
	{ "bovine, fermentation HA", "bovine", "ha-nx-12", ANY_SEV,
	    "hyaluronic-acid", 1 },
	{ "sulfite, plain lidocaine", "sulfite", "lidocaine-1pct", ANY_SEV,
	    NULL, 1 },
	{ "ester allergy, amide", "ester-anaesthetic", "lidocaine-1pct",
	    SEV_BLOCK, "lidocaine", 1 },
	{ "paraben, MPF lidocaine", "paraben", "lidocaine-1pct", ANY_SEV,
	    NULL, 1 },
	{ "soy, Kybella", "soy", "deoxycholic-acid-10", ANY_SEV, NULL, 1 },
	{ "procaine, lidocaine", "procaine", "lidocaine-1pct", SEV_BLOCK,
	    NULL, 1 },
};

START_TEST(test_allergy)
{
	char	j[512];

	snprintf(j, sizeof j, "{\"patient\": {\"allergies\": [\"%s\"]}, "
	    "\"components\": [{\"product\": \"%s\", \"ml\": 1}]}",
	    allergy_rows[_i].allergy, allergy_rows[_i].product);
	check(j);
	if (allergy_rows[_i].none)
		want_none(j, KIND_ALLERGY, allergy_rows[_i].sev,
		    allergy_rows[_i].code, NULL, NULL);
	else
		want(j, KIND_ALLERGY, allergy_rows[_i].sev,
		    allergy_rows[_i].code, NULL, NULL);
}
END_TEST

/* Ester (PABA) allergy and an amide: no block, an info that says so. */
START_TEST(test_allergy_ester_amide_info)
{
	const char *j = "{\"patient\": {\"allergies\": [\"paba\"]}, "
	    "\"components\": [{\"product\": \"lidocaine-1pct\", \"ml\": 1}]}";

	check(j);
	want(j, KIND_ALLERGY, SEV_INFO, "lidocaine", NULL, NULL);
	want_none(j, KIND_ALLERGY, SEV_BLOCK, NULL, NULL, NULL);
	want_none(j, KIND_ALLERGY, SEV_CAUTION, NULL, NULL, NULL);
}
END_TEST

/* Two allergies, two products: each reached once. */
START_TEST(test_allergy_several)
{
	const char *j = "{\"patient\": {\"allergies\": [\"soy\", "
	    "\"sulfite\"]}, \"components\": ["
	    "{\"product\": \"pc-dc-50\", \"ml\": 1},"
	    "{\"product\": \"lidocaine-epi-1pct\", \"ml\": 0.5}]}";

	check(j);
	want(j, KIND_ALLERGY, SEV_BLOCK, "phosphatidylcholine", NULL, "soy");
	want(j, KIND_ALLERGY, SEV_BLOCK, "sodium-metabisulfite", NULL,
	    "sulfite");
}
END_TEST

/* Contraindications and interactions ------------------------------------- */

static const struct {
	const char	*what;
	const char	*list;		/* "conditions" or "medications" */
	const char	*code;
	const char	*components;
	enum finding_kind kind;
	int		 sev;
	const char	*ingredient;	/* NULL: every mix */
	const char	*text;
	int		 none;
} contra_rows[] = {
	{ "pregnancy reaches every mix, and blocks it", "conditions",
	    "pregnancy", "{\"product\": \"ha-nx-10\", \"ml\": 1}",
	    KIND_CONTRAINDICATION, SEV_BLOCK, NULL, "pregnancy", 0 },
	{ "breastfeeding reaches every mix, a caution", "conditions",
	    "breastfeeding", "{\"product\": \"ha-nx-10\", \"ml\": 1}",
	    KIND_CONTRAINDICATION, SEV_CAUTION, NULL, "breastfeeding", 0 },
	{ "pregnancy and dutasteride", "conditions", "pregnancy",
	    "{\"product\": \"dutasteride-0-01pct\", \"ml\": 1}",
	    KIND_CONTRAINDICATION, SEV_BLOCK, "dutasteride", NULL, 0 },
	{ "childbearing potential and dutasteride", "conditions",
	    "childbearing-potential",
	    "{\"product\": \"dutasteride-0-01pct\", \"ml\": 1}",
	    KIND_CONTRAINDICATION, SEV_BLOCK, "dutasteride", NULL, 0 },
	{ "childbearing potential and finasteride", "conditions",
	    "childbearing-potential",
	    "{\"ingredient\": \"finasteride\", \"mg_per_ml\": 1, \"ml\": 1}",
	    KIND_CONTRAINDICATION, SEV_BLOCK, "finasteride", NULL, 0 },
	{ "childbearing potential: contraception (info)", "conditions",
	    "childbearing-potential", "{\"product\": \"ha-nx-10\", \"ml\": 1}",
	    KIND_CONTRAINDICATION, SEV_INFO, NULL, "contraception", 0 },
	{ "thromboembolism and TXA", "conditions", "thromboembolism-history",
	    "{\"product\": \"tranexamic-acid-100\", \"ml\": 0.1}",
	    KIND_CONTRAINDICATION, SEV_CAUTION, "tranexamic-acid", NULL, 0 },
	{ "thromboembolism, no TXA", "conditions", "thromboembolism-history",
	    "{\"product\": \"ha-nx-10\", \"ml\": 1}", KIND_CONTRAINDICATION,
	    ANY_SEV, NULL, NULL, 1 },
	{ "absolute: skin infection blocks every mix", "conditions",
	    "skin-infection", "{\"product\": \"ha-nx-10\", \"ml\": 1}",
	    KIND_CONTRAINDICATION, SEV_BLOCK, NULL, "skin-infection", 0 },
	{ "relative: kidney disease", "conditions", "kidney-disease",
	    "{\"product\": \"ha-nx-10\", \"ml\": 1}", KIND_CONTRAINDICATION,
	    SEV_CAUTION, NULL, "kidney-disease", 0 },
	{ "absolute for one ingredient: Leber and B12", "conditions",
	    "leber-disease",
	    "{\"product\": \"cyanocobalamin-1000mcg\", \"ml\": 1}",
	    KIND_CONTRAINDICATION, SEV_BLOCK, "cyanocobalamin", NULL, 0 },
	{ "a group: cholelithiasis and a lipolytic", "conditions",
	    "cholelithiasis",
	    "{\"product\": \"deoxycholic-acid-10\", \"ml\": 1}",
	    KIND_CONTRAINDICATION, SEV_CAUTION, "deoxycholic-acid", NULL, 0 },
	{ "anticoagulant: interaction", "medications", "anticoagulant",
	    "{\"product\": \"ha-nx-10\", \"ml\": 1}", KIND_INTERACTION,
	    SEV_CAUTION, NULL, "anticoagulant", 0 },
	{ "hormonal contraceptive and TXA", "medications",
	    "hormonal-contraceptive",
	    "{\"product\": \"tranexamic-acid-100\", \"ml\": 0.1}",
	    KIND_INTERACTION, SEV_CAUTION, "tranexamic-acid", NULL, 0 },
	{ "hormonal contraceptive, no TXA", "medications",
	    "hormonal-contraceptive", "{\"product\": \"ha-nx-10\", \"ml\": 1}",
	    KIND_INTERACTION, ANY_SEV, NULL, NULL, 1 },
};

START_TEST(test_contra)
{
	char	j[512];

	snprintf(j, sizeof j, "{\"patient\": {\"%s\": [\"%s\"]}, "
	    "\"components\": [%s]}", contra_rows[_i].list,
	    contra_rows[_i].code, contra_rows[_i].components);
	check(j);
	if (contra_rows[_i].none)
		want_none(j, contra_rows[_i].kind, contra_rows[_i].sev,
		    contra_rows[_i].ingredient, NULL, contra_rows[_i].text);
	else
		want(j, contra_rows[_i].kind, contra_rows[_i].sev,
		    contra_rows[_i].ingredient, NULL, contra_rows[_i].text);
}
END_TEST

/* Pregnancy with two mixes' worth of rules: general and specific both. */
START_TEST(test_contra_pregnancy_both)
{
	const char *j = "{\"patient\": {\"conditions\": [\"pregnancy\"]}, "
	    "\"components\": [{\"product\": \"deoxycholic-acid-10\", "
	    "\"ml\": 1}]}";

	check(j);
	want(j, KIND_CONTRAINDICATION, SEV_BLOCK, NULL, NULL, "pregnancy");
	want(j, KIND_CONTRAINDICATION, SEV_BLOCK, "deoxycholic-acid", NULL,
	    NULL);
	ck_assert_int_eq(findings_verdict(&F), SEV_BLOCK);
}
END_TEST

/* Doses ------------------------------------------------------------------ */

static const struct {
	const char	*what;
	const char	*weight;	/* kg, NULL: no weight */
	const char	*product;
	const char	*ml;
	const char	*ingredient;
	int		 sev;
	const char	*text;		/* in the message */
	int		 none;
} dose_rows[] = {
	/* plain lidocaine: 4.5 mg/kg; 20 kg -> 90 mg */
	{ "plain lidocaine 100 mg in 20 kg", "20", "lidocaine-1pct", "10",
	    "lidocaine", SEV_BLOCK, "per kg", 0 },
	{ "plain lidocaine 120 mg in 20 kg", "20", "lidocaine-1pct", "12",
	    "lidocaine", SEV_BLOCK, "per kg", 0 },
	{ "plain lidocaine 100 mg in 70 kg", "70", "lidocaine-1pct", "10",
	    "lidocaine", SEV_BLOCK, NULL, 1 },
	/* 200 mg absolute (EU SmPCs; the US 300 mg is not kept) */
	{ "plain lidocaine 220 mg in 80 kg", "80", "lidocaine-2pct", "11",
	    "lidocaine", SEV_BLOCK, "limit of 200 mg", 0 },
	{ "plain lidocaine 220 mg in 80 kg: not per kg", "80",
	    "lidocaine-2pct", "11", "lidocaine", SEV_BLOCK, "per kg", 1 },
	{ "plain lidocaine 190 mg in 80 kg: under 200 mg", "80",
	    "lidocaine-2pct", "9.5", "lidocaine", SEV_BLOCK, NULL, 1 },
	/* with epinephrine: 7 mg/kg (140 mg in 20 kg), 500 mg absolute */
	{ "lidocaine-epi 120 mg in 20 kg", "20", "lidocaine-epi-1pct", "12",
	    "lidocaine", SEV_BLOCK, NULL, 1 },
	{ "lidocaine-epi 150 mg in 20 kg", "20", "lidocaine-epi-1pct", "15",
	    "lidocaine", SEV_BLOCK, "per kg", 0 },
	{ "lidocaine-epi 320 mg in 80 kg", "80", "lidocaine-epi-2pct", "16",
	    "lidocaine", SEV_BLOCK, NULL, 1 },
	{ "lidocaine-epi 520 mg in 100 kg", "100", "lidocaine-epi-2pct", "26",
	    "lidocaine", SEV_BLOCK, "500 mg", 0 },
	/* deoxycholic acid: 100 mg per session */
	{ "deoxycholic acid 120 mg", NULL, "deoxycholic-acid-10", "12",
	    "deoxycholic-acid", SEV_BLOCK, "100 mg", 0 },
	{ "deoxycholic acid 100 mg", NULL, "deoxycholic-acid-10", "10",
	    "deoxycholic-acid", SEV_BLOCK, NULL, 1 },
	{ "deoxycholic acid in PC/DC, 115 mg", NULL, "pc-dc-50", "5",
	    "deoxycholic-acid", SEV_BLOCK, "100 mg", 0 },
	/* hyaluronidase: 300 units (a caution) */
	{ "hyaluronidase 450 units", NULL, "hyaluronidase-bovine-150", "3",
	    "hyaluronidase", SEV_CAUTION, "units", 0 },
	{ "hyaluronidase 300 units", NULL, "hyaluronidase-bovine-150", "2",
	    "hyaluronidase", ANY_SEV, "above", 1 },
	/* per kg without a weight: info, could not be checked */
	{ "lidocaine without weight", NULL, "lidocaine-1pct", "1",
	    "lidocaine", SEV_INFO, "could not be checked", 0 },
};

START_TEST(test_dose)
{
	char	j[512], patient[128] = "";

	if (dose_rows[_i].weight != NULL)
		snprintf(patient, sizeof patient, "\"patient\": "
		    "{\"weight_kg\": %s}, ", dose_rows[_i].weight);
	snprintf(j, sizeof j, "{%s\"components\": [{\"product\": \"%s\", "
	    "\"ml\": %s}]}", patient, dose_rows[_i].product, dose_rows[_i].ml);
	check(j);
	if (dose_rows[_i].none)
		want_none(j, KIND_DOSE, dose_rows[_i].sev,
		    dose_rows[_i].ingredient, NULL, dose_rows[_i].text);
	else
		want(j, KIND_DOSE, dose_rows[_i].sev, dose_rows[_i].ingredient,
		    NULL, dose_rows[_i].text);
}
END_TEST

/* Same volume, same child: plain blocks, with epinephrine does not. */
START_TEST(test_dose_epinephrine_limit)
{
	const char *plain = "{\"patient\": {\"weight_kg\": 20}, "
	    "\"components\": [{\"product\": \"lidocaine-1pct\", \"ml\": 12}]}";
	const char *epi = "{\"patient\": {\"weight_kg\": 20}, "
	    "\"components\": [{\"product\": \"lidocaine-epi-1pct\", "
	    "\"ml\": 12}]}";

	check(plain);
	want(plain, KIND_DOSE, SEV_BLOCK, "lidocaine", NULL, "4.5 mg");
	check(epi);
	want_none(epi, KIND_DOSE, SEV_BLOCK, "lidocaine", NULL, NULL);
	want_none(epi, KIND_DOSE, ANY_SEV, "lidocaine", NULL, "4.5 mg");
}
END_TEST

/* A patient without a weight is the same as no patient for per-kg limits. */
START_TEST(test_dose_patient_without_weight)
{
	const char *j = "{\"patient\": {\"id\": \"P1\", \"age\": 40}, "
	    "\"components\": [{\"product\": \"lidocaine-1pct\", \"ml\": 1}]}";

	check(j);
	want(j, KIND_DOSE, SEV_INFO, "lidocaine", NULL, "could not be checked");
}
END_TEST

/* A bare ingredient without a strength: its dose cannot be computed. */
START_TEST(test_dose_no_strength)
{
	const char *j = "{\"components\": ["
	    "{\"ingredient\": \"hyaluronic-acid\", \"ml\": 1}]}";
	const struct finding	*fd;

	check(j);
	fd = find(KIND_DOSE, SEV_INFO, "hyaluronic-acid", NULL, NULL);
	if (fd == NULL)
		dump(j);
	ck_assert_ptr_nonnull(fd);
	ck_assert_ptr_nonnull(strstr(tu_msg(fd), "strength"));
}
END_TEST

/* Per point: 0.3 mL of 10 mg/mL is 3 mg, the label allows 2 mg. */
START_TEST(test_dose_per_point)
{
	const char *over = "{\"components\": ["
	    "{\"product\": \"deoxycholic-acid-10\", \"parts\": 1}], "
	    "\"area\": \"submental\", \"technique\": \"point-by-point\", "
	    "\"surface_cm2\": 20, \"volume_per_point_ml\": 0.3}";
	const char *label = "{\"components\": ["
	    "{\"product\": \"deoxycholic-acid-10\", \"parts\": 1}], "
	    "\"area\": \"submental\", \"technique\": \"point-by-point\", "
	    "\"surface_cm2\": 20}";

	check(over);
	ck_assert_int_eq(P.points, 20);
	want(over, KIND_DOSE, SEV_BLOCK, "deoxycholic-acid", NULL, "per point");
	check(label);
	ck_assert_int_eq(P.volume_per_point_ul, 200);
	want_none(label, KIND_DOSE, ANY_SEV, "deoxycholic-acid", NULL,
	    "per point");
}
END_TEST

/* Final concentration: bicarbonate above the isotonic 1.5 %. */
START_TEST(test_dose_concentration)
{
	const char *j = "{\"components\": ["
	    "{\"product\": \"lidocaine-1pct\", \"ml\": 1},"
	    "{\"product\": \"sodium-bicarbonate-8-4pct\", \"ml\": 1}]}";

	check(j);
	want(j, KIND_DOSE, SEV_CAUTION, "sodium-bicarbonate", NULL, "per mL");
}
END_TEST

/* Input the check refuses ------------------------------------------------- */

static const struct {
	const char	*what;
	const char	*json;
	const char	*field;
} bad_rows[] = {
	{ "unknown product",
	    "{\"components\": [{\"product\": \"lidocaine-9pct\", \"ml\": 1}]}",
	    "components[0].product" },
	{ "unknown ingredient",
	    "{\"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1},"
	    "{\"ingredient\": \"unobtainium\", \"ml\": 1}]}",
	    "components[1].ingredient" },
	{ "an excipient alone",
	    "{\"components\": [{\"ingredient\": \"sodium-metabisulfite\", "
	    "\"ml\": 1}]}", "components[0].ingredient" },
	{ "unknown allergy",
	    "{\"patient\": {\"allergies\": [\"soy\", \"kryptonite\"]}, "
	    "\"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1}]}",
	    "patient.allergies[1]" },
	{ "unknown condition",
	    "{\"patient\": {\"conditions\": [\"grumpiness\"]}, "
	    "\"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1}]}",
	    "patient.conditions[0]" },
	{ "unknown medication",
	    "{\"patient\": {\"medications\": [\"aspirin\"]}, "
	    "\"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1}]}",
	    "patient.medications[0]" },
	{ "unknown area",
	    "{\"components\": [{\"product\": \"ha-nx-10\", \"parts\": 1}], "
	    "\"area\": \"elbow\", \"technique\": \"papule\"}", "area" },
	{ "unknown technique",
	    "{\"components\": [{\"product\": \"ha-nx-10\", \"parts\": 1}], "
	    "\"area\": \"face\", \"technique\": \"tattoo\"}", "technique" },
};

START_TEST(test_bad_input)
{
	struct meso_error	err;

	tu_parse(bad_rows[_i].json, &C);
	ck_assert_msg(store_check(DB, &C, &P, &F, &err) == CHECK_BAD_INPUT,
	    "%s: not refused", bad_rows[_i].what);
	ck_assert_msg(strcmp(err.field, bad_rows[_i].field) == 0,
	    "%s: field \"%s\" (%s), wanted \"%s\"", bad_rows[_i].what,
	    err.field, err.message, bad_rows[_i].field);
	ck_assert_msg(err.message[0] != '\0', "%s: no message",
	    bad_rows[_i].what);
}
END_TEST

/*
 * Nothing pins the mix (parts, and the periorbital area has no sourced
 * surface): the plan names the figure it needs, and every other finding
 * is still made, the doses on the volumes given.  20 mL of lidocaine 2 %
 * is 400 mg (20 x 20 mg/mL): no syringe is planned, so all of it counts,
 * above the 300 mg session limit (07-dose.sql); the soy allergy reaches
 * the soybean phosphatidylcholine of pc-dc-50 (03-products.sql).
 */
START_TEST(test_no_plan_keeps_findings)
{
	const char *j = "{\"patient\": {\"allergies\": [\"soy\"], "
	    "\"weight_kg\": 60},"
	    "\"components\": [{\"product\": \"pc-dc-50\", \"parts\": 1},"
	    "{\"product\": \"lidocaine-2pct\", \"ml\": 20}],"
	    "\"area\": \"periorbital\", \"technique\": \"papule\"}";
	struct meso_error	 err;
	const struct plan_total	*t;

	tu_parse(j, &C);
	ck_assert_int_eq(store_check(DB, &C, &P, &F, &err), CHECK_NO_PLAN);
	ck_assert_str_eq(err.field, "surface_cm2");
	ck_assert_str_eq(P.needs, "surface_cm2");
	ck_assert_int_eq(P.mix_known, 0);
	want(j, KIND_ALLERGY, ANY_SEV, "phosphatidylcholine", NULL, "soy");
	want(j, KIND_DOSE, SEV_BLOCK, "lidocaine", NULL, "400 mg in this "
	    "session");
	t = plan_total(&P, "lidocaine");
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->drawn, 400000000);
	ck_assert_int_eq(t->injectable, 400000000);
	t = plan_total(&P, "phosphatidylcholine");
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(t->partial, 1);
}
END_TEST

/* The example of VOCABULARY.md: a plan, and the findings it must have. */
START_TEST(test_vocabulary_example)
{
	const char *j = "{"
	    "\"format\": \"mesomix-cocktail/1\","
	    "\"name\": \"Hydration, left and right cheek\","
	    "\"indication\": \"facial-hydration\","
	    "\"patient\": {\"id\": \"P-0042\", \"age\": 41, "
	    "\"sex\": \"female\", \"weight_kg\": 62, \"allergies\": [\"soy\"], "
	    "\"conditions\": [\"childbearing-potential\"], "
	    "\"medications\": [\"antiplatelet\"]},"
	    "\"components\": ["
	    "{\"ingredient\": \"hyaluronic-acid\", \"mg_per_ml\": 10, "
	    "\"parts\": 2},"
	    "{\"product\": \"lidocaine-1pct\", \"ml\": 0.5},"
	    "{\"ingredient\": \"hyaluronidase\", \"units_per_ml\": 150, "
	    "\"ml\": 0.2}],"
	    "\"area\": \"face\", \"surface_cm2\": 300, "
	    "\"technique\": \"papule\", \"spacing_mm\": 10, "
	    "\"volume_per_point_ml\": 0.05, \"syringe_ml\": 5}";
	size_t	i;

	check(j);
	ck_assert_int_eq(P.has_geometry, 1);
	ck_assert_int_eq(P.points, 300);
	ck_assert_int_eq(P.delivered_ul, 15000);
	want(j, KIND_INCOMPATIBILITY, SEV_BLOCK, "hyaluronidase",
	    "hyaluronic-acid", NULL);
	want(j, KIND_INTERACTION, SEV_CAUTION, NULL, NULL, "antiplatelet");
	ck_assert_int_eq(findings_verdict(&F), SEV_BLOCK);
	for (i = 1; i < F.n; i++)
		ck_assert_int_ge(F.v[i - 1].severity, F.v[i].severity);
}
END_TEST

static Suite *
safety_suite(void)
{
	Suite	*s = suite_create("safety");
	TCase	*tc;

	tc = tcase_create("compat");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_hyaluronidase_ha_block);
	tcase_add_test(tc, test_hyaluronidase_ha_block_ingredients);
	tcase_add_test(tc, test_excipient_incompatibility);
	tcase_add_test(tc, test_hyaluronidase_sulfite);
	tcase_add_loop_test(tc, test_ratio, 0, NELEM(ratio_rows));
	tcase_add_test(tc, test_ph_condition);
	tcase_add_test(tc, test_ph_condition_lidocaine_epi);
	tcase_add_test(tc, test_no_data);
	tcase_add_test(tc, test_compatible_pair);
	tcase_add_test(tc, test_ha_lidocaine_strength);
	tcase_add_test(tc, test_group_rule);
	tcase_add_test(tc, test_conflicting);
	suite_add_tcase(s, tc);

	tc = tcase_create("mix");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_loop_test(tc, test_count, 0, NELEM(count_rows));
	tcase_add_loop_test(tc, test_ph_window, 0, NELEM(ph_rows));
	tcase_add_test(tc, test_oily);
	tcase_add_test(tc, test_light);
	suite_add_tcase(s, tc);

	tc = tcase_create("allergy");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_loop_test(tc, test_allergy, 0, NELEM(allergy_rows));
	tcase_add_test(tc, test_allergy_ester_amide_info);
	tcase_add_test(tc, test_allergy_several);
	suite_add_tcase(s, tc);

	tc = tcase_create("contra");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_loop_test(tc, test_contra, 0, NELEM(contra_rows));
	tcase_add_test(tc, test_contra_pregnancy_both);
	suite_add_tcase(s, tc);

	tc = tcase_create("dose");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_loop_test(tc, test_dose, 0, NELEM(dose_rows));
	tcase_add_test(tc, test_dose_epinephrine_limit);
	tcase_add_test(tc, test_dose_patient_without_weight);
	tcase_add_test(tc, test_dose_no_strength);
	tcase_add_test(tc, test_dose_per_point);
	tcase_add_test(tc, test_dose_concentration);
	suite_add_tcase(s, tc);

	tc = tcase_create("input");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_loop_test(tc, test_bad_input, 0, NELEM(bad_rows));
	tcase_add_test(tc, test_no_plan_keeps_findings);
	tcase_add_test(tc, test_vocabulary_example);
	suite_add_tcase(s, tc);
	return (s);
}

int
main(void)
{
	SRunner	*sr;
	int	 failures;

	sr = srunner_create(safety_suite());
	srunner_run_all(sr, CK_NORMAL);
	failures = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failures ? EXIT_FAILURE : EXIT_SUCCESS);
}

/*
 * The seed formulary is complete: every public code of VOCABULARY.md is
 * in its table (the list is tests/data/vocabulary.txt, named by the
 * environment variable VOCABULARY), every medical row carries a source,
 * every product holds an active, the products the tool is built around
 * hold what their labels say (domain-facts*.md), and search finds what a
 * person types.
 */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/db.h"
#include "store/store_formulary.h"
#include "testutil.h"

#define NELEM(a) (sizeof (a) / sizeof (a)[0])
#define VOCAB_MAX 512
#define ANY (-2)	/* any strength */
#define NUL (-1)	/* strength NULL */

static struct db	*DB;

struct vocab {
	char	table[32];
	char	code[CODE_LEN];
	int	line;
};
static struct vocab	 vocab[VOCAB_MAX];
static size_t		 nvocab;
static char		 vocab_error[512];
static const char	*vocab_path;

static void
setup(void)
{
	DB = tu_db();
}

static void
teardown(void)
{
	db_close(DB);
	DB = NULL;
}

/* One integer from a query with one text parameter (or none). */
static long long
query_int(const char *sql, const char *param)
{
	sqlite3_stmt	*st;
	long long	 v;
	int		 rc;

	rc = sqlite3_prepare_v2(DB->h, sql, -1, &st, NULL);
	ck_assert_msg(rc == SQLITE_OK, "%s: %s", sql, sqlite3_errmsg(DB->h));
	if (param != NULL)
		sqlite3_bind_text(st, 1, param, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(st);
	ck_assert_msg(rc == SQLITE_ROW, "%s: %s", sql, sqlite3_errmsg(DB->h));
	v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return (v);
}

/* The vocabulary file ------------------------------------------------------ */

static int
vocab_load(void)
{
	FILE	*fp;
	char	 buf[256], table[64], code[128];
	int	 line = 0;

	vocab_path = getenv("VOCABULARY");
	if (vocab_path == NULL || *vocab_path == '\0') {
		snprintf(vocab_error, sizeof vocab_error, "VOCABULARY is not "
		    "set: it names tests/data/vocabulary.txt (make check sets "
		    "it; by hand: VOCABULARY=tests/data/vocabulary.txt "
		    "tests/check_seed)");
		return (-1);
	}
	if ((fp = fopen(vocab_path, "r")) == NULL) {
		snprintf(vocab_error, sizeof vocab_error, "VOCABULARY=%s: "
		    "cannot open it", vocab_path);
		return (-1);
	}
	while (fgets(buf, sizeof buf, fp) != NULL) {
		line++;
		if (buf[0] == '#' || buf[0] == '\n')
			continue;
		if (sscanf(buf, "%63s %127s", table, code) != 2 ||
		    strlen(code) >= CODE_LEN || nvocab == VOCAB_MAX) {
			snprintf(vocab_error, sizeof vocab_error, "%s:%d: not "
			    "\"table code\"", vocab_path, line);
			fclose(fp);
			return (-1);
		}
		snprintf(vocab[nvocab].table, sizeof vocab[nvocab].table,
		    "%s", table);
		snprintf(vocab[nvocab].code, sizeof vocab[nvocab].code, "%s",
		    code);
		vocab[nvocab].line = line;
		nvocab++;
	}
	fclose(fp);
	if (nvocab == 0) {
		snprintf(vocab_error, sizeof vocab_error, "VOCABULARY=%s holds "
		    "no code", vocab_path);
		return (-1);
	}
	return (0);
}

START_TEST(test_vocabulary_file)
{
	static const char *const tables[] = { "ingredient", "allergen_class",
	    "condition", "medication_class", "area", "technique",
	    "indication" };
	size_t	i, k, n;

	ck_assert_msg(vocab_error[0] == '\0', "%s", vocab_error);
	/* Every table named, each with codes (VOCABULARY.md has 127). */
	for (k = 0; k < NELEM(tables); k++) {
		for (i = 0, n = 0; i < nvocab; i++)
			if (strcmp(vocab[i].table, tables[k]) == 0)
				n++;
		ck_assert_msg(n > 0, "%s: no %s code", vocab_path, tables[k]);
	}
	for (i = 0; i < nvocab; i++) {
		for (k = 0; k < NELEM(tables); k++)
			if (strcmp(vocab[i].table, tables[k]) == 0)
				break;
		ck_assert_msg(k < NELEM(tables), "%s:%d: unknown table \"%s\"",
		    vocab_path, vocab[i].line, vocab[i].table);
	}
	ck_assert_uint_ge(nvocab, 127);
}
END_TEST

/* Each code of VOCABULARY.md, in its table. */
START_TEST(test_vocabulary_code)
{
	const struct vocab	*v = &vocab[_i];
	int			 rc;

	rc = store_code_exists(DB, v->table, v->code);
	ck_assert_msg(rc >= 0, "%s: %s", v->table, DB->err);
	/* A patient allergy may be an alias of a class (paba). */
	if (rc == 0 && strcmp(v->table, "allergen_class") == 0)
		rc = query_int("SELECT count(*) FROM allergen_alias WHERE "
		    "alias = ?", v->code) > 0;
	ck_assert_msg(rc == 1, "%s:%d: %s '%s' is not in the formulary",
	    vocab_path, v->line, v->table, v->code);
}
END_TEST

START_TEST(test_alias_paba)
{
	char	canon[CODE_LEN];

	ck_assert_int_eq(store_allergy_canonical(DB, "paba", canon,
	    sizeof canon), 0);
	ck_assert_str_eq(canon, "ester-anaesthetic");
	ck_assert_int_eq(store_allergy_canonical(DB, "soy", canon,
	    sizeof canon), 0);
	ck_assert_str_eq(canon, "soy");
	/* An ingredient code is an allergy too. */
	ck_assert_int_eq(store_allergy_canonical(DB, "lidocaine", canon,
	    sizeof canon), 0);
	ck_assert_str_eq(canon, "lidocaine");
	ck_assert_int_eq(store_allergy_canonical(DB, "kryptonite", canon,
	    sizeof canon), 0);
	ck_assert_str_eq(canon, "");
}
END_TEST

/* Excipients are carried by products, never chosen alone. */
static const char *const excipients[] = { "sodium-metabisulfite",
    "methylparaben", "benzyl-alcohol", "chlorobutanol", "edetate",
    "polysorbate-80", "calcium-chloride", "sodium-phosphate", "thimerosal" };

START_TEST(test_excipient_flag)
{
	ck_assert_msg(query_int("SELECT count(*) FROM ingredient WHERE "
	    "code = ? AND excipient = 1", excipients[_i]) == 1,
	    "%s is not flagged as an excipient", excipients[_i]);
}
END_TEST

/* Every medical row has a source -------------------------------------------- */

static const char *const medical_tables[] = { "ingredient",
    "ingredient_allergen", "allergen_cross", "product", "product_ingredient",
    "contraindication", "dose_limit", "age_rule", "compat_rule", "mix_rule",
    "technique", "area", "area_technique", "syringe", "needle", "indication",
    "template_component", "dose_class", "dose_class_member", "tonicity_rule",
    "pregnancy_rule" };

START_TEST(test_sources)
{
	const char	*t = medical_tables[_i];
	char		 sql[256];
	long long	 n;

	/* Table names are constants of this file, never input. */
	snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", t);
	ck_assert_msg(query_int(sql, NULL) > 0, "%s is empty", t);
	snprintf(sql, sizeof sql, "SELECT count(*) FROM %s WHERE source IS "
	    "NULL OR trim(source) = ''", t);
	n = query_int(sql, NULL);
	ck_assert_msg(n == 0, "%s: %lld rows without a source", t, n);
}
END_TEST

static const char *const message_tables[] = { "ingredient_allergen",
    "allergen_cross", "contraindication", "dose_limit", "age_rule",
    "compat_rule", "mix_rule", "dose_class", "tonicity_rule",
    "pregnancy_rule" };

START_TEST(test_messages)
{
	char		sql[256];
	long long	n;

	snprintf(sql, sizeof sql, "SELECT count(*) FROM %s WHERE message IS "
	    "NULL OR trim(message) = ''", message_tables[_i]);
	n = query_int(sql, NULL);
	ck_assert_msg(n == 0, "%s: %lld rows without a message",
	    message_tables[_i], n);
}
END_TEST

/*
 * Every product holds an active, except a diluent product: it holds no
 * active but a diluent (sodium chloride, water), maybe with a preservative.
 */
START_TEST(test_every_product_has_an_active)
{
	sqlite3_stmt	*st;
	char		 missing[1024] = "";
	size_t		 len;

	ck_assert_int_eq(sqlite3_prepare_v2(DB->h, "SELECT code FROM product "
	    "p WHERE NOT EXISTS (SELECT 1 FROM product_ingredient pi WHERE "
	    "pi.product = p.code AND pi.role = 'active') AND NOT EXISTS "
	    "(SELECT 1 FROM product_ingredient pi JOIN ingredient i ON "
	    "i.code = pi.ingredient WHERE pi.product = p.code AND "
	    "i.grp = 'diluent') ORDER BY code", -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		len = strlen(missing);
		snprintf(missing + len, sizeof missing - len, " %s",
		    (const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	ck_assert_msg(missing[0] == '\0', "products without an active:%s",
	    missing);
	ck_assert_int_gt(query_int("SELECT count(*) FROM product", NULL), 0);
}
END_TEST

/* The products the tool is built around, as their labels give them ----- */

static const struct {
	const char	*product, *ingredient, *role;
	long long	 strength;	/* per mL; NUL: no figure; ANY */
	const char	*unit;
	const char	*origin;	/* NULL: not checked */
} product_rows[] = {
	/* lidocaine 1 % = 10 mg/mL, 2 % = 20 mg/mL (label) */
	{ "lidocaine-1pct", "lidocaine", "active", 10000, "ug", NULL },
	{ "lidocaine-2pct", "lidocaine", "active", 20000, "ug", NULL },
	/* with epinephrine 1:100,000 = 10 mcg/mL, and its sulfite */
	{ "lidocaine-epi-1pct", "lidocaine", "active", 10000, "ug", NULL },
	{ "lidocaine-epi-1pct", "epinephrine", "active", 10, "ug", NULL },
	{ "lidocaine-epi-1pct", "sodium-metabisulfite", "excipient", ANY, "ug",
	    NULL },
	/* procaine 2 % = 20 mg/mL, an ester, with bisulfite */
	{ "procaine-2pct", "procaine", "active", 20000, "ug", NULL },
	{ "procaine-2pct", "sodium-metabisulfite", "excipient", ANY, "ug",
	    NULL },
	/* Kybella 10 mg/mL, synthetic, benzyl alcohol */
	{ "deoxycholic-acid-10", "deoxycholic-acid", "active", 10000, "ug",
	    "synthetic" },
	{ "deoxycholic-acid-10", "benzyl-alcohol", "excipient", ANY, "ug",
	    NULL },
	/* PC 50 mg/mL (soybean), DC 23 mg/mL, benzyl alcohol 9 mg/mL */
	{ "pc-dc-50", "phosphatidylcholine", "active", 50000, "ug", "soy" },
	{ "pc-dc-50", "deoxycholic-acid", "active", 23000, "ug", NULL },
	{ "pc-dc-50", "benzyl-alcohol", "excipient", 9000, "ug", NULL },
	/* B12 1,000 mcg/mL with benzyl alcohol 1.5 % = 15 mg/mL */
	{ "cyanocobalamin-1000mcg", "cyanocobalamin", "active", 1000, "ug",
	    NULL },
	{ "cyanocobalamin-1000mcg", "benzyl-alcohol", "excipient", 15000,
	    "ug", NULL },
	/* Amphadase 150 U/mL bovine, Vitrase 200 U/mL ovine */
	{ "hyaluronidase-bovine-150", "hyaluronidase", "active", 150000, "mu",
	    "bovine" },
	{ "hyaluronidase-ovine-200", "hyaluronidase", "active", 200000, "mu",
	    "ovine" },
	/* TXA 100 mg/mL */
	{ "tranexamic-acid-100", "tranexamic-acid", "active", 100000, "ug",
	    NULL },
	/* 8.4 % = 84 mg/mL */
	{ "sodium-bicarbonate-8-4pct", "sodium-bicarbonate", "active", 84000,
	    "ug", NULL },
	/* HA 1 % NCL = 10 mg/mL */
	{ "ha-nx-10", "hyaluronic-acid", "active", 10000, "ug", NULL },
	/* diluents (domain-facts-3 section 4): NaCl 9 mg/mL; benzyl alcohol
	 * 9 mg/mL; methylparaben 1.2 + propylparaben 0.12 mg/mL */
	{ "sodium-chloride-0-9pct", "sodium-chloride", "excipient", 9000, "ug",
	    NULL },
	{ "water-for-injection", "water", "excipient", NUL, "ug", NULL },
	{ "bacteriostatic-sodium-chloride-0-9pct", "sodium-chloride",
	    "excipient", 9000, "ug", NULL },
	{ "bacteriostatic-sodium-chloride-0-9pct", "benzyl-alcohol",
	    "excipient", 9000, "ug", NULL },
	{ "bacteriostatic-sodium-chloride-paraben-0-9pct", "methylparaben",
	    "excipient", 1200, "ug", NULL },
	{ "bacteriostatic-sodium-chloride-paraben-0-9pct", "propylparaben",
	    "excipient", 120, "ug", NULL },
};

START_TEST(test_product)
{
	sqlite3_stmt	*st;
	int		 rc;
	char		 unit[8] = "", origin[32] = "", role[16] = "";
	long long	 strength = NUL;

	ck_assert_msg(store_code_exists(DB, "product",
	    product_rows[_i].product) == 1, "no product %s",
	    product_rows[_i].product);
	ck_assert_int_eq(sqlite3_prepare_v2(DB->h, "SELECT role, strength, "
	    "unit, coalesce(origin, '') FROM product_ingredient WHERE "
	    "product = ?1 AND ingredient = ?2", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, product_rows[_i].product, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, product_rows[_i].ingredient, -1,
	    SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		snprintf(role, sizeof role, "%s",
		    (const char *)sqlite3_column_text(st, 0));
		if (sqlite3_column_type(st, 1) != SQLITE_NULL)
			strength = sqlite3_column_int64(st, 1);
		snprintf(unit, sizeof unit, "%s",
		    (const char *)sqlite3_column_text(st, 2));
		snprintf(origin, sizeof origin, "%s",
		    (const char *)sqlite3_column_text(st, 3));
	}
	sqlite3_finalize(st);
	ck_assert_msg(rc == SQLITE_ROW, "%s holds no %s",
	    product_rows[_i].product, product_rows[_i].ingredient);
	ck_assert_str_eq(role, product_rows[_i].role);
	ck_assert_str_eq(unit, product_rows[_i].unit);
	if (product_rows[_i].strength != ANY)
		ck_assert_msg(strength == product_rows[_i].strength,
		    "%s: %s %lld %s/mL, wanted %lld",
		    product_rows[_i].product, product_rows[_i].ingredient,
		    strength, unit, product_rows[_i].strength);
	if (product_rows[_i].origin != NULL)
		ck_assert_str_eq(origin, product_rows[_i].origin);
}
END_TEST

/*
 * The dose limits of the labels (domain-facts.md 1.9, 1.12, 1.14;
 * domain-facts-3.md 0, 2, 3), each with its conditions: the ingredient
 * that must be (or must not be) in the mix and from what final
 * concentration, and the product the limit belongs to.  Where sources
 * disagree the safer figure is the one expected.
 */
static const struct {
	const char	*ingredient;
	const char	*requires, *unless;	/* "" none */
	long long	 min_conc;	/* requires/unless_min_conc; NUL */
	const char	*product;	/* "" every source */
	long long	 max_session, max_per_kg, max_per_point;	/* NUL */
	const char	*unit, *severity;
} dose_rows[] = {
	/* lidocaine: plain 200 mg (EU) not 300 (US); epinephrine >= 5 ug/mL */
	{ "lidocaine", "", "epinephrine", 5, "", 200000, 4500, NUL, "ug",
	    "block" },
	{ "lidocaine", "epinephrine", "", 5, "", 500000, 7000, NUL, "ug",
	    "block" },
	/* Kybella's limits are Kybella's */
	{ "deoxycholic-acid", "", "", NUL, "deoxycholic-acid-10", 100000, NUL,
	    2000, "ug", "block" },
	/* procaine: label 350 mg, Olson 10 mg/kg */
	{ "procaine", "", "", NUL, "", 350000, 10000, NUL, "ug", "block" },
	/* mepivacaine: Olson 350 mg, 4.5 mg/kg plain; label 400 mg with epi */
	{ "mepivacaine", "", "epinephrine", 5, "", 350000, 4500, NUL, "ug",
	    "block" },
	{ "mepivacaine", "epinephrine", "", 5, "", 400000, 7000, NUL, "ug",
	    "block" },
	/* prilocaine: Olson 400 mg, 6 mg/kg (Citanest dental 600 mg) */
	{ "prilocaine", "", "", NUL, "", 400000, 6000, NUL, "ug", "block" },
	/* caffeine: 0.5 g of caffeine and sodium benzoate = 250 mg caffeine */
	{ "caffeine", "", "", NUL, "", 250000, NUL, NUL, "ug", "block" },
	/* epinephrine: 0.2 mg per session */
	{ "epinephrine", "", "", NUL, "", 200, NUL, NUL, "ug", "block" },
	{ "hyaluronidase", "", "", NUL, "", 300000, NUL, NUL, "mu", "caution" },
	/* systemic label doses, a caution */
	{ "aminophylline", "", "", NUL, "", 500000, 5700, NUL, "ug",
	    "caution" },
	{ "tranexamic-acid", "", "", NUL, "", 1000000, 10000, NUL, "ug",
	    "caution" },
	{ "l-carnitine", "", "", NUL, "", NUL, 50000, NUL, "ug", "caution" },
	{ "dexpanthenol", "", "", NUL, "", 500000, NUL, NUL, "ug", "caution" },
};

START_TEST(test_dose_limit)
{
	char	sql[1024];

	snprintf(sql, sizeof sql, "SELECT count(*) FROM dose_limit WHERE "
	    "ingredient = ? AND coalesce(requires, '') = '%s' AND "
	    "coalesce(unless, '') = '%s' AND coalesce(requires_min_conc, "
	    "unless_min_conc, -1) = %lld AND coalesce(product, '') = '%s' AND "
	    "coalesce(max_session, -1) = %lld "
	    "AND coalesce(max_per_kg, -1) = %lld AND "
	    "coalesce(max_per_point, -1) = %lld AND unit = '%s' AND "
	    "severity = '%s'", dose_rows[_i].requires, dose_rows[_i].unless,
	    dose_rows[_i].min_conc, dose_rows[_i].product,
	    dose_rows[_i].max_session, dose_rows[_i].max_per_kg,
	    dose_rows[_i].max_per_point, dose_rows[_i].unit,
	    dose_rows[_i].severity);
	ck_assert_msg(query_int(sql, dose_rows[_i].ingredient) == 1,
	    "no dose limit for %s as the label gives it (requires '%s', "
	    "unless '%s' from %lld, product '%s', %lld per session, %lld per "
	    "kg)", dose_rows[_i].ingredient, dose_rows[_i].requires,
	    dose_rows[_i].unless, dose_rows[_i].min_conc,
	    dose_rows[_i].product, dose_rows[_i].max_session,
	    dose_rows[_i].max_per_kg);
}
END_TEST

/* The plain and the with-epinephrine limits never both apply: each pair
 * is split at the same epinephrine concentration. */
START_TEST(test_dose_limit_split)
{
	ck_assert_int_eq(query_int("SELECT count(*) FROM dose_limit a JOIN "
	    "dose_limit b ON a.ingredient = b.ingredient AND a.unless = "
	    "b.requires WHERE a.unless_min_conc IS NOT b.requires_min_conc",
	    NULL), 0);
	ck_assert_int_eq(query_int("SELECT count(*) FROM dose_limit WHERE "
	    "unless = 'epinephrine' AND ingredient IN ('lidocaine', "
	    "'mepivacaine')", NULL), 2);
}
END_TEST

/* Local anaesthetics add up, amides and the ester together. */
static const char *const la_members[] = { "lidocaine", "mepivacaine",
    "prilocaine", "procaine" };

START_TEST(test_dose_class)
{
	ck_assert_int_eq(query_int("SELECT count(*) FROM dose_class WHERE "
	    "code = 'local-anaesthetic' AND severity = 'block'", NULL), 1);
	ck_assert_msg(query_int("SELECT count(*) FROM dose_class_member WHERE "
	    "class = 'local-anaesthetic' AND ingredient = ?", la_members[_i]) ==
	    1, "%s is not in the local-anaesthetic dose class",
	    la_members[_i]);
	/* Every member has a session and a per-kg limit to add up. */
	ck_assert_msg(query_int("SELECT count(*) FROM dose_limit WHERE "
	    "ingredient = ? AND max_session IS NOT NULL AND max_per_kg IS NOT "
	    "NULL", la_members[_i]) >= 1, "%s has no session and per-kg limit",
	    la_members[_i]);
}
END_TEST

/* Tonicity (domain-facts-3 section 1): the figures and the rules. */
static const struct {
	const char	*product;
	long long	 osmolality;	/* NUL: none */
	const char	*tonicity;	/* "" none */
} tonicity_rows[] = {
	{ "sodium-chloride-0-9pct", 308, "isotonic" },
	{ "water-for-injection", 0, "hypotonic" },
	{ "magnesium-sulfate-50pct", 4060, "" },
	{ "lidocaine-1pct", 340, "isotonic" },
	{ "lidocaine-2pct", 340, "isotonic" },
	{ "lidocaine-epi-1pct", NUL, "isotonic" },
	{ "ascorbic-acid-500", 5900, "" },
	{ "sodium-bicarbonate-8-4pct", 2000, "" },
	{ "aminophylline-25", 114, "hypotonic" },
	{ "bacteriostatic-sodium-chloride-0-9pct", NUL, "isotonic" },
};

START_TEST(test_tonicity_figures)
{
	char	sql[256];

	snprintf(sql, sizeof sql, "SELECT count(*) FROM product WHERE code = "
	    "? AND coalesce(osmolality, -1) = %lld AND coalesce(tonicity, '') "
	    "= '%s'", tonicity_rows[_i].osmolality, tonicity_rows[_i].tonicity);
	ck_assert_msg(query_int(sql, tonicity_rows[_i].product) == 1,
	    "%s: not osmolality %lld, tonicity '%s'", tonicity_rows[_i].product,
	    tonicity_rows[_i].osmolality, tonicity_rows[_i].tonicity);
}
END_TEST

START_TEST(test_tonicity_rules)
{
	/* SC pain above 600 (Usach 2019); vesicant about 1,000 (rat
	 * intradermal, 12.3 % MgSO4); hypotonic below 280. */
	ck_assert_int_eq(query_int("SELECT count(*) FROM tonicity_rule WHERE "
	    "above = 600 AND severity = 'caution'", NULL), 1);
	ck_assert_int_eq(query_int("SELECT count(*) FROM tonicity_rule WHERE "
	    "above = 999 AND severity = 'block'", NULL), 1);
	ck_assert_int_eq(query_int("SELECT count(*) FROM tonicity_rule WHERE "
	    "below = 280 AND severity = 'caution'", NULL), 1);
}
END_TEST

/* Origins: fermentation HA is not avian; bare HA is of unknown origin. */
START_TEST(test_allergen_origin)
{
	ck_assert_int_eq(query_int("SELECT count(*) FROM ingredient_allergen "
	    "WHERE ingredient = 'hyaluronic-acid' AND class = 'avian-protein' "
	    "AND origin = 'avian-protein'", NULL), 1);
	ck_assert_int_eq(query_int("SELECT count(*) FROM ingredient WHERE "
	    "code = 'hyaluronic-acid' AND origin IS NULL", NULL), 1);
	ck_assert_int_eq(query_int("SELECT count(*) FROM product_ingredient "
	    "WHERE ingredient = 'hyaluronic-acid' AND origin = 'fermentation' "
	    "AND product IN ('ha-nx-12', 'profhilo-32')", NULL), 2);
}
END_TEST

/* Freshly buffered lidocaine-epinephrine: a time bound, not a block. */
START_TEST(test_compat_within_hours)
{
	ck_assert_int_eq(query_int("SELECT count(*) FROM compat_rule WHERE "
	    "a = 'sodium-bicarbonate' AND b = 'epinephrine' AND cond IS NULL "
	    "AND within_hours = 24", NULL), 1);
	ck_assert_int_eq(query_int("SELECT count(*) FROM compat_rule WHERE "
	    "a = 'epinephrine' AND b = 'sodium-bicarbonate' AND cond = 'ratio' "
	    "AND ratio_max = 100 AND verdict = 'incompatible' AND within_hours "
	    "IS NULL", NULL), 1);
}
END_TEST

/* Pregnancy must be asked of women 15-49 before a teratogen. */
START_TEST(test_pregnancy_rule)
{
	ck_assert_int_eq(query_int("SELECT count(*) FROM pregnancy_rule WHERE "
	    "min_age = 15 AND max_age = 49 AND severity = 'block'", NULL), 1);
	ck_assert_int_ge(query_int("SELECT count(*) FROM contraindication "
	    "WHERE condition = 'pregnancy' AND level = 'absolute' AND "
	    "ingredient IN ('dutasteride', 'finasteride')", NULL), 2);
}
END_TEST

/* Synonyms: each names what it means, and none hides a code. */
static const struct {
	const char	*table, *column, *alias, *code;
} alias_rows[] = {
	{ "ingredient_alias", "ingredient", "lignocaine", "lidocaine" },
	{ "ingredient_alias", "ingredient", "xylocaine", "lidocaine" },
	{ "ingredient_alias", "ingredient", "novocaine", "procaine" },
	{ "ingredient_alias", "ingredient", "vitamin-c", "ascorbic-acid" },
	{ "ingredient_alias", "ingredient", "b12", "cyanocobalamin" },
	{ "ingredient_alias", "ingredient", "acide-hyaluronique",
	    "hyaluronic-acid" },
	{ "ingredient_alias", "ingredient", "acido-hialuronico",
	    "hyaluronic-acid" },
	{ "medication_alias", "medication_class", "warfarin",
	    "anticoagulant" },
	{ "medication_alias", "medication_class", "apixaban",
	    "anticoagulant" },
	{ "medication_alias", "medication_class", "aspirin", "antiplatelet" },
	{ "medication_alias", "medication_class", "ibuprofen", "nsaid" },
	{ "medication_alias", "medication_class", "roaccutane",
	    "isotretinoin" },
	{ "medication_alias", "medication_class", "pill",
	    "hormonal-contraceptive" },
	{ "medication_alias", "medication_class", "prednisolone",
	    "systemic-corticosteroid" },
	{ "condition_alias", "condition", "pregnant", "pregnancy" },
	{ "condition_alias", "condition", "haemophilia",
	    "coagulation-disorder" },
};

START_TEST(test_alias)
{
	char	sql[256];

	/* Table and column names are constants of this file. */
	snprintf(sql, sizeof sql, "SELECT count(*) FROM %s WHERE alias = ? "
	    "AND %s = '%s'", alias_rows[_i].table, alias_rows[_i].column,
	    alias_rows[_i].code);
	ck_assert_msg(query_int(sql, alias_rows[_i].alias) == 1,
	    "%s: %s is not an alias of %s", alias_rows[_i].table,
	    alias_rows[_i].alias, alias_rows[_i].code);
}
END_TEST

START_TEST(test_alias_no_shadow)
{
	ck_assert_int_eq(query_int("SELECT count(*) FROM ingredient_alias WHERE "
	    "alias IN (SELECT code FROM ingredient UNION SELECT code FROM "
	    "product)", NULL), 0);
	ck_assert_int_eq(query_int("SELECT count(*) FROM medication_alias WHERE "
	    "alias IN (SELECT code FROM medication_class)", NULL), 0);
	ck_assert_int_eq(query_int("SELECT count(*) FROM condition_alias WHERE "
	    "alias IN (SELECT code FROM condition)", NULL), 0);
	/* An alias is never an excipient nobody can choose. */
	ck_assert_int_eq(query_int("SELECT count(*) FROM ingredient_alias a "
	    "JOIN ingredient i ON i.code = a.ingredient WHERE i.excipient = 1",
	    NULL), 0);
}
END_TEST

/*
 * Templates with a published final strength reach it: the active's stock
 * strength times its parts over all the parts (every part a share of the
 * same total).  Iraji 2019: TXA 4 mg/mL, vitamin C 30, glutathione 20;
 * Daadaa 2021: TXA 5 mg/mL.
 */
static const struct {
	const char	*indication, *ingredient;
	long long	 final_ug_per_ml;
} template_rows[] = {
	{ "hyperpigmentation", "tranexamic-acid", 4000 },
	{ "hyperpigmentation", "ascorbic-acid", 30000 },
	{ "hyperpigmentation", "glutathione", 20000 },
	{ "couperose", "tranexamic-acid", 5000 },
};

START_TEST(test_template_strength)
{
	char	sql[768];

	snprintf(sql, sizeof sql, "SELECT count(*) FROM template_component t "
	    "JOIN product_ingredient pi ON pi.product = t.product AND "
	    "pi.role = 'active' WHERE t.indication = ? AND pi.ingredient = "
	    "'%s' AND pi.strength * t.parts = %lld * (SELECT sum(parts) FROM "
	    "template_component u WHERE u.indication = t.indication) AND NOT "
	    "EXISTS (SELECT 1 FROM template_component v WHERE v.indication = "
	    "t.indication AND v.volume_ul IS NOT NULL)",
	    template_rows[_i].ingredient, template_rows[_i].final_ug_per_ml);
	ck_assert_msg(query_int(sql, template_rows[_i].indication) == 1,
	    "template %s: %s is not %lld ug/mL final",
	    template_rows[_i].indication, template_rows[_i].ingredient,
	    template_rows[_i].final_ug_per_ml);
}
END_TEST

/*
 * No template is blocked by itself: no pair of its contents meets an
 * unconditioned incompatibility without a time bound, and no active in it
 * forbids "any other drug" while another component holds an active.
 */
START_TEST(test_template_not_blocked)
{
	ck_assert_int_eq(query_int("SELECT count(*) FROM template_component t1 "
	    "JOIN template_component t2 ON t2.indication = t1.indication AND "
	    "t2.seq > t1.seq "
	    "JOIN product_ingredient c1 ON c1.product = t1.product "
	    "JOIN product_ingredient c2 ON c2.product = t2.product "
	    "JOIN compat_rule r ON r.verdict = 'incompatible' AND r.cond IS "
	    "NULL AND r.within_hours IS NULL AND ((r.a = c1.ingredient AND "
	    "r.b = c2.ingredient) OR (r.a = c2.ingredient AND r.b = "
	    "c1.ingredient))", NULL), 0);
	ck_assert_int_eq(query_int("SELECT count(*) FROM template_component t1 "
	    "JOIN template_component t2 ON t2.indication = t1.indication AND "
	    "t2.seq <> t1.seq "
	    "JOIN product_ingredient c1 ON c1.product = t1.product "
	    "JOIN product_ingredient c2 ON c2.product = t2.product AND "
	    "c2.role = 'active' "
	    "JOIN compat_rule r ON r.verdict = 'incompatible' AND r.b_kind = "
	    "'any' AND r.a = c1.ingredient", NULL), 0);
	/* Kybella is never mixed (label: no dilution or admixture). */
	ck_assert_int_eq(query_int("SELECT count(*) FROM template_component "
	    "WHERE indication = 'localized-fat'", NULL), 1);
}
END_TEST

/* A plan figure a template pins names its source. */
START_TEST(test_template_plan_source)
{
	ck_assert_int_eq(query_int("SELECT count(*) FROM indication WHERE "
	    "(delivered_ul IS NOT NULL OR volume_per_point_ul IS NOT NULL) AND "
	    "plan_source IS NULL", NULL), 0);
	/* Facial hydration: 2 mL at 0.02 mL a point (Seok 2016). */
	ck_assert_int_eq(query_int("SELECT count(*) FROM indication WHERE "
	    "code = 'facial-hydration' AND delivered_ul = 2000 AND "
	    "volume_per_point_ul = 20", NULL), 1);
	/* Hair loss: 1 mL of dutasteride 0.01 %, as an absolute volume. */
	ck_assert_int_eq(query_int("SELECT count(*) FROM template_component "
	    "WHERE indication = 'hair-loss' AND product = "
	    "'dutasteride-0-01pct' AND volume_ul = 1000", NULL), 1);
}
END_TEST

START_TEST(test_mix_rules)
{
	/* SFM: no more than three products; pH 5-7 (clinicalgate). */
	ck_assert_int_eq(query_int("SELECT count(*) FROM mix_rule WHERE "
	    "code = 'max-products' AND value_max = 3", NULL), 1);
	ck_assert_int_eq(query_int("SELECT count(*) FROM mix_rule WHERE "
	    "code = 'ph-window' AND value_min = 5 AND value_max = 7", NULL),
	    1);
	ck_assert_int_eq(query_int("SELECT count(*) FROM mix_rule WHERE "
	    "code = 'oily' AND severity = 'block'", NULL), 1);
}
END_TEST

/* Search: what a person types finds what they mean ---------------------- */

static const struct {
	const char	*text;
	const char	*want;	/* this code ... */
	int		 within;	/* ... among the first hits */
} search_rows[] = {
	{ "hyal", "hyaluronic-acid", 5 },
	{ "hyal", "hyaluronidase", 5 },
	{ "Hyal", "hyaluronidase", 5 },
	{ "B12", "cyanocobalamin", 3 },
	{ "b12", "cyanocobalamin-1000mcg", 3 },
	{ "lido", "lidocaine-1pct", 3 },
	{ "lido", "lidocaine", 8 },
	{ "TXA", "tranexamic-acid", 3 },
	{ "TXA", "tranexamic-acid-100", 3 },
	{ "lignocaine", "lidocaine", 3 },
	{ "adrenaline", "epinephrine", 3 },
	{ "bicarb", "sodium-bicarbonate-8-4pct", 5 },
	{ "Kybella", "deoxycholic-acid-10", 3 },
};

START_TEST(test_search)
{
	struct search_hit	hits[10];
	int			n, k;
	char			got[512] = "";
	size_t			len;

	n = store_search(DB, search_rows[_i].text, hits, NELEM(hits));
	ck_assert_msg(n >= 0, "search \"%s\": %s", search_rows[_i].text,
	    DB->err);
	for (k = 0; k < n; k++) {
		len = strlen(got);
		snprintf(got + len, sizeof got - len, " %s", hits[k].code);
	}
	for (k = 0; k < n && k < search_rows[_i].within; k++)
		if (strcmp(hits[k].code, search_rows[_i].want) == 0)
			break;
	ck_assert_msg(k < n && k < search_rows[_i].within, "search \"%s\": "
	    "%s not among the first %d hits:%s", search_rows[_i].text,
	    search_rows[_i].want, search_rows[_i].within, got);
}
END_TEST

/* Every hit is what the text says: a product flag that matches its table. */
START_TEST(test_search_kinds)
{
	struct search_hit	hits[20];
	int			n, k;

	n = store_search(DB, "lido", hits, NELEM(hits));
	ck_assert_int_gt(n, 0);
	for (k = 0; k < n; k++)
		ck_assert_int_eq(store_code_exists(DB, hits[k].is_product ?
		    "product" : "ingredient", hits[k].code), 1);
	/* Excipients are never offered alone. */
	n = store_search(DB, "benzyl", hits, NELEM(hits));
	for (k = 0; k < n; k++)
		ck_assert_msg(!(hits[k].is_product == 0 &&
		    strcmp(hits[k].code, "benzyl-alcohol") == 0),
		    "search offers the excipient benzyl-alcohol alone");
}
END_TEST

/* Typed text is text: quotes, SQL, nothing at all. */
START_TEST(test_search_odd_text)
{
	struct search_hit	hits[10];

	ck_assert_int_eq(store_search(DB, "", hits, NELEM(hits)), 0);
	ck_assert_int_ge(store_search(DB, "hy\"al", hits, NELEM(hits)), 0);
	ck_assert_int_ge(store_search(DB, "\"\"\"", hits, NELEM(hits)), 0);
	ck_assert_int_ge(store_search(DB, "a' OR 1=1 --", hits, NELEM(hits)),
	    0);
	ck_assert_int_eq(store_search(DB, "hyal", hits, 0), 0);
	ck_assert_int_eq(store_search(DB, "hyal", hits, 1), 1);
}
END_TEST

/*
 * '_' and '%' are text, not LIKE wildcards: a hit must hold the
 * character itself in its code, name or synonyms.
 */
static const char *const wildcard_rows[] = { "_", "%", "a_", "%ine" };

START_TEST(test_search_wildcards)
{
	struct search_hit	 hits[10];
	const char		*text = wildcard_rows[_i];
	char			 sql[256];
	int			 n, k;

	n = store_search(DB, text, hits, NELEM(hits));
	ck_assert_int_ge(n, 0);
	snprintf(sql, sizeof sql, "SELECT count(*) FROM (SELECT code, name, "
	    "synonyms FROM ingredient UNION ALL SELECT code, name, synonyms "
	    "FROM product) WHERE code = ?1 AND instr(lower(code || ' ' || "
	    "name || ' ' || synonyms), '%s') > 0", text);
	for (k = 0; k < n; k++)
		ck_assert_msg(query_int(sql, hits[k].code) == 1, "a typed "
		    "\"%s\" is a wildcard: it finds %s (%d hits)", text,
		    hits[k].code, n);
}
END_TEST

static Suite *
seed_suite(void)
{
	Suite	*s = suite_create("seed");
	TCase	*tc;

	tc = tcase_create("vocabulary");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_vocabulary_file);
	if (nvocab > 0)
		tcase_add_loop_test(tc, test_vocabulary_code, 0, (int)nvocab);
	tcase_add_test(tc, test_alias_paba);
	tcase_add_loop_test(tc, test_excipient_flag, 0, NELEM(excipients));
	suite_add_tcase(s, tc);

	tc = tcase_create("sources");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_loop_test(tc, test_sources, 0, NELEM(medical_tables));
	tcase_add_loop_test(tc, test_messages, 0, NELEM(message_tables));
	tcase_add_test(tc, test_every_product_has_an_active);
	suite_add_tcase(s, tc);

	tc = tcase_create("products");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_loop_test(tc, test_product, 0, NELEM(product_rows));
	tcase_add_loop_test(tc, test_dose_limit, 0, NELEM(dose_rows));
	tcase_add_test(tc, test_dose_limit_split);
	tcase_add_loop_test(tc, test_dose_class, 0, NELEM(la_members));
	tcase_add_test(tc, test_mix_rules);
	tcase_add_loop_test(tc, test_tonicity_figures, 0,
	    NELEM(tonicity_rows));
	tcase_add_test(tc, test_tonicity_rules);
	tcase_add_test(tc, test_allergen_origin);
	tcase_add_test(tc, test_compat_within_hours);
	tcase_add_test(tc, test_pregnancy_rule);
	suite_add_tcase(s, tc);

	tc = tcase_create("words");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_loop_test(tc, test_alias, 0, NELEM(alias_rows));
	tcase_add_test(tc, test_alias_no_shadow);
	suite_add_tcase(s, tc);

	tc = tcase_create("templates");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_loop_test(tc, test_template_strength, 0,
	    NELEM(template_rows));
	tcase_add_test(tc, test_template_not_blocked);
	tcase_add_test(tc, test_template_plan_source);
	suite_add_tcase(s, tc);

	tc = tcase_create("search");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_loop_test(tc, test_search, 0, NELEM(search_rows));
	tcase_add_test(tc, test_search_kinds);
	tcase_add_test(tc, test_search_odd_text);
	tcase_add_loop_test(tc, test_search_wildcards, 0,
	    NELEM(wildcard_rows));
	suite_add_tcase(s, tc);
	return (s);
}

int
main(void)
{
	SRunner	*sr;
	int	 failures;

	if (vocab_load() != 0)
		fprintf(stderr, "check_seed: %s\n", vocab_error);
	sr = srunner_create(seed_suite());
	srunner_run_all(sr, CK_NORMAL);
	failures = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failures ? EXIT_FAILURE : EXIT_SUCCESS);
}

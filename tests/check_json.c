/*
 * json_cocktail.c: cocktail files are parsed strictly (a typo in a medical
 * file must never be ignored), every refusal names the field and its line,
 * a dumped cocktail reads back exactly, and json_field_line finds a field
 * in a multi-line text.
 */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cocktail.h"
#include "io/json_cocktail.h"

#define NELEM(a) (sizeof (a) / sizeof (a)[0])

static struct cocktail	C, C2;

/* Refusals: each names its field and line --------------------------------- */

static const struct {
	const char	*what;
	const char	*text;
	const char	*field;
	int		 line;
} bad_rows[] = {
	{ "unknown top-level key",
	    "{\n"
	    "  \"format\": \"mesomix-cocktail/1\",\n"
	    "  \"colour\": \"red\",\n"
	    "  \"components\": [{\"product\": \"lidocaine-1pct\", \"ml\": 1}]\n"
	    "}\n", "colour", 3 },
	{ "unknown patient key",
	    "{\n"
	    "  \"patient\": {\n"
	    "    \"id\": \"P1\",\n"
	    "    \"wieght_kg\": 60\n"
	    "  },\n"
	    "  \"components\": [{\"product\": \"lidocaine-1pct\", \"ml\": 1}]\n"
	    "}\n", "patient.wieght_kg", 4 },
	{ "unknown component key",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"product\": \"lidocaine-1pct\", \"ml\": 1},\n"
	    "    {\"product\": \"ha-nx-10\",\n"
	    "     \"mls\": 1}\n"
	    "  ]\n"
	    "}\n", "components[1].mls", 5 },
	{ "a string for a volume",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"product\": \"lidocaine-1pct\",\n"
	    "     \"ml\": \"1\"}\n"
	    "  ]\n"
	    "}\n", "components[0].ml", 4 },
	{ "a string for a surface",
	    "{\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"parts\": 1}],\n"
	    "  \"area\": \"face\",\n"
	    "  \"technique\": \"papule\",\n"
	    "  \"surface_cm2\": \"300\"\n"
	    "}\n", "surface_cm2", 5 },
	{ "a string for a weight",
	    "{\n"
	    "  \"patient\": {\n"
	    "    \"weight_kg\": \"60\"\n"
	    "  },\n"
	    "  \"components\": [{\"product\": \"lidocaine-1pct\", \"ml\": 1}]\n"
	    "}\n", "patient.weight_kg", 3 },
	{ "a list for the patient",
	    "{\n"
	    "  \"components\": [{\"product\": \"lidocaine-1pct\", \"ml\": 1}],\n"
	    "  \"patient\": []\n"
	    "}\n", "patient", 3 },
	{ "a negative volume",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"product\": \"lidocaine-1pct\", \"ml\": -1}\n"
	    "  ]\n"
	    "}\n", "components[0].ml", 3 },
	{ "a zero volume",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"product\": \"lidocaine-1pct\", \"ml\": 1},\n"
	    "    {\"product\": \"ha-nx-10\", \"ml\": 0}\n"
	    "  ]\n"
	    "}\n", "components[1].ml", 4 },
	{ "1e300 mL",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"product\": \"lidocaine-1pct\", \"ml\": 1e300}\n"
	    "  ]\n"
	    "}\n", "components[0].ml", 3 },
	{ "a volume too small to measure",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"product\": \"lidocaine-1pct\", \"ml\": 0.0001}\n"
	    "  ]\n"
	    "}\n", "components[0].ml", 3 },
	{ "depth 200 mm",
	    "{\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"parts\": 1}],\n"
	    "  \"area\": \"face\",\n"
	    "  \"technique\": \"papule\",\n"
	    "  \"depth_mm\": 200\n"
	    "}\n", "depth_mm", 5 },
	{ "weight 5000 kg",
	    "{\n"
	    "  \"patient\": {\"id\": \"P1\",\n"
	    "    \"weight_kg\": 5000},\n"
	    "  \"components\": [{\"product\": \"lidocaine-1pct\", \"ml\": 1}]\n"
	    "}\n", "patient.weight_kg", 3 },
	{ "age 200",
	    "{\n"
	    "  \"patient\": {\"age\": 200},\n"
	    "  \"components\": [{\"product\": \"lidocaine-1pct\", \"ml\": 1}]\n"
	    "}\n", "patient.age", 2 },
	{ "sex not in the list",
	    "{\n"
	    "  \"patient\": {\"sex\": \"f\"},\n"
	    "  \"components\": [{\"product\": \"lidocaine-1pct\", \"ml\": 1}]\n"
	    "}\n", "patient.sex", 2 },
	{ "product and ingredient both",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"product\": \"lidocaine-1pct\", \"ml\": 1},\n"
	    "    {\"product\": \"ha-nx-10\", \"ingredient\": "
	    "\"hyaluronic-acid\", \"ml\": 1}\n"
	    "  ]\n"
	    "}\n", "components[1]", 4 },
	{ "neither product nor ingredient",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"ml\": 1}\n"
	    "  ]\n"
	    "}\n", "components[0]", 3 },
	{ "ml and parts both",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"product\": \"lidocaine-1pct\", \"ml\": 1, \"parts\": 2}\n"
	    "  ],\n"
	    "  \"total_ml\": 5\n"
	    "}\n", "components[0].parts", 3 },
	{ "no amount",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"product\": \"lidocaine-1pct\"}\n"
	    "  ]\n"
	    "}\n", "components[0]", 3 },
	{ "two strengths",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"ingredient\": \"hyaluronic-acid\",\n"
	    "     \"mg_per_ml\": 10,\n"
	    "     \"mcg_per_ml\": 10000,\n"
	    "     \"ml\": 1}\n"
	    "  ]\n"
	    "}\n", "components[0].mcg_per_ml", 5 },
	{ "a strength with a product",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"product\": \"lidocaine-1pct\",\n"
	    "     \"mg_per_ml\": 20,\n"
	    "     \"ml\": 1}\n"
	    "  ]\n"
	    "}\n", "components[0].mg_per_ml", 4 },
	{ "a zero strength",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"ingredient\": \"hyaluronic-acid\", \"mg_per_ml\": 0, "
	    "\"ml\": 1}\n"
	    "  ]\n"
	    "}\n", "components[0].mg_per_ml", 3 },
	{ "parts without a plan or total_ml",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"product\": \"ha-nx-10\", \"parts\": 2},\n"
	    "    {\"product\": \"lidocaine-1pct\", \"ml\": 0.5}\n"
	    "  ]\n"
	    "}\n", "components", 2 },
	{ "zero parts",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"product\": \"ha-nx-10\", \"parts\": 0}\n"
	    "  ],\n"
	    "  \"total_ml\": 2\n"
	    "}\n", "components[0].parts", 3 },
	{ "an area without a technique",
	    "{\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1}],\n"
	    "  \"area\": \"face\"\n"
	    "}\n", "area", 3 },
	{ "a technique without an area",
	    "{\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1}],\n"
	    "  \"technique\": \"papule\"\n"
	    "}\n", "technique", 3 },
	{ "a code in capitals",
	    "{\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"parts\": 1}],\n"
	    "  \"area\": \"Face\",\n"
	    "  \"technique\": \"papule\"\n"
	    "}\n", "area", 3 },
	{ "a product code with a space",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"product\": \"lido caine\", \"ml\": 1}\n"
	    "  ]\n"
	    "}\n", "components[0].product", 3 },
	{ "allergies not a list",
	    "{\n"
	    "  \"patient\": {\n"
	    "    \"allergies\": \"soy\"\n"
	    "  },\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1}]\n"
	    "}\n", "patient.allergies", 3 },
	{ "an allergy that is not a code",
	    "{\n"
	    "  \"patient\": {\n"
	    "    \"allergies\": [\"soy\",\n"
	    "                  \"Egg\"]\n"
	    "  },\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1}]\n"
	    "}\n", "patient.allergies[1]", 4 },
	{ "threads not whole",
	    "{\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"parts\": 1}],\n"
	    "  \"area\": \"hands\",\n"
	    "  \"technique\": \"linear-retrograde\",\n"
	    "  \"threads\": 2.5\n"
	    "}\n", "threads", 5 },
	{ "a negative overage",
	    "{\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1}],\n"
	    "  \"overage_pct\": -5\n"
	    "}\n", "overage_pct", 3 },
	{ "a zero total",
	    "{\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"parts\": 1}],\n"
	    "  \"total_ml\": 0\n"
	    "}\n", "total_ml", 3 },
	{ "a component that is not an object",
	    "{\n"
	    "  \"components\": [\n"
	    "    \"lidocaine-1pct\"\n"
	    "  ]\n"
	    "}\n", "components[0]", 3 },
	{ "bad JSON: a missing comma",
	    "{\n"
	    "  \"format\": \"mesomix-cocktail/1\"\n"
	    "  \"components\": []\n"
	    "}\n", "", 3 },
	{ "bad JSON: not closed",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"product\": \"lidocaine-1pct\", \"ml\": 1}\n"
	    "  ]\n", "", 5 },
	{ "duplicate keys",
	    "{\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"parts\": 1}],\n"
	    "  \"area\": \"face\",\n"
	    "  \"area\": \"neck\",\n"
	    "  \"technique\": \"papule\"\n"
	    "}\n", "", 4 },
	{ "duplicate keys in a component",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"product\": \"lidocaine-1pct\",\n"
	    "     \"ml\": 1,\n"
	    "     \"ml\": 2}\n"
	    "  ]\n"
	    "}\n", "", 5 },
	{ "empty components",
	    "{\n"
	    "  \"format\": \"mesomix-cocktail/1\",\n"
	    "  \"components\": []\n"
	    "}\n", "components", 3 },
	{ "components not a list",
	    "{\n"
	    "  \"components\": {\"product\": \"ha-nx-10\", \"ml\": 1}\n"
	    "}\n", "components", 2 },
	{ "no components at all: the file's first line",
	    "{\n"
	    "  \"format\": \"mesomix-cocktail/1\"\n"
	    "}\n", "components", 1 },
	{ "a wrong format string",
	    "{\n"
	    "  \"format\": \"mesomix-cocktail/2\",\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1}]\n"
	    "}\n", "format", 2 },
	{ "a format that is not a string",
	    "{\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1}],\n"
	    "  \"format\": 1\n"
	    "}\n", "format", 3 },
	{ "just above 1000 mL",
	    "{\n"
	    "  \"components\": [\n"
	    "    {\"product\": \"lidocaine-1pct\", \"ml\": 1000.001}\n"
	    "  ]\n"
	    "}\n", "components[0].ml", 3 },
	{ "a weight below 1 kg",
	    "{\n"
	    "  \"patient\": {\"weight_kg\": 0.5},\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1}]\n"
	    "}\n", "patient.weight_kg", 2 },
	{ "a patient id of 65 characters",
	    "{\n"
	    "  \"patient\": {\"id\": \"0123456789012345678901234567890123456789"
	    "0123456789012345678901234\"},\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1}]\n"
	    "}\n", "patient.id", 2 },
	{ "17 allergies",
	    "{\n"
	    "  \"patient\": {\"allergies\": [\"a1\", \"a2\", \"a3\", \"a4\", "
	    "\"a5\", \"a6\", \"a7\", \"a8\", \"a9\", \"a10\", \"a11\", \"a12\", "
	    "\"a13\", \"a14\", \"a15\", \"a16\", \"a17\"]},\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1}]\n"
	    "}\n", "patient.allergies[16]", 2 },
	{ "zero threads",
	    "{\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"parts\": 1}],\n"
	    "  \"area\": \"hands\",\n"
	    "  \"technique\": \"linear-retrograde\",\n"
	    "  \"threads\": 0\n"
	    "}\n", "threads", 5 },
	{ "a file that is not an object",
	    "[\n"
	    "  {\"product\": \"ha-nx-10\", \"ml\": 1}\n"
	    "]\n", "", 1 },
	{ "more than 16 components",
	    "{\"components\": [\n"
	    "{\"product\": \"ha-nx-10\", \"ml\": 1},\n"
	    "{\"product\": \"ha-nx-10\", \"ml\": 1},\n"
	    "{\"product\": \"ha-nx-10\", \"ml\": 1},\n"
	    "{\"product\": \"ha-nx-10\", \"ml\": 1},\n"
	    "{\"product\": \"ha-nx-10\", \"ml\": 1},\n"
	    "{\"product\": \"ha-nx-10\", \"ml\": 1},\n"
	    "{\"product\": \"ha-nx-10\", \"ml\": 1},\n"
	    "{\"product\": \"ha-nx-10\", \"ml\": 1},\n"
	    "{\"product\": \"ha-nx-10\", \"ml\": 1},\n"
	    "{\"product\": \"ha-nx-10\", \"ml\": 1},\n"
	    "{\"product\": \"ha-nx-10\", \"ml\": 1},\n"
	    "{\"product\": \"ha-nx-10\", \"ml\": 1},\n"
	    "{\"product\": \"ha-nx-10\", \"ml\": 1},\n"
	    "{\"product\": \"ha-nx-10\", \"ml\": 1},\n"
	    "{\"product\": \"ha-nx-10\", \"ml\": 1},\n"
	    "{\"product\": \"ha-nx-10\", \"ml\": 1},\n"
	    "{\"product\": \"ha-nx-10\", \"ml\": 1}\n"
	    "]}\n", "components[16]", 18 },
	{ "points not whole",
	    "{\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1}],\n"
	    "  \"points\": 10.5\n"
	    "}\n", "points", 3 },
	{ "no points",
	    "{\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1}],\n"
	    "  \"points\": 0\n"
	    "}\n", "points", 3 },
	{ "delivered_ml above 1000",
	    "{\n"
	    "  \"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1}],\n"
	    "  \"delivered_ml\": 1000.001\n"
	    "}\n", "delivered_ml", 3 },
};

START_TEST(test_bad)
{
	struct meso_error	err;
	const char		*t = bad_rows[_i].text;
	int			 rc;

	memset(&err, 0x55, sizeof err);
	rc = json_cocktail_parse(t, strlen(t), &C, &err);
	ck_assert_msg(rc == -1, "%s: accepted", bad_rows[_i].what);
	ck_assert_msg(strcmp(err.field, bad_rows[_i].field) == 0,
	    "%s: field \"%s\" (%s), wanted \"%s\"", bad_rows[_i].what,
	    err.field, err.message, bad_rows[_i].field);
	ck_assert_msg(err.line == bad_rows[_i].line, "%s: line %d (%s), "
	    "wanted %d", bad_rows[_i].what, err.line, err.message,
	    bad_rows[_i].line);
	ck_assert_msg(err.message[0] != '\0' && strlen(err.message) <
	    sizeof err.message, "%s: no message", bad_rows[_i].what);
}
END_TEST

/* The message names the unknown key (VOCABULARY: "naming the key"). */
START_TEST(test_unknown_key_named)
{
	struct meso_error	err;
	const char		*t = bad_rows[0].text;

	ck_assert_int_eq(json_cocktail_parse(t, strlen(t), &C, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.message, "colour"));
}
END_TEST

/* A valid file ---------------------------------------------------------- */

/* The example of VOCABULARY.md (tests/data/example.json), line by line. */
static const char example[] =
    "{\n"
    "  \"format\": \"mesomix-cocktail/1\",\n"
    "  \"name\": \"Hydration, left and right cheek\",\n"
    "  \"indication\": \"facial-hydration\",\n"
    "  \"patient\": {\n"
    "    \"id\": \"P-0042\",\n"
    "    \"name\": \"Ana Example\",\n"
    "    \"age\": 41,\n"
    "    \"sex\": \"female\",\n"
    "    \"weight_kg\": 62,\n"
    "    \"allergies\": [\"soy\"],\n"
    "    \"conditions\": [\"childbearing-potential\"],\n"
    "    \"medications\": [\"antiplatelet\"]\n"
    "  },\n"
    "  \"components\": [\n"
    "    {\"ingredient\": \"hyaluronic-acid\", \"mg_per_ml\": 10, "
    "\"parts\": 2},\n"
    "    {\"product\": \"lidocaine-1pct\", \"ml\": 0.5},\n"
    "    {\"ingredient\": \"hyaluronidase\", \"units_per_ml\": 150, "
    "\"ml\": 0.2}\n"
    "  ],\n"
    "  \"area\": \"face\",\n"
    "  \"surface_cm2\": 300,\n"
    "  \"technique\": \"papule\",\n"
    "  \"spacing_mm\": 10,\n"
    "  \"volume_per_point_ml\": 0.05,\n"
    "  \"syringe_ml\": 5\n"
    "}\n";

START_TEST(test_valid)
{
	struct meso_error	 err;
	const struct component	*cp;

	ck_assert_msg(json_cocktail_parse(example, strlen(example), &C,
	    &err) == 0, "line %d %s: %s", err.line, err.field, err.message);
	ck_assert_str_eq(C.name, "Hydration, left and right cheek");
	ck_assert_str_eq(C.indication, "facial-hydration");
	ck_assert_int_eq(C.has_patient, 1);
	ck_assert_str_eq(C.patient.id, "P-0042");
	ck_assert_str_eq(C.patient.name, "Ana Example");
	ck_assert_int_eq(C.patient.age, 41);
	ck_assert_str_eq(C.patient.sex, "female");
	ck_assert_int_eq(C.patient.weight_g, 62000);
	ck_assert_uint_eq(C.patient.nallergies, 1);
	ck_assert_str_eq(C.patient.allergies[0], "soy");
	ck_assert_uint_eq(C.patient.nconditions, 1);
	ck_assert_str_eq(C.patient.conditions[0], "childbearing-potential");
	ck_assert_uint_eq(C.patient.nmedications, 1);
	ck_assert_str_eq(C.patient.medications[0], "antiplatelet");
	ck_assert_uint_eq(C.ncomponents, 3);

	cp = &C.components[0];
	ck_assert_str_eq(cp->code, "hyaluronic-acid");
	ck_assert_int_eq(cp->is_product, 0);
	ck_assert_int_eq(cp->given_strength, 10000);	/* ug/mL */
	ck_assert_int_eq(cp->given_unit, UNIT_UG);
	ck_assert_int_eq(cp->parts, 2000);		/* thousandths */
	ck_assert_int_lt(cp->volume_ul, 0);
	ck_assert_int_eq(cp->line, 16);

	cp = &C.components[1];
	ck_assert_str_eq(cp->code, "lidocaine-1pct");
	ck_assert_int_eq(cp->is_product, 1);
	ck_assert_int_lt(cp->given_strength, 0);
	ck_assert_int_eq(cp->volume_ul, 500);
	ck_assert_int_eq(cp->parts, 0);
	ck_assert_int_eq(cp->line, 17);

	cp = &C.components[2];
	ck_assert_str_eq(cp->code, "hyaluronidase");
	ck_assert_int_eq(cp->given_strength, 150000);	/* mu/mL */
	ck_assert_int_eq(cp->given_unit, UNIT_MU);
	ck_assert_int_eq(cp->volume_ul, 200);
	ck_assert_int_eq(cp->line, 18);

	ck_assert_str_eq(C.area, "face");
	ck_assert_str_eq(C.technique, "papule");
	ck_assert_int_eq(C.surface_cm2, 300);
	ck_assert_int_eq(C.spacing_um, 10000);
	ck_assert_int_eq(C.volume_per_point_ul, 50);
	ck_assert_int_eq(C.syringe_ul, 5000);
	ck_assert_int_eq(C.depth_um, -1);
	ck_assert_int_eq(C.total_ul, -1);
	ck_assert_int_eq(C.overage_pct, -1);
	ck_assert_int_eq(C.threads, -1);
}
END_TEST

/* Every strength unit reaches its integer form. */
static const struct {
	const char	*key, *value;
	int64_t		 strength;
	enum unit	 unit;
} strength_rows[] = {
	{ "mg_per_ml", "10", 10000, UNIT_UG },
	{ "mg_per_ml", "0.5", 500, UNIT_UG },
	{ "mcg_per_ml", "1000", 1000, UNIT_UG },
	{ "mcg_per_ml", "6", 6, UNIT_UG },
	{ "units_per_ml", "150", 150000, UNIT_MU },
	{ "units_per_ml", "0.5", 500, UNIT_MU },
};

START_TEST(test_strengths)
{
	struct meso_error	err;
	char			t[256];

	snprintf(t, sizeof t, "{\"components\": [{\"ingredient\": \"x\", "
	    "\"%s\": %s, \"ml\": 1}]}", strength_rows[_i].key,
	    strength_rows[_i].value);
	ck_assert_msg(json_cocktail_parse(t, strlen(t), &C, &err) == 0,
	    "%s: %s", err.field, err.message);
	ck_assert_int_eq(C.components[0].given_strength,
	    strength_rows[_i].strength);
	ck_assert_int_eq(C.components[0].given_unit, strength_rows[_i].unit);
}
END_TEST

/* Boundaries that are accepted. */
static const struct {
	const char	*what, *text;
} good_rows[] = {
	{ "1000 mL, the maximum", "{\"components\": [{\"product\": "
	    "\"lidocaine-1pct\", \"ml\": 1000}]}" },
	{ "0.001 mL, the smallest", "{\"components\": [{\"product\": "
	    "\"lidocaine-1pct\", \"ml\": 0.001}]}" },
	{ "age 0", "{\"patient\": {\"age\": 0}, \"components\": "
	    "[{\"product\": \"ha-nx-10\", \"ml\": 1}]}" },
	{ "weight 1 kg", "{\"patient\": {\"weight_kg\": 1}, \"components\": "
	    "[{\"product\": \"ha-nx-10\", \"ml\": 1}]}" },
	{ "weight 400 kg", "{\"patient\": {\"weight_kg\": 400}, "
	    "\"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1}]}" },
	{ "threads 2.0", "{\"components\": [{\"product\": \"ha-nx-10\", "
	    "\"parts\": 1}], \"area\": \"hands\", "
	    "\"technique\": \"linear-retrograde\", \"threads\": 2.0}" },
	{ "no format key", "{\"components\": [{\"product\": \"ha-nx-10\", "
	    "\"ml\": 1}]}" },
	{ "16 allergies, one repeated", "{\"patient\": {\"allergies\": "
	    "[\"soy\", \"soy\", \"egg\"]}, \"components\": "
	    "[{\"product\": \"ha-nx-10\", \"ml\": 1}]}" },
	{ "a numeric patient id", "{\"patient\": {\"id\": 42}, "
	    "\"components\": [{\"product\": \"ha-nx-10\", \"ml\": 1}]}" },
};

START_TEST(test_good)
{
	struct meso_error	err;
	const char		*t = good_rows[_i].text;

	ck_assert_msg(json_cocktail_parse(t, strlen(t), &C, &err) == 0,
	    "%s: refused: line %d %s: %s", good_rows[_i].what, err.line,
	    err.field, err.message);
}
END_TEST

START_TEST(test_good_values)
{
	struct meso_error	err;
	const char		*t;

	t = good_rows[7].text;
	ck_assert_int_eq(json_cocktail_parse(t, strlen(t), &C, &err), 0);
	/* Kept as written: an error on a later code names its own index. */
	ck_assert_uint_eq(C.patient.nallergies, 3);
	t = good_rows[8].text;
	ck_assert_int_eq(json_cocktail_parse(t, strlen(t), &C, &err), 0);
	ck_assert_str_eq(C.patient.id, "42");
	t = good_rows[1].text;
	ck_assert_int_eq(json_cocktail_parse(t, strlen(t), &C, &err), 0);
	ck_assert_int_eq(C.components[0].volume_ul, 1);
	t = good_rows[5].text;
	ck_assert_int_eq(json_cocktail_parse(t, strlen(t), &C, &err), 0);
	ck_assert_int_eq(C.threads, 2);
}
END_TEST

/* Parsing starts from nothing: a second parse keeps nothing of the first. */
START_TEST(test_reparse_resets)
{
	struct meso_error	err;
	const char		*t = "{\"components\": [{\"product\": "
	    "\"ha-nx-10\", \"ml\": 1}]}";

	ck_assert_int_eq(json_cocktail_parse(example, strlen(example), &C,
	    &err), 0);
	ck_assert_int_eq(json_cocktail_parse(t, strlen(t), &C, &err), 0);
	ck_assert_uint_eq(C.ncomponents, 1);
	ck_assert_int_eq(C.has_patient, 0);
	ck_assert_str_eq(C.area, "");
	ck_assert_str_eq(C.name, "");
	ck_assert_int_eq(C.syringe_ul, -1);
}
END_TEST

/* Dump, then parse: the same cocktail ------------------------------------- */

static void
assert_same(const struct cocktail *a, const struct cocktail *b)
{
	const struct component	*x, *y;
	size_t			 i;

	ck_assert_str_eq(a->name, b->name);
	ck_assert_str_eq(a->indication, b->indication);
	ck_assert_int_eq(a->has_patient, b->has_patient);
	if (a->has_patient) {
		ck_assert_str_eq(a->patient.id, b->patient.id);
		ck_assert_str_eq(a->patient.name, b->patient.name);
		ck_assert_int_eq(a->patient.age, b->patient.age);
		ck_assert_str_eq(a->patient.sex, b->patient.sex);
		ck_assert_int_eq(a->patient.weight_g, b->patient.weight_g);
		ck_assert_uint_eq(a->patient.nallergies, b->patient.nallergies);
		for (i = 0; i < a->patient.nallergies; i++)
			ck_assert_str_eq(a->patient.allergies[i],
			    b->patient.allergies[i]);
		ck_assert_uint_eq(a->patient.nconditions,
		    b->patient.nconditions);
		for (i = 0; i < a->patient.nconditions; i++)
			ck_assert_str_eq(a->patient.conditions[i],
			    b->patient.conditions[i]);
		ck_assert_uint_eq(a->patient.nmedications,
		    b->patient.nmedications);
		for (i = 0; i < a->patient.nmedications; i++)
			ck_assert_str_eq(a->patient.medications[i],
			    b->patient.medications[i]);
	}
	ck_assert_uint_eq(a->ncomponents, b->ncomponents);
	for (i = 0; i < a->ncomponents; i++) {
		x = &a->components[i];
		y = &b->components[i];
		ck_assert_str_eq(x->code, y->code);
		ck_assert_int_eq(x->is_product, y->is_product);
		ck_assert_int_eq(x->given_strength, y->given_strength);
		if (x->given_strength >= 0)
			ck_assert_int_eq(x->given_unit, y->given_unit);
		ck_assert_int_eq(x->volume_ul, y->volume_ul);
		ck_assert_int_eq(x->parts, y->parts);
	}
	ck_assert_str_eq(a->area, b->area);
	ck_assert_str_eq(a->technique, b->technique);
	ck_assert_str_eq(a->needle, b->needle);
	ck_assert_int_eq(a->surface_cm2, b->surface_cm2);
	ck_assert_int_eq(a->spacing_um, b->spacing_um);
	ck_assert_int_eq(a->volume_per_point_ul, b->volume_per_point_ul);
	ck_assert_int_eq(a->depth_um, b->depth_um);
	ck_assert_int_eq(a->syringe_ul, b->syringe_ul);
	ck_assert_int_eq(a->threads, b->threads);
	ck_assert_int_eq(a->thread_length_mm, b->thread_length_mm);
	ck_assert_int_eq(a->volume_per_cm_ul, b->volume_per_cm_ul);
	ck_assert_int_eq(a->volume_per_cm2_ul, b->volume_per_cm2_ul);
	ck_assert_int_eq(a->overage_pct, b->overage_pct);
	ck_assert_int_eq(a->total_ul, b->total_ul);
	ck_assert_int_eq(a->points, b->points);
	ck_assert_int_eq(a->delivered_ul, b->delivered_ul);
}

static const char *const roundtrip_rows[] = {
	example,
	/* the smallest file */
	"{\"components\": [{\"product\": \"lidocaine-1pct\", \"ml\": 1}]}",
	/* every field, with fractions at every scale */
	"{\"format\": \"mesomix-cocktail/1\", \"name\": \"All \\\"fields\\\", "
	"\\u00e9t\\u00e9\", \"indication\": \"cellulite\", "
	"\"patient\": {\"id\": \"P 1\", \"name\": \"X\", \"age\": 0, "
	"\"sex\": \"other\", \"weight_kg\": 62.345, "
	"\"allergies\": [\"soy\", \"paba\", \"benzyl-alcohol\"], "
	"\"conditions\": [\"pregnancy\", \"epilepsy\"], "
	"\"medications\": []}, "
	"\"components\": ["
	"{\"ingredient\": \"hyaluronic-acid\", \"mg_per_ml\": 1.5, "
	"\"parts\": 1.25},"
	"{\"ingredient\": \"selenium\", \"mcg_per_ml\": 6, \"ml\": 0.005},"
	"{\"ingredient\": \"biotin\", \"mcg_per_ml\": 500, \"parts\": 0.5},"
	"{\"ingredient\": \"hyaluronidase\", \"units_per_ml\": 150.5, "
	"\"ml\": 0.125},"
	"{\"ingredient\": \"caffeine\", \"mg_per_ml\": 1000, \"ml\": 999.999},"
	"{\"ingredient\": \"glycine\", \"parts\": 1000},"
	"{\"product\": \"lidocaine-1pct\", \"ml\": 12.345}], "
	"\"area\": \"thighs\", \"technique\": \"linear-retrograde\", "
	"\"needle\": \"30g-13mm\", \"surface_cm2\": 1615, "
	"\"spacing_mm\": 7.5, \"volume_per_point_ml\": 0.025, "
	"\"depth_mm\": 1.5, \"syringe_ml\": 2.5, \"threads\": 12, "
	"\"thread_length_cm\": 4.5, \"volume_per_cm_ml\": 0.05, "
	"\"volume_per_cm2_ml\": 0.01, \"overage_pct\": 0, "
	"\"total_ml\": 12.345}",
	/* the plan figures a physician fixes: points and delivered_ml */
	"{\"components\": [{\"product\": \"ha-nx-10\", \"parts\": 1}], "
	"\"area\": \"face\", \"technique\": \"papule\", \"points\": 120, "
	"\"delivered_ml\": 2.4}",
	/* delivered_ml makes parts without area and technique */
	"{\"components\": [{\"product\": \"ha-nx-10\", \"parts\": 1}], "
	"\"delivered_ml\": 0.005}",
	/* a patient with nothing but an id */
	"{\"patient\": {\"id\": \"P-1\"}, \"components\": "
	"[{\"product\": \"ha-nx-10\", \"parts\": 3}], \"total_ml\": 2}",
};

START_TEST(test_roundtrip)
{
	struct meso_error	 err;
	const char		*t = roundtrip_rows[_i];
	char			*dumped, *again;

	ck_assert_msg(json_cocktail_parse(t, strlen(t), &C, &err) == 0,
	    "line %d %s: %s", err.line, err.field, err.message);
	dumped = json_cocktail_dump(&C);
	ck_assert_ptr_nonnull(dumped);
	ck_assert_msg(json_cocktail_parse(dumped, strlen(dumped), &C2,
	    &err) == 0, "the dump does not read back: line %d %s: %s\n%s",
	    err.line, err.field, err.message, dumped);
	assert_same(&C, &C2);
	/* And the dump of the copy is the same text. */
	again = json_cocktail_dump(&C2);
	ck_assert_str_eq(dumped, again);
	ck_assert_ptr_nonnull(strstr(dumped, COCKTAIL_FORMAT));
	free(again);
	free(dumped);
}
END_TEST

/* A cocktail built in memory (the composer's) dumps to a valid file. */
START_TEST(test_dump_built)
{
	struct meso_error	 err;
	struct component	*cp;
	char			*dumped;

	cocktail_init(&C);
	cp = cocktail_add(&C, "hyaluronic-acid", 0);
	cp->given_strength = 12345;		/* 12.345 mg/mL */
	cp->given_unit = UNIT_UG;
	cp->parts = 2000;
	cp = cocktail_add(&C, "selenium", 0);
	cp->given_strength = 6;			/* 6 mcg/mL */
	cp->given_unit = UNIT_UG;
	cp->volume_ul = 1;			/* 0.001 mL */
	cp = cocktail_add(&C, "lidocaine-1pct", 1);
	cp->volume_ul = 1000000;		/* 1000 mL */
	C.total_ul = 1000000;		/* the largest total */
	C.has_patient = 1;
	C.patient.weight_g = 1000;		/* 1 kg */
	dumped = json_cocktail_dump(&C);
	ck_assert_msg(json_cocktail_parse(dumped, strlen(dumped), &C2,
	    &err) == 0, "line %d %s: %s\n%s", err.line, err.field, err.message,
	    dumped);
	assert_same(&C, &C2);
	free(dumped);
}
END_TEST

/* json_field_line ------------------------------------------------------- */

static const char field_text[] =
    "{\n"						/* 1 */
    "  \"name\": \"a [b] {c}, \\\"d\\\": \\\"ml\\\"\",\n"	/* 2 */
    "  \"components\": [\n"				/* 3 */
    "    {\"product\": \"lidocaine-1pct\", \"ml\": 0.5},\n"	/* 4 */
    "    {\n"						/* 5 */
    "      \"product\": \"ha-nx-10\",\n"			/* 6 */
    "      \"ml\": 2\n"					/* 7 */
    "    },\n"						/* 8 */
    "    {\"ingredient\": \"hyaluronidase\",\n"		/* 9 */
    "     \"units_per_ml\": 150, \"ml\": 0.2}\n"		/* 10 */
    "  ],\n"						/* 11 */
    "  \"patient\": {\n"				/* 12 */
    "    \"allergies\": [\"soy\",\n"			/* 13 */
    "                  \"egg\"],\n"			/* 14 */
    "    \"weight_kg\": 62\n"				/* 15 */
    "  },\n"						/* 16 */
    "  \"area\": \"face\"\n"				/* 17 */
    "}\n";

static const struct {
	const char	*field;
	int		 line;
} field_rows[] = {
	{ "components[1].ml", 7 },
	{ "components[1].product", 6 },
	{ "components[1]", 5 },
	{ "components[0].ml", 4 },
	{ "components[0]", 4 },
	{ "components[2].units_per_ml", 10 },
	{ "components[2].ml", 10 },
	{ "components[2]", 9 },
	{ "components", 3 },
	{ "name", 2 },
	{ "patient", 12 },
	{ "patient.allergies", 13 },
	{ "patient.allergies[0]", 13 },
	{ "patient.allergies[1]", 14 },
	{ "patient.weight_kg", 15 },
	{ "area", 17 },
	/* absent: the nearest parent that is there */
	{ "components[1].parts", 5 },
	{ "components[7].ml", 3 },
	{ "patient.age", 12 },
	{ "technique", 0 },
	{ "", 0 },
};

START_TEST(test_field_line)
{
	int	line = json_field_line(field_text, field_rows[_i].field);

	ck_assert_msg(line == field_rows[_i].line, "\"%s\" on line %d, "
	    "wanted %d", field_rows[_i].field, line, field_rows[_i].line);
}
END_TEST

START_TEST(test_field_line_odd_text)
{
	/* Never past the end of the text, whatever it holds. */
	ck_assert_int_eq(json_field_line("", "components"), 0);
	ck_assert_int_eq(json_field_line("{\"compo", "components"), 0);
	ck_assert_int_eq(json_field_line("{\"a\": \"\\", "a"), 1);
	ck_assert_int_eq(json_field_line("[[[[", "x"), 0);
	ck_assert_int_eq(json_field_line("}}]]", "x"), 0);
}
END_TEST

static Suite *
json_suite(void)
{
	Suite	*s = suite_create("json_cocktail");
	TCase	*tc;

	tc = tcase_create("refuse");
	tcase_add_loop_test(tc, test_bad, 0, NELEM(bad_rows));
	tcase_add_test(tc, test_unknown_key_named);
	suite_add_tcase(s, tc);

	tc = tcase_create("parse");
	tcase_add_test(tc, test_valid);
	tcase_add_loop_test(tc, test_strengths, 0, NELEM(strength_rows));
	tcase_add_test(tc, test_reparse_resets);
	tcase_add_loop_test(tc, test_good, 0, NELEM(good_rows));
	tcase_add_test(tc, test_good_values);
	suite_add_tcase(s, tc);

	tc = tcase_create("dump");
	tcase_add_loop_test(tc, test_roundtrip, 0, NELEM(roundtrip_rows));
	tcase_add_test(tc, test_dump_built);
	suite_add_tcase(s, tc);

	tc = tcase_create("field_line");
	tcase_add_loop_test(tc, test_field_line, 0, NELEM(field_rows));
	tcase_add_test(tc, test_field_line_odd_text);
	suite_add_tcase(s, tc);
	return (s);
}

int
main(void)
{
	SRunner	*sr;
	int	 failures;

	sr = srunner_create(json_suite());
	srunner_run_all(sr, CK_NORMAL);
	failures = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failures ? EXIT_FAILURE : EXIT_SUCCESS);
}

/*
 * Fuzz target: store_formulary_import() on arbitrary JSON, against an
 * in-memory database seeded once and opened anew every FUZZ_REOPEN
 * inputs.  A failed import must roll itself back (checked); one that
 * lands replaces the whole formulary, which the next import replaces in
 * turn.  After an import that lands, the formulary is exported and a few
 * fixed cocktails are checked against it (plan, findings and both
 * reports), since an import may bring figures the seed never has.
 */
#include "config.h"

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cocktail.h"
#include "core/finding.h"
#include "core/plan.h"
#include "io/json_cocktail.h"
#include "io/json_report.h"
#include "io/text_report.h"
#include "store/db.h"
#include "store/store_check.h"
#include "store/store_exchange.h"

#include "fuzz_common.h"

#ifndef FUZZ_REOPEN
#define FUZZ_REOPEN 500
#endif

static struct db	*db;
static FILE		*devnull;
static unsigned long	 ninputs;

/* Cocktails to check against an imported formulary. */
static const char *const cocktails[] = {
	"{\"format\": \"mesomix-cocktail/1\", \"name\": \"x\","
	" \"indication\": \"facial-hydration\","
	" \"patient\": {\"age\": 41, \"sex\": \"female\", \"weight_kg\": 62,"
	" \"allergies\": [\"soy\"], \"conditions\": [\"childbearing-potential\"],"
	" \"medications\": [\"antiplatelet\"]},"
	" \"components\": ["
	"  {\"ingredient\": \"hyaluronic-acid\", \"mg_per_ml\": 10, \"parts\": 2},"
	"  {\"product\": \"lidocaine-1pct\", \"ml\": 0.5},"
	"  {\"ingredient\": \"hyaluronidase\", \"units_per_ml\": 150, \"ml\": 0.2}],"
	" \"area\": \"face\", \"technique\": \"papule\"}",
	"{\"components\": [{\"product\": \"lidocaine-1pct\", \"ml\": 1},"
	"  {\"ingredient\": \"hyaluronic-acid\", \"ml\": 1}],"
	" \"area\": \"face\", \"technique\": \"nappage\"}",
	/* Against a small imported formulary (tests/fuzz/seeds). */
	"{\"components\": [{\"ingredient\": \"a\", \"ml\": 1}]}",
	"{\"components\": [{\"ingredient\": \"a\", \"mg_per_ml\": 1,"
	" \"ml\": 1}, {\"ingredient\": \"b\", \"mg_per_ml\": 1, \"ml\": 1}],"
	" \"patient\": {\"weight_kg\": 60}}",
	"{\"components\": [{\"ingredient\": \"a\", \"mg_per_ml\": 1,"
	" \"ml\": 1}], \"area\": \"a\", \"technique\": \"t\"}",
	"{\"components\": [{\"ingredient\": \"a\", \"mg_per_ml\": 1,"
	" \"parts\": 1}, {\"product\": \"p\", \"parts\": 3}],"
	" \"area\": \"a\", \"technique\": \"t\", \"patient\": {\"age\": 10,"
	" \"weight_kg\": 3, \"allergies\": [\"a\"], \"conditions\": [\"c\"],"
	" \"medications\": [\"m\"]}}",
	"{\"components\": [{\"ingredient\": \"a\", \"ml\": 1}],"
	" \"area\": \"a\", \"technique\": \"l\", \"threads\": 3,"
	" \"thread_length_cm\": 2}",
	"{\"components\": [{\"ingredient\": \"a\", \"ml\": 1}],"
	" \"area\": \"a\", \"technique\": \"u\"}",
	NULL
};

static void
fuzz_open(void)
{
	char	err[512];

	db_close(db);
	db = NULL;
	if (db_open_memory(&db, err, sizeof err) != DB_OK) {
		fprintf(stderr, "db_open_memory: %s\n", err);
		abort();
	}
	if (devnull == NULL && (devnull = fopen("/dev/null", "w")) == NULL)
		abort();
}

static void
check_all(void)
{
	static struct cocktail	c;
	static struct plan	p;
	struct findings		f;
	struct meso_error	perr;
	struct meso_error	cerr;
	json_t			*o;
	char			*out;
	size_t			 i;

	findings_init(&f);
	for (i = 0; cocktails[i] != NULL; i++) {
		if (json_cocktail_parse(cocktails[i], strlen(cocktails[i]), &c,
		    &perr) != 0) {
			fprintf(stderr, "cocktail %zu: %s: %s\n", i, perr.field,
			    perr.message);
			abort();
		}
		memset(&p, 0, sizeof p);
		if (store_check(db, &c, &p, &f, &cerr) != CHECK_OK)
			continue;
		o = json_report_check(&c, &p, &f);
		out = json_dumps(o, JSON_INDENT(2) | REPORT_JSON_FLAGS);
		free(out);
		json_decref(o);
		text_report_findings(devnull, &f);
		text_report_plan(devnull, &c, &p);
		fflush(devnull);
	}
	findings_free(&f);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct meso_error	 err;
	json_error_t		 jerr;
	json_t			*root, *ex;
	char			*text;
	int			 rc;

	if (db == NULL || ++ninputs % FUZZ_REOPEN == 0)
		fuzz_open();
	text = fuzz_text(data, size);
	root = json_loadb(text, size, JSON_REJECT_DUPLICATES, &jerr);
	if (root == NULL) {
		free(text);
		return (0);
	}
	rc = store_formulary_import(db, root, &err);
	json_decref(root);
	if (rc == -1)
		(void)json_field_line(text, err.field);
	if (!sqlite3_get_autocommit(db->h)) {
		fprintf(stderr, "import left a transaction open (rc %d)\n", rc);
		abort();
	}
	if (rc == 0) {
		if ((ex = store_formulary_export(db)) == NULL)
			abort();
		json_decref(ex);
		check_all();
	}
	free(text);
	return (0);
}

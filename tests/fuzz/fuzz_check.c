/*
 * Fuzz target: the whole check pipeline on a cocktail that parses.
 * store_check() against the seeded formulary of one in-memory database
 * (opened once per process), then json_report_check() dumped as text and
 * text_report_findings()/text_report_plan() written to /dev/null.
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

#include "fuzz_common.h"

static struct db	*db;
static FILE		*devnull;

static void
fuzz_init(void)
{
	char	err[512];

	if (db_open_memory(&db, err, sizeof err) != DB_OK) {
		fprintf(stderr, "db_open_memory: %s\n", err);
		abort();
	}
	if ((devnull = fopen("/dev/null", "w")) == NULL)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct cocktail	c;
	static struct plan	p;
	struct findings		f;
	struct meso_error	perr;
	struct meso_error	cerr;
	enum check_status	cs;
	json_t			*o;
	char			*text, *out;

	if (db == NULL)
		fuzz_init();
	text = fuzz_text(data, size);
	if (json_cocktail_parse(text, size, &c, &perr) != 0) {
		free(text);
		return (0);
	}
	findings_init(&f);
	memset(&p, 0, sizeof p);
	cs = store_check(db, &c, &p, &f, &cerr);
	if (cs == CHECK_DB_ERROR) {
		fprintf(stderr, "store_check: database error: %s\n",
		    cerr.message);
		abort();
	}
	if (cs == CHECK_OK || cs == CHECK_NO_PLAN) {
		/* No plan: the findings on the mix as given, and plan_needs. */
		o = json_report_check(&c, &p, &f);
		out = json_dumps(o, JSON_INDENT(2) | REPORT_JSON_FLAGS);
		free(out);
		json_decref(o);
		(void)json_report_verdict(&f);
		if (c.name[0] != '\0')
			text_report_wrap(devnull, c.name, 10, 10, 79);
		text_report_findings(devnull, &f);
		/* mesomix plan prints the plan whatever has_geometry says. */
		if (cs == CHECK_OK)
			text_report_plan(devnull, &c, &p);
		fflush(devnull);
	}
	findings_free(&f);
	free(text);
	return (0);
}

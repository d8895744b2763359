#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/facts.h"
#include "core/safety.h"
#include "store/store_check.h"
#include "store/store_formulary.h"

static enum check_status store_check_snapshot(struct db *, struct cocktail *,
		    struct plan *, struct findings *, struct check_error *);

enum check_status
store_check(struct db *db, struct cocktail *c, struct plan *p,
    struct findings *out, struct check_error *err)
{
	enum check_status	 st;
	int			 own;

	memset(err, 0, sizeof *err);
	err->component = -1;
	findings_clear(out);
	/* One snapshot: an import made meanwhile is seen whole or not at all. */
	own = sqlite3_get_autocommit(db->h) && db_exec(db, "BEGIN") == SQLITE_OK;
	st = store_check_snapshot(db, c, p, out, err);
	if (own)
		db_exec(db, "COMMIT");
	return (st);
}

static enum check_status
store_check_snapshot(struct db *db, struct cocktail *c, struct plan *p,
    struct findings *out, struct check_error *err)
{
	struct resolve_error	 rerr;
	struct facts		 f;
	enum plan_status	 ps;
	int			 rc;

	rc = store_cocktail_resolve(db, c, &rerr);
	if (rc == -2) {
		snprintf(err->message, sizeof err->message, "%s", db->err);
		return (CHECK_DB_ERROR);
	}
	if (rc != 0) {
		snprintf(err->field, sizeof err->field, "%s", rerr.field);
		snprintf(err->message, sizeof err->message, "%s", rerr.message);
		err->component = rerr.component;
		return (CHECK_BAD_INPUT);
	}
	if (store_facts_load(db, c, &f) != 0) {
		snprintf(err->message, sizeof err->message, "%s", db->err);
		facts_free(&f);
		return (CHECK_DB_ERROR);
	}
	ps = plan_compute(c, &f, p, out, err->message, sizeof err->message);
	if (ps != PLAN_OK) {
		char	*colon = strchr(err->message, ':');

		/* The message starts with the field it names. */
		if (colon != NULL) {
			snprintf(err->field, sizeof err->field, "%.*s",
			    (int)(colon - err->message), err->message);
			memmove(err->message, colon + 2, strlen(colon + 2) + 1);
		}
		facts_free(&f);
		return (CHECK_BAD_INPUT);
	}
	safety_check(c, &f, p, out);
	facts_free(&f);
	return (CHECK_OK);
}

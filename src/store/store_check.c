#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/facts.h"
#include "core/safety.h"
#include "store/store_check.h"
#include "store/store_formulary.h"

static enum check_status store_check_snapshot(struct db *, struct cocktail *,
		    struct plan *, struct findings *, struct meso_error *);

enum check_status
store_check(struct db *db, struct cocktail *c, struct plan *p,
    struct findings *out, struct meso_error *err)
{
	enum check_status	 st;
	int			 own;

	merror_clear(err);
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
    struct findings *out, struct meso_error *err)
{
	struct facts		 f;
	enum plan_status	 ps;
	int			 rc;

	rc = store_cocktail_resolve(db, c, err);
	if (rc == -2) {
		merror_set(err, "", "%s", db->err);
		return (CHECK_DB_ERROR);
	}
	if (rc != 0)
		return (CHECK_BAD_INPUT);
	if (store_facts_load(db, c, &f) != 0) {
		merror_set(err, "", "%s", db->err);
		facts_free(&f);
		return (CHECK_DB_ERROR);
	}
	ps = plan_compute(c, &f, p, out, err);
	if (ps == PLAN_TOO_LARGE) {
		facts_free(&f);
		return (CHECK_BAD_INPUT);
	}
	/* A missing plan figure hides no other finding. */
	safety_check(c, &f, p, out);
	facts_free(&f);
	return (ps == PLAN_OK ? CHECK_OK : CHECK_NO_PLAN);
}

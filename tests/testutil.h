/* Shared helpers for the Check suites: a fresh seeded database, cocktails from JSON text. */
#ifndef MESO_TESTUTIL_H
#define MESO_TESTUTIL_H

#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cocktail.h"
#include "core/finding.h"
#include "core/plan.h"
#include "io/finding_text.h"
#include "io/json_cocktail.h"
#include "store/db.h"
#include "store/store_check.h"

static inline struct db *
tu_db(void)
{
	struct db	*db = NULL;
	char		 err[1024];

	ck_assert_msg(db_open_memory(&db, err, sizeof err) == DB_OK, "%s", err);
	return (db);
}

/* A finding's words, as the JSON report says them (English, dotted). */
static inline const char *
tu_msg(const struct finding *fd)
{
	static char	buf[4][2048];
	static int	k;

	k = (k + 1) % 4;
	return (finding_text(fd, 0, buf[k], sizeof buf[k]));
}

/*
 * Add a finding made of a note alone (its words are the note): for the
 * tests of the findings list itself.  codes is NULL-terminated.
 */
static inline struct finding *
tu_addf(struct findings *f, enum severity sev, enum finding_kind kind,
    const char *const *codes, const char *source, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
static inline struct finding *
tu_addf(struct findings *f, enum severity sev, enum finding_kind kind,
    const char *const *codes, const char *source, const char *fmt, ...)
{
	struct finding	fd;
	char		note[FINDING_NOTE_LEN * 2];
	va_list		ap;
	size_t		i;

	va_start(ap, fmt);
	vsnprintf(note, sizeof note, fmt, ap);
	va_end(ap);
	finding_init(&fd, F_COMPAT, sev, kind);
	for (i = 0; codes != NULL && codes[i] != NULL; i++)
		finding_code(&fd, codes[i]);
	finding_source(&fd, source);
	finding_note(&fd, note);
	return (findings_push(f, &fd));
}

/* Parse JSON text into c; asserts it parses. */
static inline void
tu_parse(const char *json, struct cocktail *c)
{
	struct meso_error	err;

	ck_assert_msg(json_cocktail_parse(json, strlen(json), c, &err) == 0,
	    "line %d %s: %s", err.line, err.field, err.message);
}

/* Parse and check; asserts both succeed. */
static inline void
tu_check(struct db *db, const char *json, struct cocktail *c, struct plan *p,
    struct findings *f)
{
	struct meso_error	err;

	tu_parse(json, c);
	ck_assert_msg(store_check(db, c, p, f, &err) == CHECK_OK, "%s: %s",
	    err.field, err.message);
}

/* The first finding of a kind that names code a (and b, if not NULL). */
static inline const struct finding *
tu_find(const struct findings *f, enum finding_kind kind, const char *a,
    const char *b)
{
	size_t	i, j;
	int	ha, hb;

	for (i = 0; i < f->n; i++) {
		if (f->v[i].kind != kind)
			continue;
		ha = a == NULL;
		hb = b == NULL;
		for (j = 0; j < f->v[i].ncodes; j++) {
			if (a != NULL && strcmp(f->v[i].codes[j], a) == 0)
				ha = 1;
			if (b != NULL && strcmp(f->v[i].codes[j], b) == 0)
				hb = 1;
		}
		if (ha && hb)
			return (&f->v[i]);
	}
	return (NULL);
}

#endif

/*
 * The chairside figures: opening the database, search as each key is
 * typed, and a full re-check of a cocktail, as the composer does them.
 * Usage: bench DB [COCKTAIL.json] — prints one line per figure.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/cocktail.h"
#include "io/json_cocktail.h"
#include "store/db.h"
#include "store/store_check.h"
#include "store/store_formulary.h"

static double
now_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6);
}

static const char *cocktail_json =
    "{\"format\":\"mesomix-cocktail/1\",\"patient\":{\"weight_kg\":62,"
    "\"allergies\":[\"soy\",\"sulfite\"],\"conditions\":[\"pregnancy\"],"
    "\"medications\":[\"antiplatelet\"]},\"components\":["
    "{\"product\":\"ha-nx-10\",\"parts\":2},"
    "{\"product\":\"lidocaine-epi-1pct\",\"ml\":0.5},"
    "{\"product\":\"cyanocobalamin-1000mcg\",\"ml\":0.5},"
    "{\"product\":\"pc-dc-50\",\"ml\":1}],"
    "\"area\":\"face\",\"technique\":\"papule\",\"spacing_mm\":10,"
    "\"volume_per_point_ml\":0.05}";

int
main(int argc, char **argv)
{
	static const char *typed[] = { "l", "li", "lid", "lido", "lidoc",
	    "h", "hy", "hya", "hyal", "b", "b1", "b12", "t", "tx", "txa" };
	struct db		*db;
	struct cocktail		 c, work;
	struct plan		 p;
	struct findings		 f;
	struct meso_error	 cerr;
	struct meso_error	 perr;
	struct search_hit	 hits[20];
	char			 err[1024];
	double			 t0, t, worst = 0, total = 0;
	size_t			 i, n = sizeof typed / sizeof typed[0];
	int			 rounds = 200, r;

	if (argc < 2) {
		fprintf(stderr, "usage: bench DB\n");
		return (64);
	}
	t0 = now_ms();
	if (db_open(&db, argv[1], DB_OPEN_CREATE, err, sizeof err) != DB_OK) {
		fprintf(stderr, "bench: %s\n", err);
		return (1);
	}
	printf("open database:            %8.3f ms\n", now_ms() - t0);

	for (r = 0; r < rounds; r++)
		for (i = 0; i < n; i++) {
			t0 = now_ms();
			if (store_search(db, typed[i], hits, 20) < 0) {
				fprintf(stderr, "bench: %s\n", db->err);
				return (1);
			}
			t = now_ms() - t0;
			total += t;
			if (t > worst)
				worst = t;
		}
	printf("search per key (mean):    %8.3f ms  (worst %.3f ms, %zu keys x %d)\n",
	    total / (double)(n * (size_t)rounds), worst, n, rounds);

	if (json_cocktail_parse(cocktail_json, strlen(cocktail_json), &c,
	    &perr) != 0) {
		fprintf(stderr, "bench: %s: %s\n", perr.field, perr.message);
		return (1);
	}
	findings_init(&f);
	worst = total = 0;
	for (r = 0; r < 1000; r++) {
		work = c;
		t0 = now_ms();
		if (store_check(db, &work, &p, &f, &cerr) != CHECK_OK) {
			fprintf(stderr, "bench: %s\n", cerr.message);
			return (1);
		}
		t = now_ms() - t0;
		total += t;
		if (t > worst)
			worst = t;
	}
	printf("re-check (mean):          %8.3f ms  (worst %.3f ms, %zu findings, x1000)\n",
	    total / 1000, worst, f.n);
	findings_free(&f);
	db_close(db);
	return (0);
}

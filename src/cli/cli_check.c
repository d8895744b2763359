/*
 * mesomix check FILE [--format text|json]: every finding, exit 0/1/2 by
 * verdict.  mesomix check --batch FILE.jsonl: one cocktail per line, one
 * JSON report per line; a bad line is reported on its line.
 */
#include "config.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "io/json_cocktail.h"
#include "io/json_report.h"
#include "io/text_report.h"
#include "store/store_check.h"

static int	check_batch(struct cli *, const char *);

static void
batch_error(unsigned long line, const char *field, const char *msg, int status)
{
	json_t	*o = json_object();

	json_object_set_new(o, "line", json_integer((json_int_t)line));
	json_object_set_new(o, "verdict", json_string("error"));
	json_object_set_new(o, "status", json_integer(status));
	json_object_set_new(o, "field", json_string(field));
	json_object_set_new(o, "error", json_string(msg));
	json_dumpf(o, stdout, JSON_COMPACT | REPORT_JSON_FLAGS);
	fputc('\n', stdout);
	json_decref(o);
}

static int
check_batch(struct cli *cli, const char *path)
{
	FILE			*fp;
	char			*line = NULL;
	size_t			 cap = 0;
	ssize_t			 n;
	unsigned long		 lineno = 0;
	struct cocktail		 c;
	struct plan		 p;
	struct findings		 f;
	struct meso_error	 perr;
	struct meso_error	 cerr;
	enum check_status	 cs;
	json_t			*o;
	int			 rc, worst = EXIT_OK, bad = 0, v;

	fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	if (fp == NULL) {
		cli_err("%s: %s", path, strerror(errno));
		return (EXIT_NOINPUT);
	}
	if ((rc = cli_open(cli, DB_OPEN_CREATE)) != EXIT_OK) {
		if (fp != stdin)
			fclose(fp);
		return (rc);
	}
	findings_init(&f);
	while ((n = getline(&line, &cap, fp)) != -1) {
		lineno++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		if (n == 0 || strspn(line, " \t") == (size_t)n)
			continue;
		if (strlen(line) != (size_t)n) {
			batch_error(lineno, "", "not text (NUL byte)", 65);
			cli_err("%s:%lu: not text (NUL byte)", path, lineno);
			bad = 1;
			continue;
		}
		if (json_cocktail_parse(line, (size_t)n, &c, &perr) != 0) {
			batch_error(lineno, perr.field, perr.message, 65);
			cli_err("%s:%lu: %s%s%s", path, lineno, perr.field,
			    perr.field[0] ? ": " : "", perr.message);
			bad = 1;
			continue;
		}
		cs = store_check(cli->db, &c, &p, &f, &cerr);
		if (cs != CHECK_OK && cs != CHECK_NO_PLAN) {
			batch_error(lineno, cerr.field, cerr.message,
			    cs == CHECK_BAD_INPUT ? 65 : 70);
			cli_err("%s:%lu: %s%s%s", path, lineno, cerr.field,
			    cerr.field[0] ? ": " : "", cerr.message);
			bad = 1;
			continue;
		}
		o = json_report_check(&c, &p, &f);
		json_object_set_new(o, "line", json_integer((json_int_t)lineno));
		if (cs == CHECK_NO_PLAN) {
			/* The findings, and why there is no plan: a bad line. */
			json_object_set_new(o, "status", json_integer(65));
			json_object_set_new(o, "field",
			    json_string(cerr.field));
			json_object_set_new(o, "error",
			    json_string(cerr.message));
			cli_err("%s:%lu: %s%s%s", path, lineno, cerr.field,
			    cerr.field[0] ? ": " : "", cerr.message);
			bad = 1;
		}
		if (c.name[0] != '\0')
			json_object_set_new(o, "name", json_string(c.name));
		json_dumpf(o, stdout, JSON_COMPACT | REPORT_JSON_FLAGS);
		fputc('\n', stdout);
		json_decref(o);
		v = cli_verdict_exit(&f);
		if (v > worst)
			worst = v;
	}
	free(line);
	findings_free(&f);
	if (ferror(fp)) {
		cli_err("%s: read error", path);
		if (fp != stdin)
			fclose(fp);
		return (EXIT_IOERR);
	}
	if (fp != stdin)
		fclose(fp);
	if (fflush(stdout) != 0)
		return (EXIT_IOERR);
	/* The verdict of the worst cocktail; 65 when a line was bad. */
	return (bad ? EXIT_DATAERR : worst);
}

int
cli_check(struct cli *cli, int argc, char **argv)
{
	struct cli_args	 a;
	struct cocktail	 c;
	struct plan	 p;
	struct findings	 f;
	json_t		*o;
	int		 rc;

	if (cli_args(argc, argv, &a) != 0 || a.group != NULL ||
	    (a.batch == NULL && a.noperands != 1) ||
	    (a.batch != NULL && a.noperands != 0)) {
		cli_err("usage: mesomix check FILE [--format text|json]\n"
		    "       mesomix check --batch FILE.jsonl");
		return (EXIT_USAGE);
	}
	if (a.batch != NULL)
		return (check_batch(cli, a.batch));
	findings_init(&f);
	rc = cli_run_cocktail(cli, a.operands[0], &c, &p, &f);
	if (rc != EXIT_OK && rc != CLI_NO_PLAN) {
		findings_free(&f);
		return (rc);
	}
	if (a.format == 1) {
		o = json_report_check(&c, &p, &f);
		json_dumpf(o, stdout, JSON_INDENT(2) | REPORT_JSON_FLAGS);
		fputc('\n', stdout);
		json_decref(o);
	} else {
		printf("Verdict: %s\n", json_report_verdict(&f));
		if (c.name[0] != '\0') {
			fputs("Cocktail: ", stdout);
			text_report_wrap(stdout, c.name, 10, 10, 79);
		}
		putchar('\n');
		text_report_findings(stdout, &f);
		if (rc == CLI_NO_PLAN && p.needs != NULL)
			printf("\nNo plan: give %s.\n", p.needs);
		else if (p.has_geometry) {
			putchar('\n');
			text_report_plan(stdout, &c, &p);
		}
	}
	/* No plan: every finding shown, and still an incomplete file (65). */
	rc = rc == CLI_NO_PLAN ? EXIT_DATAERR : cli_verdict_exit(&f);
	findings_free(&f);
	if (fflush(stdout) != 0)
		return (EXIT_IOERR);
	return (rc);
}

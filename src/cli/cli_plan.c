/* mesomix plan FILE [--format text|json]: the volume and dose plan. */
#include "config.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "io/json_report.h"
#include "io/text_report.h"

int
cli_plan(struct cli *cli, int argc, char **argv)
{
	struct cli_args	 a;
	struct cocktail	 c;
	struct plan	 p;
	struct findings	 f;
	json_t		*o;
	int		 rc;

	if (cli_args(argc, argv, &a) != 0 || a.noperands != 1 ||
	    a.group != NULL || a.batch != NULL) {
		cli_err("usage: mesomix plan FILE [--format text|json]");
		return (EXIT_USAGE);
	}
	findings_init(&f);
	rc = cli_run_cocktail(cli, a.operands[0], &c, &p, &f);
	if (rc == CLI_NO_PLAN)
		rc = EXIT_DATAERR;	/* no plan to show: the error says why */
	if (rc != EXIT_OK) {
		findings_free(&f);
		return (rc);
	}
	if (a.format == 1) {
		o = json_report_plan(&c, &p);
		json_object_set_new(o, "findings", json_report_findings(&f));
		json_dumpf(o, stdout, JSON_INDENT(2) | REPORT_JSON_FLAGS);
		fputc('\n', stdout);
		json_decref(o);
	} else {
		text_report_plan(stdout, &c, &p);
		if (f.n > 0) {
			fputc('\n', stdout);
			text_report_findings(stdout, &f);
		}
	}
	findings_free(&f);
	if (fflush(stdout) != 0)
		return (EXIT_IOERR);
	return (EXIT_OK);
}

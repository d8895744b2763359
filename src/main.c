/*
 * mesomix: compose and check mesotherapy cocktails.  Global options, then
 * a subcommand, or the chairside composer when there is none.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <locale.h>

#include "cli/cli.h"
#include "core/units.h"
#include "store/paths.h"
#include "tui/tui.h"

static const struct {
	const char	*name;
	int		(*fn)(struct cli *, int, char **);
	const char	*usage;
} commands[] = {
	{ "check", cli_check, "check FILE [--format text|json] | check --batch FILE.jsonl" },
	{ "plan", cli_plan, "plan FILE [--format text|json]" },
	{ "formulary", cli_formulary, "formulary list [--group G] [--format json] | show CODE [--format json] | search TEXT [--format json] | export [--format json] | import FILE" },
	{ "db", cli_db, "db init | path | migrate | backup FILE" },
};

static void
usage(FILE *f)
{
	size_t	i;

	fprintf(f, "usage: mesomix [--db PATH] [COMMAND [ARGS]]\n"
	    "With no command, opens the chairside composer (needs a terminal).\n"
	    "\nCommands:\n");
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(f, "  mesomix %s\n", commands[i].usage);
	fprintf(f, "\nOptions:\n"
	    "  --db PATH     use the database at PATH (also MESOMIX_DB)\n"
	    "  -h, --help    show this help and exit\n"
	    "  -V, --version show the version and exit\n"
	    "\nExit status: 0 ok, 1 caution, 2 block, 64 usage, 65 bad data,\n"
	    "66 input missing, 70 internal error, 73 cannot create.\n"
	    "See mesomix(1) and mesomix-cocktail(5).\n");
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'D' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct cli	 cli;
	char		 path[4096];
	const char	*dbflag = NULL;
	size_t		 i;
	int		 ch, rc;

	setlocale(LC_ALL, "");
	/* What a person reads uses their decimal separator; files never do. */
	units_locale_init();
	/* Options before the command only: the rest is the command's. */
	while ((ch = getopt_long(argc, argv, "+D:hV", opts, NULL)) != -1) {
		switch (ch) {
		case 'D':
			dbflag = optarg;
			break;
		case 'h':
			usage(stdout);
			return (EXIT_OK);
		case 'V':
			printf("mesomix %s\n", PACKAGE_VERSION);
			return (EXIT_OK);
		default:
			usage(stderr);
			return (EXIT_USAGE);
		}
	}
	argc -= optind;
	argv += optind;
	memset(&cli, 0, sizeof cli);
	if (paths_db(dbflag, path, sizeof path) != 0) {
		cli_err("no home directory: give --db PATH or MESOMIX_DB");
		return (EXIT_USAGE);
	}
	cli.db_path = path;

	if (argc == 0) {
		if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
			cli_err("the composer needs a terminal; without one use "
			    "the subcommands (mesomix --help): check, plan, "
			    "formulary, db");
			return (EXIT_USAGE);
		}
		if ((rc = cli_open(&cli, DB_OPEN_CREATE)) != EXIT_OK)
			return (rc);
		rc = tui_main(cli.db, cli.db_path);
		cli_close(&cli);
		return (rc);
	}
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++) {
		if (strcmp(argv[0], commands[i].name) == 0) {
			rc = commands[i].fn(&cli, argc, argv);
			cli_close(&cli);
			/* Output a script never got is an error, not success. */
			if ((fflush(stdout) != 0 || ferror(stdout)) &&
			    rc != EXIT_IOERR) {
				cli_err("standard output: write error");
				rc = EXIT_IOERR;
			}
			return (rc);
		}
	}
	cli_err("unknown command '%s'", argv[0]);
	usage(stderr);
	return (EXIT_USAGE);
}

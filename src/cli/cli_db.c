/* mesomix db init | path | migrate | backup FILE */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"

int
cli_db(struct cli *cli, int argc, char **argv)
{
	struct cli_args	 a;
	const char	*sub;
	struct stat	 sb;
	enum db_status	 st;
	int		 rc, existed;

	if (cli_args(argc, argv, &a) != 0 || a.noperands < 1)
		goto usage;
	sub = a.operands[0];
	if (strcmp(sub, "path") == 0 && a.noperands == 1) {
		printf("%s\n", cli->db_path);
		return (EXIT_OK);
	}
	if (strcmp(sub, "init") == 0 && a.noperands == 1) {
		existed = stat(cli->db_path, &sb) == 0;
		if ((rc = cli_open(cli, DB_OPEN_CREATE)) != EXIT_OK)
			return (rc);
		printf("%s: %s, schema version %d\n", cli->db_path,
		    existed ? "already there" : "created with the built-in "
		    "formulary", cli->db->version);
		return (EXIT_OK);
	}
	if (strcmp(sub, "migrate") == 0 && a.noperands == 1) {
		if ((rc = cli_open(cli, 0)) != EXIT_OK)
			return (rc);
		printf("%s: schema version %d (%d step%s applied)\n",
		    cli->db_path, cli->db->version, cli->db->migrated,
		    cli->db->migrated == 1 ? "" : "s");
		return (EXIT_OK);
	}
	if (strcmp(sub, "backup") == 0 && a.noperands == 2) {
		if (stat(a.operands[1], &sb) == 0) {
			cli_err("%s: already exists; a backup never "
			    "overwrites", a.operands[1]);
			return (EXIT_CANTCREAT);
		}
		if ((rc = cli_open(cli, 0)) != EXIT_OK)
			return (rc);
		if ((st = db_backup(cli->db, a.operands[1])) != DB_OK) {
			cli_err("backup: %s", cli->db->err);
			return (db_status_exit(st));
		}
		printf("%s: backup of %s\n", a.operands[1], cli->db_path);
		return (EXIT_OK);
	}
usage:
	cli_err("usage: mesomix db init | path | migrate | backup FILE");
	return (EXIT_USAGE);
}

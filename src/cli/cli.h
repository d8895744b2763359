/*
 * The subcommands: one file each.  Every one returns an exit status
 * (sysexits.h, and 0/1/2 for the check verdict).
 */
#ifndef MESO_CLI_H
#define MESO_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "core/cocktail.h"
#include "core/finding.h"
#include "core/plan.h"
#include "store/db.h"

#define EXIT_OK		0
#define EXIT_CAUTION	1
#define EXIT_BLOCK	2
#define EXIT_USAGE	64	/* EX_USAGE */
#define EXIT_DATAERR	65	/* EX_DATAERR */
#define EXIT_NOINPUT	66	/* EX_NOINPUT */
#define EXIT_SOFTWARE	70	/* EX_SOFTWARE */
#define EXIT_CANTCREAT	73	/* EX_CANTCREAT */
#define EXIT_IOERR	74	/* EX_IOERR */

struct cli {
	const char	*db_path;	/* resolved: --db, MESOMIX_DB, XDG */
	struct db	*db;
};

/* Open the database (creating it on first use); an exit status. */
int	 cli_open(struct cli *, int);
void	 cli_close(struct cli *);
/* Read a whole file, NUL-terminated; NULL with errno set. */
char	*cli_read_file(const char *, size_t *);
void	 cli_err(const char *, ...) __attribute__((format(printf, 1, 2)));
/* "--format text|json": 0 text, 1 json, -1 bad. */
int	 cli_format(const char *);

/*
 * cli_run_cocktail: the cocktail was checked, but nothing pins its mix;
 * the figure the plan needs was printed as an error (exit 65), and the
 * findings, made on the mix as given, are in f.
 */
#define CLI_NO_PLAN	(-1)
int	 cli_run_cocktail(struct cli *, const char *, struct cocktail *,
	    struct plan *, struct findings *);
int	 cli_verdict_exit(const struct findings *);
#define CLI_MAX_OPERANDS 8
struct cli_args {
	int		 format;	/* 0 text, 1 json */
	const char	*format_s;
	const char	*group;
	const char	*batch;
	const char	*operands[CLI_MAX_OPERANDS];
	int		 noperands;
};
int	 cli_args(int, char **, struct cli_args *);

int	 cli_db(struct cli *, int, char **);
int	 cli_formulary(struct cli *, int, char **);
int	 cli_plan(struct cli *, int, char **);
int	 cli_check(struct cli *, int, char **);

#endif

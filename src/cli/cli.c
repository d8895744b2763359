#include "config.h"

#include <errno.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "core/xmalloc.h"
#include "io/json_cocktail.h"
#include "store/store_check.h"

void
cli_err(const char *fmt, ...)
{
	va_list	ap;

	fputs("mesomix: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int
cli_open(struct cli *cli, int flags)
{
	char		err[1200];
	enum db_status	st;

	if (cli->db != NULL)
		return (EXIT_OK);
	st = db_open(&cli->db, cli->db_path, flags, err, sizeof err);
	if (st != DB_OK) {
		cli_err("%s", err);
		return (db_status_exit(st));
	}
	return (EXIT_OK);
}

void
cli_close(struct cli *cli)
{
	db_close(cli->db);
	cli->db = NULL;
}

char *
cli_read_file(const char *path, size_t *lenp)
{
	FILE		*f;
	struct stat	 sb;
	char		*buf = NULL;
	size_t		 len = 0, cap = 0, n;

	if (strcmp(path, "-") == 0)
		f = stdin;
	else if ((f = fopen(path, "rb")) == NULL)
		return (NULL);
	if (f != stdin && fstat(fileno(f), &sb) == 0 && S_ISDIR(sb.st_mode)) {
		fclose(f);
		errno = EISDIR;
		return (NULL);
	}
	for (;;) {
		if (cap - len < 4096) {
			if (cap > 64 * 1024 * 1024) {
				free(buf);
				if (f != stdin)
					fclose(f);
				errno = EFBIG;
				return (NULL);
			}
			cap = cap ? cap * 2 : 8192;
			buf = xreallocarray(buf, cap, 1);
		}
		n = fread(buf + len, 1, cap - len - 1, f);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(f)) {
		free(buf);
		if (f != stdin)
			fclose(f);
		errno = EIO;
		return (NULL);
	}
	if (f != stdin)
		fclose(f);
	buf[len] = '\0';
	if (strlen(buf) != len) {
		/* A NUL inside: not text. */
		free(buf);
		errno = EILSEQ;
		return (NULL);
	}
	*lenp = len;
	return (buf);
}

int
cli_format(const char *s)
{
	if (strcmp(s, "text") == 0)
		return (0);
	if (strcmp(s, "json") == 0)
		return (1);
	return (-1);
}

/*
 * Read, parse, resolve, plan and check one cocktail file.  Returns
 * EXIT_OK, CLI_NO_PLAN, or the exit status of the failure, after printing
 * it as FILE:LINE: FIELD: message.
 */
int
cli_run_cocktail(struct cli *cli, const char *path, struct cocktail *c,
    struct plan *p, struct findings *f)
{
	struct meso_error	 perr;
	struct meso_error	 cerr;
	enum check_status	 cs;
	char			*text;
	size_t			 len;
	int			 rc, line;

	if ((text = cli_read_file(path, &len)) == NULL) {
		if (errno == EILSEQ) {
			cli_err("%s: not a text file", path);
			return (EXIT_DATAERR);
		}
		cli_err("%s: %s", path, strerror(errno));
		return (EXIT_NOINPUT);
	}
	if (json_cocktail_parse(text, len, c, &perr) != 0) {
		cli_err("%s:%d: %s%s%s", path, perr.line, perr.field,
		    perr.field[0] ? ": " : "", perr.message);
		free(text);
		return (EXIT_DATAERR);
	}
	if ((rc = cli_open(cli, DB_OPEN_CREATE)) != EXIT_OK) {
		free(text);
		return (rc);
	}
	cs = store_check(cli->db, c, p, f, &cerr);
	if (cs == CHECK_BAD_INPUT || cs == CHECK_NO_PLAN) {
		line = cerr.field[0] ? json_field_line(text, cerr.field) : 0;
		/* A figure the file lacks: point at the technique it is for. */
		if (line == 0)
			line = json_field_line(text, "technique");
		if (line == 0)
			line = json_field_line(text, "components");
		cli_err("%s:%d: %s%s%s", path, line, cerr.field,
		    cerr.field[0] ? ": " : "", cerr.message);
		free(text);
		return (cs == CHECK_NO_PLAN ? CLI_NO_PLAN : EXIT_DATAERR);
	}
	free(text);
	if (cs == CHECK_DB_ERROR) {
		cli_err("%s", cerr.message);
		return (EXIT_SOFTWARE);
	}
	return (EXIT_OK);
}

int
cli_verdict_exit(const struct findings *f)
{
	switch (findings_verdict(f)) {
	case SEV_BLOCK:
		return (EXIT_BLOCK);
	case SEV_CAUTION:
		return (EXIT_CAUTION);
	default:
		return (EXIT_OK);
	}
}

/*
 * The options every subcommand takes, anywhere among its operands:
 * --format text|json, --group G, --batch FILE.  0, or -1 after a message.
 */
int
cli_args(int argc, char **argv, struct cli_args *a)
{
	static const struct {
		const char	*name;
		size_t		 off;
	} valued[] = {
		{ "--format", offsetof(struct cli_args, format_s) },
		{ "--group", offsetof(struct cli_args, group) },
		{ "--batch", offsetof(struct cli_args, batch) },
	};
	const char	*arg, *val;
	size_t		 k, n;
	int		 i, only_operands = 0;

	memset(a, 0, sizeof *a);
	for (i = 1; i < argc; i++) {
		arg = argv[i];
		if (only_operands || arg[0] != '-' || strcmp(arg, "-") == 0) {
			if (a->noperands == CLI_MAX_OPERANDS) {
				cli_err("too many operands");
				return (-1);
			}
			a->operands[a->noperands++] = arg;
			continue;
		}
		if (strcmp(arg, "--") == 0) {
			only_operands = 1;
			continue;
		}
		for (k = 0; k < sizeof valued / sizeof valued[0]; k++) {
			n = strlen(valued[k].name);
			if (strncmp(arg, valued[k].name, n) != 0 ||
			    (arg[n] != '\0' && arg[n] != '='))
				continue;
			if (arg[n] == '=')
				val = arg + n + 1;
			else if (i + 1 < argc)
				val = argv[++i];
			else {
				cli_err("%s needs a value", valued[k].name);
				return (-1);
			}
			*(const char **)(void *)((char *)a + valued[k].off) =
			    val;
			break;
		}
		if (k == sizeof valued / sizeof valued[0]) {
			cli_err("unknown option '%s'", arg);
			return (-1);
		}
	}
	a->format = 0;
	if (a->format_s != NULL && (a->format = cli_format(a->format_s)) < 0) {
		cli_err("--format: '%s' is not text or json", a->format_s);
		return (-1);
	}
	return (0);
}

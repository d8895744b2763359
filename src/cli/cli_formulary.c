/*
 * mesomix formulary list [--group G] | show CODE | search TEXT
 *                  | export | import FILE
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
#include "store/store_exchange.h"
#include "store/store_formulary.h"

static void
print_value(json_t *v)
{
	if (json_is_null(v))
		fputs("(no source found: empty)", stdout);
	else if (json_is_string(v))
		fputs(json_string_value(v), stdout);
	else if (json_is_integer(v))
		printf("%lld", (long long)json_integer_value(v));
	else if (json_is_real(v))
		printf("%g", json_real_value(v));
}

static void
print_row(json_t *o, const char *indent)
{
	const char	*key;
	json_t		*v;

	json_object_foreach(o, key, v) {
		printf("%s%-20s ", indent, key);
		print_value(v);
		putchar('\n');
	}
}

static int
show(struct cli *cli, const char *code, int json)
{
	json_t		*o, *v;
	const char	*key, *kind;
	size_t		 i;
	int		 found;

	o = store_formulary_show(cli->db, code, &found);
	if (o == NULL) {
		if (!found) {
			cli_err("unknown code '%s' (try: mesomix formulary "
			    "search %s)", code, code);
			return (EXIT_DATAERR);
		}
		cli_err("%s", cli->db->err);
		return (EXIT_SOFTWARE);
	}
	if (json) {
		json_dumpf(o, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		putchar('\n');
		json_decref(o);
		return (EXIT_OK);
	}
	kind = json_string_value(json_object_get(o, "kind"));
	printf("%s %s\n", kind, code);
	print_row(json_object_get(o, kind), "  ");
	json_object_foreach(o, key, v) {
		if (!json_is_array(v))
			continue;
		printf("\n%s (%zu)\n", key, json_array_size(v));
		for (i = 0; i < json_array_size(v); i++) {
			print_row(json_array_get(v, i), "  ");
			if (i + 1 < json_array_size(v))
				printf("  --\n");
		}
	}
	json_decref(o);
	return (EXIT_OK);
}

static int
list(struct cli *cli, const char *group, int json)
{
	json_t	*a, *o;
	size_t	 i;

	if ((a = store_formulary_list(cli->db, group)) == NULL) {
		cli_err("%s", cli->db->err);
		return (EXIT_SOFTWARE);
	}
	if (group != NULL && json_array_size(a) == 0) {
		struct code_name	*g;
		size_t			 n, k;
		int			 known = 0;

		if (store_vocabulary(cli->db, "ingredient_group", &g, &n) == 0) {
			for (k = 0; k < n; k++)
				if (strcmp(g[k].code, group) == 0)
					known = 1;
			if (!known) {
				fprintf(stderr, "mesomix: unknown group '%s'; "
				    "groups:", group);
				for (k = 0; k < n; k++)
					fprintf(stderr, " %s", g[k].code);
				fputc('\n', stderr);
			}
			free(g);
		}
		if (!known) {
			json_decref(a);
			return (EXIT_DATAERR);
		}
	}
	if (json) {
		json_dumpf(a, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		putchar('\n');
	} else {
		for (i = 0; i < json_array_size(a); i++) {
			o = json_array_get(a, i);
			printf("%-28s %-10s %-18s %s\n",
			    json_string_value(json_object_get(o, "code")),
			    json_string_value(json_object_get(o, "kind")),
			    json_is_string(json_object_get(o, "group")) ?
			    json_string_value(json_object_get(o, "group")) :
			    "-", json_string_value(json_object_get(o, "name")));
		}
	}
	json_decref(a);
	return (EXIT_OK);
}

static int
search(struct cli *cli, const char *text, int json)
{
	struct search_hit	 hits[50];
	json_t			*a, *o;
	int			 n, i;

	if ((n = store_search(cli->db, text, hits, 50)) < 0) {
		cli_err("search: %s", cli->db->err);
		return (EXIT_SOFTWARE);
	}
	if (json) {
		a = json_array();
		for (i = 0; i < n; i++) {
			o = json_object();
			json_object_set_new(o, "code",
			    json_string(hits[i].code));
			json_object_set_new(o, "kind", json_string(
			    hits[i].is_product ? "product" : "ingredient"));
			json_object_set_new(o, "name",
			    json_string(hits[i].name));
			json_array_append_new(a, o);
		}
		json_dumpf(a, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		putchar('\n');
		json_decref(a);
	} else {
		for (i = 0; i < n; i++)
			printf("%-28s %-10s %s\n", hits[i].code,
			    hits[i].is_product ? "product" : "ingredient",
			    hits[i].name);
		if (n == 0)
			fprintf(stderr, "mesomix: nothing matches '%s'\n", text);
	}
	return (EXIT_OK);
}

static int
import(struct cli *cli, const char *path)
{
	struct meso_error	 err;
	json_error_t		 jerr;
	json_t			*root;
	char			*text;
	size_t			 len;
	int			 rc;

	if ((text = cli_read_file(path, &len)) == NULL) {
		cli_err("%s: %s", path, strerror(errno));
		return (errno == EILSEQ ? EXIT_DATAERR : EXIT_NOINPUT);
	}
	root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
	if (root == NULL) {
		cli_err("%s:%d: not valid JSON: %s", path, jerr.line, jerr.text);
		free(text);
		return (EXIT_DATAERR);
	}
	rc = store_formulary_import(cli->db, root, &err);
	json_decref(root);
	if (rc == -1) {
		cli_err("%s:%d: %s%s%s; nothing was imported", path,
		    json_field_line(text, err.field), err.field,
		    err.field[0] ? ": " : "", err.message);
		free(text);
		return (EXIT_DATAERR);
	}
	free(text);
	if (rc != 0) {
		cli_err("import: %s; nothing was imported", cli->db->err);
		return (db_status_exit(db_status_from_rc(
		    sqlite3_errcode(cli->db->h))) == 75 ? 75 : EXIT_SOFTWARE);
	}
	printf("%s: formulary imported\n", path);
	return (EXIT_OK);
}

int
cli_formulary(struct cli *cli, int argc, char **argv)
{
	struct cli_args	 a;
	const char	*sub;
	json_t		*o;
	int		 rc;

	if (cli_args(argc, argv, &a) != 0 || a.noperands < 1 ||
	    a.batch != NULL)
		goto usage;
	sub = a.operands[0];
	if ((rc = cli_open(cli, DB_OPEN_CREATE)) != EXIT_OK)
		return (rc);
	if (strcmp(sub, "list") == 0 && a.noperands == 1)
		return (list(cli, a.group, a.format));
	if (a.group != NULL)
		goto usage;
	if (strcmp(sub, "show") == 0 && a.noperands == 2)
		return (show(cli, a.operands[1], a.format));
	if (strcmp(sub, "search") == 0 && a.noperands == 2)
		return (search(cli, a.operands[1], a.format));
	if (strcmp(sub, "import") == 0 && a.noperands == 2)
		return (import(cli, a.operands[1]));
	if (strcmp(sub, "export") == 0 && a.noperands == 1) {
		if (a.format_s != NULL && a.format != 1) {
			cli_err("export writes JSON only");
			return (EXIT_USAGE);
		}
		if ((o = store_formulary_export(cli->db)) == NULL) {
			cli_err("export: %s", cli->db->err);
			return (EXIT_SOFTWARE);
		}
		json_dumpf(o, stdout, JSON_INDENT(1) | JSON_PRESERVE_ORDER);
		putchar('\n');
		json_decref(o);
		return (fflush(stdout) == 0 ? EXIT_OK : EXIT_IOERR);
	}
usage:
	cli_err("usage: mesomix formulary list [--group G] [--format json]\n"
	    "       mesomix formulary show CODE [--format json]\n"
	    "       mesomix formulary search TEXT [--format json]\n"
	    "       mesomix formulary export [--format json]\n"
	    "       mesomix formulary import FILE");
	return (EXIT_USAGE);
}

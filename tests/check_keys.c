/*
 * The composer's command table: every command named, bound and
 * explained; no key bound twice where it is read; lookups round-trip; the
 * status-line hint fits; the man page's draft names every key.
 */
#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/keys.h"

START_TEST(test_rows_complete)
{
	const struct command	*c;
	char			 k[32];
	size_t			 i;

	ck_assert_uint_eq(keys_count(), CMD__COUNT);
	for (i = 0; i < keys_count(); i++) {
		c = keys_get((enum cmd)i);
		ck_assert_ptr_nonnull(c);
		ck_assert_int_eq(c->id, (int)i);
		ck_assert_msg(c->name != NULL && c->name[0] != '\0',
		    "command %zu has no name", i);
		ck_assert_msg(c->help != NULL && strlen(c->help) > 8,
		    "%s has no help", c->name);
		ck_assert_msg(c->label != NULL, "%s: label NULL", c->name);
		ck_assert_msg(c->contexts != 0, "%s works nowhere", c->name);
		ck_assert_msg((c->contexts & ~((1u << KC__COUNT) - 1)) == 0,
		    "%s: unknown context bits", c->name);
		ck_assert_msg(keys_nth(c, 0, k, sizeof k) == 0,
		    "%s has no key", c->name);
	}
	ck_assert_ptr_null(keys_get(CMD_NONE));
	ck_assert_ptr_null(keys_get(CMD__COUNT));
}
END_TEST

START_TEST(test_key_names_valid)
{
	const struct command	*c;
	char			 k[32];
	size_t			 i, j;

	for (i = 0; i < keys_count(); i++) {
		c = keys_get((enum cmd)i);
		for (j = 0; keys_nth(c, j, k, sizeof k) == 0; j++)
			ck_assert_msg(keys_name_valid(k), "%s: bad key '%s'",
			    c->name, k);
	}
}
END_TEST

static const struct {
	const char	*name;
	int		 valid;
} key_names[] = {
	{ "a", 1 }, { "?", 1 }, { "A", 1 }, { "~", 1 }, { "^A", 1 },
	{ "^Z", 1 }, { "F1", 1 }, { "F9", 1 }, { "F10", 1 }, { "F12", 1 },
	{ "Up", 1 }, { "PgDn", 1 }, { "Esc", 1 }, { "BTab", 1 },
	{ "Backspace", 1 }, { "Space", 1 },
	{ "", 0 }, { " ", 0 }, { "ab", 0 }, { "^a", 0 }, { "^", 1 },
	{ "F0", 0 }, { "F13", 0 }, { "F1x", 0 }, { "up", 0 }, { "Escape", 0 },
};

START_TEST(test_key_name_table)
{
	ck_assert_msg(keys_name_valid(key_names[_i].name) ==
	    key_names[_i].valid, "'%s' should be %s", key_names[_i].name,
	    key_names[_i].valid ? "valid" : "invalid");
}
END_TEST

START_TEST(test_no_key_twice)
{
	const struct command	*a, *b;
	char			 k[32];
	size_t			 i, j, n;
	int			 ctx;

	for (ctx = 0; ctx < KC__COUNT; ctx++) {
		for (i = 0; i < keys_count(); i++) {
			a = keys_get((enum cmd)i);
			if (!(a->contexts & KM(ctx)))
				continue;
			for (n = 0; keys_nth(a, n, k, sizeof k) == 0; n++) {
				for (j = i + 1; j < keys_count(); j++) {
					b = keys_get((enum cmd)j);
					ck_assert_msg(!(b->contexts & KM(ctx)) ||
					    !keys_has(b, k), "%s: key %s is "
					    "bound to %s and %s",
					    keys_ctx_name((enum key_ctx)ctx), k,
					    a->name, b->name);
				}
			}
		}
	}
}
END_TEST

START_TEST(test_lookup_round_trip)
{
	const struct command	*c;
	char			 k[32];
	size_t			 i, j;
	int			 ctx;

	for (i = 0; i < keys_count(); i++) {
		c = keys_get((enum cmd)i);
		ck_assert_ptr_eq(keys_by_name(c->name), c);
		for (ctx = 0; ctx < KC__COUNT; ctx++) {
			if (!(c->contexts & KM(ctx)))
				continue;
			for (j = 0; keys_nth(c, j, k, sizeof k) == 0; j++)
				ck_assert_msg(keys_lookup((enum key_ctx)ctx,
				    k) == c->id, "%s in %s: %s", k,
				    keys_ctx_name((enum key_ctx)ctx), c->name);
		}
	}
	ck_assert_int_eq(keys_lookup(KC_COMPOSER, "^Y"), CMD_NONE);
	ck_assert_int_eq(keys_lookup(KC_LIST, "a"), CMD_NONE);
	ck_assert_int_eq(keys_lookup(KC_EDIT, "q"), CMD_NONE);
	ck_assert_ptr_null(keys_by_name("no-such-command"));
	ck_assert_ptr_null(keys_by_name(""));
	/* A key name is matched whole, never as a prefix. */
	ck_assert_int_eq(keys_lookup(KC_COMPOSER, "F"), CMD_NONE);
	ck_assert_int_eq(keys_lookup(KC_COMPOSER, "De"), CMD_NONE);
	ck_assert_int_eq(keys_lookup(KC_COMPOSER, "?"), CMD_HELP);
	ck_assert_int_eq(keys_lookup(KC_COMPOSER, "F1"), CMD_HELP);
}
END_TEST

START_TEST(test_names_unique)
{
	size_t	i, j;

	for (i = 0; i < keys_count(); i++)
		for (j = i + 1; j < keys_count(); j++)
			ck_assert_str_ne(keys_get((enum cmd)i)->name,
			    keys_get((enum cmd)j)->name);
}
END_TEST

/* Text-entry contexts: printable keys are text there, never commands. */
START_TEST(test_text_contexts_no_printable)
{
	const struct command	*c;
	char			 k[32];
	size_t			 i, j;

	for (i = 0; i < keys_count(); i++) {
		c = keys_get((enum cmd)i);
		if (!(c->contexts & (KM(KC_LIST) | KM(KC_EDIT))))
			continue;
		for (j = 0; keys_nth(c, j, k, sizeof k) == 0; j++)
			ck_assert_msg(strlen(k) > 1, "%s: '%s' would be "
			    "typed text in a line", c->name, k);
	}
}
END_TEST

/* Every popup can be left with Esc; the composer can quit. */
START_TEST(test_every_context_closes)
{
	int	ctx;

	ck_assert_int_eq(keys_lookup(KC_COMPOSER, "q"), CMD_QUIT);
	for (ctx = 0; ctx < KC__COUNT; ctx++) {
		if (ctx == KC_COMPOSER)
			continue;
		ck_assert_msg(keys_lookup((enum key_ctx)ctx, "Esc") ==
		    CMD_CLOSE, "Esc does not close in %s",
		    keys_ctx_name((enum key_ctx)ctx));
	}
	ck_assert_str_eq(keys_ctx_name(KC_COMPOSER), "composer");
	ck_assert_str_ne(keys_ctx_title(KC_EDIT), "");
	ck_assert_str_eq(keys_ctx_name(KC__COUNT), "");
}
END_TEST

START_TEST(test_hint)
{
	char	buf[256];
	size_t	n;

	n = keys_hint(KC_COMPOSER, buf, 81);
	ck_assert_uint_le(n, 80);
	ck_assert_uint_eq(strlen(buf), n);
	ck_assert_msg(strncmp(buf, "? help", 6) == 0, "hint: %s", buf);
	ck_assert_ptr_nonnull(strstr(buf, "a add"));
	ck_assert_ptr_nonnull(strstr(buf, "q quit"));
	/* Cut at whole hints, never mid-word. */
	n = keys_hint(KC_COMPOSER, buf, 12);
	ck_assert_str_eq(buf, "? help");
	n = keys_hint(KC_COMPOSER, buf, 3);
	ck_assert_uint_eq(n, 0);
	ck_assert_str_eq(buf, "");
	ck_assert_uint_eq(keys_hint(KC_COMPOSER, buf, 0), 0);
	keys_hint(KC_EDIT, buf, sizeof buf);
	ck_assert_ptr_nonnull(strstr(buf, "Enter accept"));
	keys_hint(KC_CONFIRM, buf, sizeof buf);
	ck_assert_ptr_nonnull(strstr(buf, "y yes"));
}
END_TEST

static const struct {
	const char	*text;
	const char	*key;
	const char	*word;
} nth_rows[] = {
	{ "? F1", "?", "F1" },
	{ "d Del", "d", "Del" },
	{ "  Home   ^A ", "Home", "^A" },
};

START_TEST(test_nth)
{
	struct command	c = { CMD_HELP, "t", 1, nth_rows[_i].text, "", "h" };
	char		k[16];

	ck_assert_int_eq(keys_nth(&c, 0, k, sizeof k), 0);
	ck_assert_str_eq(k, nth_rows[_i].key);
	ck_assert_int_eq(keys_nth(&c, 1, k, sizeof k), 0);
	ck_assert_str_eq(k, nth_rows[_i].word);
	ck_assert_int_eq(keys_nth(&c, 2, k, sizeof k), -1);
	ck_assert(keys_has(&c, nth_rows[_i].key));
	ck_assert(!keys_has(&c, "Ho"));
}
END_TEST

/* Read a whole file; NULL when it cannot be read. */
static char *
slurp(const char *path)
{
	FILE	*f;
	char	*text;
	long	 len;

	if ((f = fopen(path, "r")) == NULL)
		return (NULL);
	if (fseek(f, 0, SEEK_END) != 0 || (len = ftell(f)) < 0) {
		fclose(f);
		return (NULL);
	}
	rewind(f);
	text = calloc(1, (size_t)len + 1);
	if (text != NULL && fread(text, 1, (size_t)len, f) != (size_t)len) {
		free(text);
		text = NULL;
	}
	fclose(f);
	return (text);
}

/*
 * The man page names every command and key: the draft
 * (man/mesomix-tui.txt) or, once pasted, mesomix(1)'s KEY BINDINGS.
 */
START_TEST(test_man_keys)
{
	static const char *const files[] = { "man/mesomix.1",
	};
	const struct command	*c;
	const char		*srcdir = getenv("srcdir");
	char			 path[4096], k[32], *text = NULL;
	size_t			 i, j;

	if (srcdir == NULL)
		srcdir = ".";
	for (i = 0; text == NULL && i < sizeof files / sizeof files[0];
	    i++) {
		snprintf(path, sizeof path, "%s/%s", srcdir, files[i]);
		text = slurp(path);
		if (text != NULL && strstr(text, "KEY BINDINGS") == NULL) {
			free(text);
			text = NULL;
		}
	}
	ck_assert_msg(text != NULL, "no man page with KEY BINDINGS under %s",
	    srcdir);
	for (i = 0; i < keys_count(); i++) {
		c = keys_get((enum cmd)i);
		ck_assert_msg(strstr(text, c->name) != NULL,
		    "%s: command %s missing", path, c->name);
		for (j = 0; keys_nth(c, j, k, sizeof k) == 0; j++)
			ck_assert_msg(strstr(text, k) != NULL,
			    "%s: key %s of %s missing", path, k, c->name);
	}
	free(text);
}
END_TEST

static Suite *
keys_suite(void)
{
	Suite	*s = suite_create("keys");
	TCase	*tc = tcase_create("table");

	tcase_add_test(tc, test_rows_complete);
	tcase_add_test(tc, test_key_names_valid);
	tcase_add_loop_test(tc, test_key_name_table, 0,
	    sizeof key_names / sizeof key_names[0]);
	tcase_add_test(tc, test_no_key_twice);
	tcase_add_test(tc, test_lookup_round_trip);
	tcase_add_test(tc, test_names_unique);
	tcase_add_test(tc, test_text_contexts_no_printable);
	tcase_add_test(tc, test_every_context_closes);
	tcase_add_test(tc, test_hint);
	tcase_add_loop_test(tc, test_nth, 0,
	    sizeof nth_rows / sizeof nth_rows[0]);
	tcase_add_test(tc, test_man_keys);
	suite_add_tcase(s, tc);
	return (s);
}

int
main(void)
{
	SRunner	*sr = srunner_create(keys_suite());
	int	 failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE);
}

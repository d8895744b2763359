/*
 * The command table (keys.h) and the lookups built on it.  No curses:
 * tui.c turns curses key codes into the key names used here.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tui/keys.h"

static const struct command commands[] = {
#define X(id, name, ctx, keys, label, help) \
	{ id, name, ctx, keys, label, help },
	COMMAND_LIST
#undef X
};

static const char *const ctx_names[] = {
#define X(id, name, title) name,
	KEYCTX_LIST
#undef X
};

static const char *const ctx_titles[] = {
#define X(id, name, title) title,
	KEYCTX_LIST
#undef X
};

static const char *const special_keys[] = {
	"Up", "Down", "Left", "Right", "PgUp", "PgDn", "Home", "End",
	"Enter", "Esc", "Tab", "BTab", "Backspace", "Del", "Space", NULL
};

static int	key_eq(const char *, size_t, const char *);

size_t
keys_count(void)
{
	return (sizeof commands / sizeof commands[0]);
}

const struct command *
keys_get(enum cmd id)
{
	if (id < 0 || (size_t)id >= keys_count())
		return (NULL);
	return (&commands[id]);
}

const struct command *
keys_by_name(const char *name)
{
	size_t	i;

	for (i = 0; i < keys_count(); i++)
		if (strcmp(commands[i].name, name) == 0)
			return (&commands[i]);
	return (NULL);
}

/* Is the word of length n at w the key name k? */
static int
key_eq(const char *w, size_t n, const char *k)
{
	return (strlen(k) == n && strncmp(w, k, n) == 0);
}

int
keys_has(const struct command *c, const char *key)
{
	const char	*w = c->keys;
	size_t		 n;

	while (*w != '\0') {
		while (*w == ' ')
			w++;
		n = strcspn(w, " ");
		if (n > 0 && key_eq(w, n, key))
			return (1);
		w += n;
	}
	return (0);
}

int
keys_nth(const struct command *c, size_t nth, char *buf, size_t len)
{
	const char	*w = c->keys;
	size_t		 n, i = 0;

	while (*w != '\0') {
		while (*w == ' ')
			w++;
		if ((n = strcspn(w, " ")) == 0)
			break;
		if (i++ == nth) {
			snprintf(buf, len, "%.*s", (int)n, w);
			return (0);
		}
		w += n;
	}
	return (-1);
}

enum cmd
keys_lookup(enum key_ctx ctx, const char *key)
{
	size_t	i;

	for (i = 0; i < keys_count(); i++)
		if ((commands[i].contexts & KM(ctx)) &&
		    keys_has(&commands[i], key))
			return (commands[i].id);
	return (CMD_NONE);
}

int
keys_name_valid(const char *k)
{
	size_t	i, n = strlen(k);

	if (n == 1)
		return (k[0] > ' ' && k[0] < 0x7f);
	if (n == 2 && k[0] == '^')
		return (k[1] >= 'A' && k[1] <= 'Z');
	if ((n == 2 || n == 3) && k[0] == 'F' && k[1] >= '1' && k[1] <= '9') {
		if (n == 2)
			return (1);
		return (k[1] == '1' && k[2] >= '0' && k[2] <= '2');
	}
	for (i = 0; special_keys[i] != NULL; i++)
		if (strcmp(k, special_keys[i]) == 0)
			return (1);
	return (0);
}

const char *
keys_ctx_name(enum key_ctx c)
{
	return (c < KC__COUNT ? ctx_names[c] : "");
}

const char *
keys_ctx_title(enum key_ctx c)
{
	return (c < KC__COUNT ? ctx_titles[c] : "");
}

size_t
keys_hint(enum key_ctx ctx, char *buf, size_t width)
{
	char	 item[64], key[16];
	size_t	 i, len = 0, n;

	if (width == 0)
		return (0);
	buf[0] = '\0';
	for (i = 0; i < keys_count(); i++) {
		if (!(commands[i].contexts & KM(ctx)) ||
		    commands[i].label[0] == '\0')
			continue;
		if (keys_nth(&commands[i], 0, key, sizeof key) != 0)
			continue;
		n = (size_t)snprintf(item, sizeof item, "%s%s %s",
		    len > 0 ? "  " : "", key, commands[i].label);
		if (len + n + 1 > width)
			break;
		memcpy(buf + len, item, n + 1);
		len += n;
	}
	return (len);
}

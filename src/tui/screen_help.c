/*
 * Help (every key, generated from the command table that dispatches
 * them) and the pager that also shows a finding's message and source.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xmalloc.h"
#include "tui/app.h"

static void	pager_geometry(const struct app *, int *, int *, int *, int *);
static void	pager_add(struct pager_state *, const char *);

static void
pager_geometry(const struct app *app, int *y, int *x, int *h, int *w)
{
	int	want = app->pager.n > 0 ? (int)app->pager.n + 2 : app->rows;

	if (want < 5)
		want = 5;
	w_center(app->rows, app->cols, y, x, h, w, want, 100);
}

static void
pager_add(struct pager_state *s, const char *line)
{
	char	**one = NULL;
	size_t	  n = 0;

	w_wrap(line, 1000, &one, &n);
	if (n == 0) {
		s->lines = xreallocarray(s->lines, s->n + 1, sizeof *s->lines);
		s->lines[s->n++] = xstrdup("");
	} else {
		s->lines = xreallocarray(s->lines, s->n + n, sizeof *s->lines);
		memcpy(s->lines + s->n, one, n * sizeof *one);
		s->n += n;
	}
	free(one);
}

void
pager_close(struct app *app)
{
	w_free_lines(app->pager.lines, app->pager.n);
	app->pager.lines = NULL;
	app->pager.n = 0;
	app->pager.top = 0;
}

/* Show text (paragraphs split on newlines), wrapped to the popup. */
void
pager_open(struct app *app, const char *title, const char *text)
{
	int	y, x, h, w;

	pager_close(app);
	pager_geometry(app, &y, &x, &h, &w);
	snprintf(app->pager.title, sizeof app->pager.title, "%s", title);
	w_wrap(text, w - 4, &app->pager.lines, &app->pager.n);
	tui_push(app, SCR_PAGER);
}

/* The help, from the command table: each context, each command. */
void
help_open(struct app *app)
{
	const struct command	*c;
	char			 line[1024], keys[64], k[16], **wr;
	size_t			 i, j, n, len;
	int			 y, x, h, w, ctx;

	pager_close(app);
	pager_geometry(app, &y, &x, &h, &w);
	snprintf(app->pager.title, sizeof app->pager.title,
	    "Help: every key (Esc or q closes)");
	for (ctx = 0; ctx < KC__COUNT; ctx++) {
		if (ctx > 0)
			pager_add(&app->pager, "");
		pager_add(&app->pager, keys_ctx_title((enum key_ctx)ctx));
		for (i = 0; i < keys_count(); i++) {
			c = keys_get((enum cmd)i);
			if (!(c->contexts & KM(ctx)))
				continue;
			keys[0] = '\0';
			for (j = 0; keys_nth(c, j, k, sizeof k) == 0; j++) {
				len = strlen(keys);
				snprintf(keys + len, sizeof keys - len, "%s%s",
				    j ? " " : "", k);
			}
			/* "  keys  name  help", the help wrapped under itself. */
			wr = NULL;
			n = 0;
			w_wrap(c->help, w - 4 - 30 > 20 ? w - 4 - 30 : 20,
			    &wr, &n);
			for (j = 0; j < n; j++) {
				snprintf(line, sizeof line, "  %-12s %-14s %s",
				    j == 0 ? keys : "", j == 0 ? c->name : "",
				    wr[j]);
				app->pager.lines = xreallocarray(
				    app->pager.lines, app->pager.n + 1,
				    sizeof *app->pager.lines);
				app->pager.lines[app->pager.n++] =
				    xstrdup(line);
			}
			w_free_lines(wr, n);
		}
	}
	pager_add(&app->pager, "");
	pager_add(&app->pager, "Findings show their severity as a word and a "
	    "glyph as well as a colour: X BLOCK, ! CAUTION, i INFO.");
	pager_add(&app->pager, "The composition is saved as a draft after "
	    "every change; the next start offers it back.");
	tui_push(app, SCR_PAGER);
}

void
pager_draw(struct app *app)
{
	struct pager_state	*s = &app->pager;
	int			 y, x, h, w, row, body;
	size_t			 i;
	char			 more[64];

	pager_geometry(app, &y, &x, &h, &w);
	w_box(y, x, h, w, s->title);
	body = h - 2;
	if (s->n > (size_t)body && s->top > s->n - (size_t)body)
		s->top = s->n - (size_t)body;
	for (i = s->top, row = 0; i < s->n && row < body; i++, row++)
		w_put(y + 1 + row, x + 2, w - 4, s->lines[i][0] != ' ' &&
		    s->lines[i][0] != '\0' && s == &app->pager &&
		    strncmp(s->title, "Help", 4) == 0 ? CR_HEADER : CR_POPUP,
		    s->lines[i]);
	if (s->n > (size_t)body) {
		snprintf(more, sizeof more, " %zu-%zu of %zu ", s->top + 1,
		    s->top + (size_t)body < s->n ? s->top + (size_t)body :
		    s->n, s->n);
		w_put(y + h - 1, x + w - 2 - (int)strlen(more),
		    (int)strlen(more), CR_DIM, more);
	}
}

int
pager_key(struct app *app, enum cmd cmd, wint_t ch, int text)
{
	struct pager_state	*s = &app->pager;
	size_t			 page;
	int			 y, x, h, w;

	(void)ch;
	(void)text;
	pager_geometry(app, &y, &x, &h, &w);
	page = h > 3 ? (size_t)h - 3 : 1;
	switch (cmd) {
	case CMD_CLOSE:
	case CMD_DISMISS:
		tui_pop(app);
		pager_close(app);
		return (R_REDRAW);
	case CMD_UP:
		if (s->top > 0)
			s->top--;
		return (R_REDRAW);
	case CMD_DOWN:
		if (s->top + 1 < s->n)
			s->top++;
		return (R_REDRAW);
	case CMD_PAGE_UP:
		s->top = s->top > page ? s->top - page : 0;
		return (R_REDRAW);
	case CMD_PAGE_DOWN:
		if (s->top + page < s->n)
			s->top += page;
		return (R_REDRAW);
	default:
		return (R_NONE);
	}
}

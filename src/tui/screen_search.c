/*
 * Add a component: a search popup over the formulary (FTS5 trigram over
 * codes, names and synonyms), results updated on every key, then the
 * amount.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "tui/app.h"
#include "tui/input.h"

static void	search_geometry(const struct app *, int *, int *, int *, int *);
static int	search_amount_done(struct app *, const char *);

static void
search_geometry(const struct app *app, int *y, int *x, int *h, int *w)
{
	w_center(app->rows, app->cols, y, x, h, w, app->rows - 4, 90);
}

void
search_open(struct app *app)
{
	struct search_state	*s = &app->search;

	le_set(&s->q, "");
	s->n = 0;
	s->pos.sel = s->pos.top = 0;
	s->err[0] = '\0';
	tui_push(app, SCR_SEARCH);
	search_run(app);
}

/* Run the query as it stands; R_REDRAW. */
int
search_run(struct app *app)
{
	struct search_state	*s = &app->search;
	long			 t0;
	int			 n;

	s->err[0] = '\0';
	s->pending = 0;
	s->pos.sel = s->pos.top = 0;
	if (s->q.len == 0) {
		s->n = 0;
		return (R_REDRAW);
	}
	t0 = tui_now_us();
	n = store_search(app->db, s->q.buf, s->hits, SEARCH_MAX);
	app->search_us = tui_now_us() - t0;
	if (n < 0) {
		snprintf(s->err, sizeof s->err, "%s", app->db->err);
		s->n = 0;
	} else
		s->n = (size_t)n;
	return (R_REDRAW);
}

/* A changed query waiting for the keyboard to go quiet; R_REDRAW if run. */
int
search_pending(struct app *app)
{
	if (!app->search.pending || tui_top(app) != SCR_SEARCH)
		return (R_NONE);
	return (search_run(app));
}

void
search_draw(struct app *app)
{
	struct search_state	*s = &app->search;
	const struct search_hit	*hit;
	char			 line[320];
	int			 y, x, h, w, list_h, row;
	size_t			 i;

	search_geometry(app, &y, &x, &h, &w);
	w_box(y, x, h, w, "Add a component");
	w_put(y + 1, x + 2, 8, CR_HEADER, "Search:");
	le_draw(&s->q, y + 1, x + 10, w - 12, 1);
	if (s->err[0] != '\0')
		snprintf(line, sizeof line, "%s", s->err);
	else if (s->pending)
		snprintf(line, sizeof line, "searching...");
	else if (s->q.len == 0)
		snprintf(line, sizeof line, "type a name, code or synonym");
	else
		snprintf(line, sizeof line, "%zu found%s", s->n,
		    s->n == SEARCH_MAX ? " (first ones)" : "");
	w_put(y + 2, x + 2, w - 4, s->err[0] ? CR_ERROR : CR_DIM, line);
	list_h = h - 4;
	w_list_fix(&s->pos, s->n, list_h);
	for (i = s->pos.top, row = 0; i < s->n && row < list_h; i++, row++) {
		hit = &s->hits[i];
		snprintf(line, sizeof line, " %-10s %-28s %s",
		    hit->is_product ? "product" : "ingredient", hit->code,
		    hit->name);
		w_put(y + 3 + row, x + 1, w - 2, i == s->pos.sel ?
		    CR_SELECTED : CR_POPUP, line);
	}
}

static int
search_amount_done(struct app *app, const char *text)
{
	struct search_state	*s = &app->search;
	struct component	*cp;
	const struct search_hit	*hit;
	int64_t			 vol;
	int			 parts;

	if (s->pos.sel >= s->n)
		return (R_REDRAW);
	hit = &s->hits[s->pos.sel];
	if (input_amount(text, 0, &vol, &parts, app->prompt.err,
	    sizeof app->prompt.err) != 0)
		return (-1);
	if ((cp = cocktail_add(&app->c, hit->code, hit->is_product)) == NULL) {
		tui_status(app, CR_ERROR, "at most %d components",
		    COCKTAIL_MAX_COMPONENTS);
		return (R_REDRAW);
	}
	cp->volume_ul = vol;
	cp->parts = parts;
	app->comp.sel = app->c.ncomponents - 1;
	app->pane = 0;
	tui_status(app, CR_OK, "added %s", hit->code);
	return (R_CHANGED);
}

int
search_key(struct app *app, enum cmd cmd, wint_t ch, int text)
{
	struct search_state	*s = &app->search;
	char			 title[160];
	int			 y, x, h, w;

	search_geometry(app, &y, &x, &h, &w);
	if (cmd == CMD_NONE && text) {
		/* Searched when the keys typed ahead are all read. */
		if (le_insert(&s->q, ch))
			s->pending = 1;
		return (R_REDRAW);
	}
	switch (cmd) {
	case CMD_CLOSE:
		tui_pop(app);
		return (R_REDRAW);
	case CMD_ERASE:
	case CMD_KILL:
		le_key(&s->q, cmd);
		s->pending = 1;
		return (R_REDRAW);
	case CMD_PICK:
		if (s->pending)
			search_run(app);
		if (s->pos.sel >= s->n)
			return (R_NONE);
		tui_pop(app);
		snprintf(title, sizeof title, "Amount of %s",
		    s->hits[s->pos.sel].code);
		/* With a plan the mix is shared out in parts; else mL. */
		prompt_open(app, title, "0.5 = 0.5 mL, 2p = 2 parts of what "
		    "the plan leaves", app->c.technique[0] != '\0' ||
		    cocktail_has_parts(&app->c) ? "1p" : "0.5 ml",
		    search_amount_done);
		return (R_REDRAW);
	default:
		if (w_list_key(&s->pos, s->n, h - 4, cmd))
			return (R_REDRAW);
		return (R_NONE);
	}
}

/*
 * A picker: a list of (code, name) filtered as one types.  Either one
 * choice (area, technique, syringe, a saved patient), or several codes
 * marked in a list (a patient's allergies, conditions, medications).
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/xmalloc.h"
#include "tui/app.h"

static void	picker_filter(struct picker_state *);
static void	picker_geometry(const struct app *, int *, int *, int *, int *);
static int	contains(const char *, const char *);
static int	picker_toggle(struct app *, const char *);

static int
contains(const char *hay, const char *needle)
{
	size_t	n = strlen(needle), i;

	if (n == 0)
		return (1);
	for (i = 0; hay[i] != '\0'; i++)
		if (strncasecmp(hay + i, needle, n) == 0)
			return (1);
	return (0);
}

static void
picker_filter(struct picker_state *p)
{
	size_t	i;

	p->nshown = 0;
	for (i = 0; i < p->nall; i++)
		if (contains(p->all[i].code, p->filter.buf) ||
		    contains(p->all[i].name, p->filter.buf))
			p->shown[p->nshown++] = i;
	p->pos.sel = p->pos.top = 0;
	/* An exact code first, so a typed code and Enter picks it. */
	for (i = 0; i < p->nshown; i++)
		if (strcasecmp(p->all[p->shown[i]].code, p->filter.buf) == 0) {
			p->pos.sel = i;
			break;
		}
}

static void
picker_geometry(const struct app *app, int *y, int *x, int *h, int *w)
{
	w_center(app->rows, app->cols, y, x, h, w, app->rows - 4, 80);
}

/* One choice among items (owned by the picker from now on). */
void
picker_open_list(struct app *app, const char *title, struct code_name *items,
    size_t n, pick_fn fn)
{
	struct picker_state	*p = &app->picker;

	picker_close(app);
	snprintf(p->title, sizeof p->title, "%s", title);
	p->all = items;
	p->nall = n;
	p->shown = xreallocarray(NULL, n + 1, sizeof *p->shown);
	p->on_pick = fn;
	p->list = NULL;
	p->nlist = NULL;
	p->allow_other = 0;
	le_set(&p->filter, "");
	picker_filter(p);
	tui_push(app, SCR_PICKER);
}

/* Several codes of a vocabulary table, marked in list. */
void
picker_open(struct app *app, const char *title, const char *table,
    pick_fn check, char (*list)[CODE_LEN], size_t *nlist)
{
	struct code_name	*v;
	size_t			 n;

	if (store_vocabulary(app->db, table, &v, &n) != 0) {
		tui_status(app, CR_ERROR, "%s: %s", table, app->db->err);
		free(v);
		return;
	}
	picker_open_list(app, title, v, n, NULL);
	app->picker.list = list;
	app->picker.nlist = nlist;
	/* check validates a typed code that is not in the list. */
	app->picker.on_pick = check;
	app->picker.allow_other = check != NULL;
}

void
picker_close(struct app *app)
{
	struct picker_state	*p = &app->picker;

	free(p->all);
	free(p->shown);
	p->all = NULL;
	p->shown = NULL;
	p->nall = p->nshown = 0;
}

void
picker_draw(struct app *app)
{
	struct picker_state	*p = &app->picker;
	const struct code_name	*cn;
	char			 line[320], hint[160];
	int			 y, x, h, w, list_h, row, marked;
	size_t			 i;

	picker_geometry(app, &y, &x, &h, &w);
	w_box(y, x, h, w, p->title);
	w_put(y + 1, x + 2, 8, CR_HEADER, "Filter:");
	le_draw(&p->filter, y + 1, x + 10, w - 12, 1);
	if (p->list != NULL)
		snprintf(hint, sizeof hint, "Enter marks or unmarks; Esc when "
		    "done (%zu marked)%s", *p->nlist, p->allow_other ?
		    "; a code not listed may be typed" : "");
	else
		snprintf(hint, sizeof hint, "%zu of %zu; Enter picks, Esc "
		    "closes", p->nshown, p->nall);
	w_put(y + 2, x + 2, w - 4, CR_DIM, hint);
	list_h = h - 4;
	w_list_fix(&p->pos, p->nshown, list_h);
	for (i = p->pos.top, row = 0; i < p->nshown && row < list_h;
	    i++, row++) {
		cn = &p->all[p->shown[i]];
		marked = p->list != NULL && patient_has(
		    (const char (*)[CODE_LEN])p->list, *p->nlist, cn->code);
		snprintf(line, sizeof line, " %s %-24s %s", p->list == NULL ?
		    "" : marked ? "[x]" : "[ ]", cn->code[0] ? cn->code : "-",
		    cn->name);
		w_put(y + 3 + row, x + 1, w - 2, i == p->pos.sel ?
		    CR_SELECTED : marked ? CR_MARK : CR_POPUP, line);
	}
	if (p->nshown == 0 && p->allow_other && p->filter.len > 0)
		w_put(y + 3, x + 2, w - 4, CR_DIM, "Enter adds the code as "
		    "typed, if the formulary knows it");
}

/* Mark or unmark a code in the list. */
static int
picker_toggle(struct app *app, const char *code)
{
	struct picker_state	*p = &app->picker;
	size_t			 i;

	for (i = 0; i < *p->nlist; i++) {
		if (strcmp(p->list[i], code) != 0)
			continue;
		memmove(p->list[i], p->list[i + 1],
		    (*p->nlist - i - 1) * sizeof p->list[0]);
		(*p->nlist)--;
		return (R_REDRAW);
	}
	if (patient_add_code(p->list, p->nlist, code) != 0)
		tui_status(app, CR_ERROR, "at most %d codes",
		    PATIENT_MAX_CODES);
	return (R_REDRAW);
}

int
picker_key(struct app *app, enum cmd cmd, wint_t ch, int text)
{
	struct picker_state	*p = &app->picker;
	char			 code[CODE_LEN];
	pick_fn			 fn;
	int			 y, x, h, w, r;

	picker_geometry(app, &y, &x, &h, &w);
	if (cmd == CMD_NONE && text) {
		if (le_insert(&p->filter, ch))
			picker_filter(p);
		return (R_REDRAW);
	}
	switch (cmd) {
	case CMD_CLOSE:
		tui_pop(app);
		picker_close(app);
		return (R_REDRAW);
	case CMD_ERASE:
	case CMD_KILL:
		le_key(&p->filter, cmd);
		picker_filter(p);
		return (R_REDRAW);
	case CMD_PICK:
		if (p->list != NULL) {
			if (p->pos.sel < p->nshown)
				snprintf(code, sizeof code, "%s",
				    p->all[p->shown[p->pos.sel]].code);
			else if (p->allow_other && p->filter.len > 0) {
				snprintf(code, sizeof code, "%s",
				    p->filter.buf);
				/* on_pick says whether the code is known. */
				if (p->on_pick(app, code) != 0)
					return (R_REDRAW);
			} else
				return (R_NONE);
			r = picker_toggle(app, code);
			le_set(&p->filter, "");
			picker_filter(p);
			return (r);
		}
		if (p->pos.sel >= p->nshown)
			return (R_NONE);
		snprintf(code, sizeof code, "%s",
		    p->all[p->shown[p->pos.sel]].code);
		fn = p->on_pick;
		tui_pop(app);
		picker_close(app);
		return (fn(app, code));
	default:
		if (w_list_key(&p->pos, p->nshown, h - 4, cmd))
			return (R_REDRAW);
		return (R_NONE);
	}
}

/*
 * The indication picker: each indication with its template cocktail
 * previewed; picking one fills the composer (the patient stays), which
 * the physician then adjusts.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/app.h"

static void	indication_geometry(const struct app *, int *, int *, int *,
		    int *);
static void	indication_preview(struct app *);
static int	indication_apply(struct app *);
static int	indication_answer(struct app *, int);

static void
indication_geometry(const struct app *app, int *y, int *x, int *h, int *w)
{
	w_center(app->rows, app->cols, y, x, h, w, app->rows - 4, 100);
}

void
indication_open(struct app *app)
{
	struct indication_state	*s = &app->ind;

	indication_close(app);
	if (store_vocabulary(app->db, "indication", &s->all, &s->nall) != 0) {
		tui_status(app, CR_ERROR, "indications: %s", app->db->err);
		indication_close(app);
		return;
	}
	s->pos.sel = s->pos.top = 0;
	/* Start on the current indication, if any. */
	for (size_t i = 0; i < s->nall; i++)
		if (strcmp(s->all[i].code, app->c.indication) == 0)
			s->pos.sel = i;
	s->preview_for = (size_t)-1;
	tui_push(app, SCR_INDICATION);
}

void
indication_close(struct app *app)
{
	free(app->ind.all);
	app->ind.all = NULL;
	app->ind.nall = 0;
}

static void
indication_preview(struct app *app)
{
	struct indication_state	*s = &app->ind;

	if (s->pos.sel >= s->nall || s->preview_for == s->pos.sel)
		return;
	cocktail_init(&s->preview);
	if (store_template_load(app->db, s->all[s->pos.sel].code,
	    &s->preview) != 0)
		s->preview.ncomponents = 0;
	s->preview_for = s->pos.sel;
}

void
indication_draw(struct app *app)
{
	struct indication_state	*s = &app->ind;
	const struct component	*cp;
	char			 line[320], b[48], amount[64];
	int			 y, x, h, w, lw, list_h, row;
	size_t			 i;

	indication_geometry(app, &y, &x, &h, &w);
	w_box(y, x, h, w, "Indication: its template fills the composer");
	lw = w * 3 / 5;
	list_h = h - 2;
	w_list_fix(&s->pos, s->nall, list_h);
	for (i = s->pos.top, row = 0; i < s->nall && row < list_h;
	    i++, row++) {
		snprintf(line, sizeof line, " %-20s %s", s->all[i].code,
		    s->all[i].name);
		w_put(y + 1 + row, x + 1, lw - 1, i == s->pos.sel ?
		    CR_SELECTED : CR_POPUP, line);
	}
	indication_preview(app);
	if (s->preview_for != s->pos.sel)
		return;
	row = 0;
	snprintf(line, sizeof line, "Template: %s / %s",
	    s->preview.area[0] ? s->preview.area : "-",
	    s->preview.technique[0] ? s->preview.technique : "-");
	w_put(y + 1 + row++, x + lw + 1, w - lw - 2, CR_HEADER, line);
	if (s->preview.ncomponents == 0)
		w_put(y + 1 + row++, x + lw + 1, w - lw - 2, CR_DIM,
		    "(no template components)");
	for (i = 0; i < s->preview.ncomponents && row < list_h; i++) {
		cp = &s->preview.components[i];
		if (cp->parts > 0)
			snprintf(amount, sizeof amount, "%s p", units_fmt(b,
			    sizeof b, cp->parts, 1000, 3));
		else
			snprintf(amount, sizeof amount, "%s mL",
			    units_fmt_ml(b, sizeof b, cp->volume_ul));
		snprintf(line, sizeof line, "%-26s %s", cp->code, amount);
		w_put(y + 1 + row++, x + lw + 1, w - lw - 2, CR_POPUP, line);
	}
}

/* Fill the composer from the template; the patient stays. */
static int
indication_apply(struct app *app)
{
	struct indication_state	*s = &app->ind;
	struct cocktail		*c;

	if (s->pos.sel >= s->nall)
		return (R_REDRAW);
	if ((c = malloc(sizeof *c)) == NULL)
		return (R_REDRAW);
	cocktail_init(c);
	if (store_template_load(app->db, s->all[s->pos.sel].code, c) != 0) {
		tui_status(app, CR_ERROR, "template %s: %s",
		    s->all[s->pos.sel].code, app->db->err);
		free(c);
		return (R_REDRAW);
	}
	c->has_patient = app->c.has_patient;
	c->patient = app->c.patient;
	app->c = *c;
	free(c);
	app->formulation[0] = '\0';
	app->comp.sel = app->comp.top = 0;
	app->find.sel = app->find.top = 0;
	app->pane = 0;
	tui_status(app, CR_OK, "template %s: %zu component%s; adjust as "
	    "needed", app->c.indication, app->c.ncomponents,
	    app->c.ncomponents == 1 ? "" : "s");
	indication_close(app);
	return (R_CHANGED);
}

static int
indication_answer(struct app *app, int answer)
{
	if (answer != CMD_YES) {
		indication_close(app);
		return (R_REDRAW);
	}
	return (indication_apply(app));
}

int
indication_key(struct app *app, enum cmd cmd, wint_t ch, int text)
{
	struct indication_state	*s = &app->ind;
	int			 y, x, h, w;

	indication_geometry(app, &y, &x, &h, &w);
	if (cmd == CMD_NONE && text && ch < 0x80 && s->nall > 0) {
		/* A letter jumps to the next indication that starts with it. */
		size_t	i, k;

		for (k = 1; k <= s->nall; k++) {
			i = (s->pos.sel + k) % s->nall;
			if (s->all[i].code[0] == (char)ch) {
				s->pos.sel = i;
				return (R_REDRAW);
			}
		}
		return (R_NONE);
	}
	switch (cmd) {
	case CMD_CLOSE:
		tui_pop(app);
		indication_close(app);
		return (R_REDRAW);
	case CMD_PICK:
		if (s->pos.sel >= s->nall)
			return (R_NONE);
		tui_pop(app);
		if (app->dirty && app->c.ncomponents > 0) {
			confirm_open(app, "Replace the components with the "
			    "template?", "y replace   n keep them",
			    indication_answer);
			return (R_REDRAW);
		}
		return (indication_apply(app));
	default:
		if (w_list_key(&s->pos, s->nall, h - 2, cmd))
			return (R_REDRAW);
		return (R_NONE);
	}
}

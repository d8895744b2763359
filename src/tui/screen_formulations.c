/*
 * Saved formulations: save under a name, open, duplicate, delete.  The
 * patient and the plan travel with the formulation (it is the cocktail
 * file).
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xmalloc.h"
#include "tui/app.h"

#define FORMULATIONS_MAX	1000

static void	formulations_reload(struct app *);
static void	formulations_geometry(const struct app *, int *, int *, int *,
		    int *);
static int	formulations_load(struct app *, const char *);
static int	open_answer(struct app *, int);
static int	remove_answer(struct app *, int);
static int	duplicate_done(struct app *, const char *);
static int	overwrite_answer(struct app *, int);
static int	save_now(struct app *, const char *);

static void
formulations_geometry(const struct app *app, int *y, int *x, int *h, int *w)
{
	w_center(app->rows, app->cols, y, x, h, w, app->rows - 4, 90);
}

static void
formulations_reload(struct app *app)
{
	struct formulations_state	*s = &app->forms;
	int				 n;

	if (s->v == NULL)
		s->v = xreallocarray(NULL, FORMULATIONS_MAX, sizeof *s->v);
	n = store_formulation_list(app->db, s->v, FORMULATIONS_MAX);
	if (n < 0) {
		tui_status(app, CR_ERROR, "formulations: %s", app->db->err);
		n = 0;
	}
	s->n = (size_t)n;
	w_list_fix(&s->pos, s->n, 1000);
}

void
formulations_open(struct app *app)
{
	app->forms.pos.sel = app->forms.pos.top = 0;
	formulations_reload(app);
	tui_push(app, SCR_FORMULATIONS);
}

void
formulations_draw(struct app *app)
{
	struct formulations_state	*s = &app->forms;
	const struct formulation_info	*f;
	char				 line[512];
	int				 y, x, h, w, list_h, row;
	size_t				 i;

	formulations_geometry(app, &y, &x, &h, &w);
	w_box(y, x, h, w, "Saved formulations");
	snprintf(line, sizeof line, " %-36s %-16s %s", "Name", "Patient",
	    "Saved (UTC)");
	w_put(y + 1, x + 1, w - 2, CR_HEADER, line);
	list_h = h - 4;
	if (s->n == 0)
		w_put(y + 2, x + 2, w - 4, CR_DIM, "none yet: w in the "
		    "composer saves one");
	w_list_fix(&s->pos, s->n, list_h);
	for (i = s->pos.top, row = 0; i < s->n && row < list_h; i++, row++) {
		f = &s->v[i];
		snprintf(line, sizeof line, " %-36.36s %-16.16s %s", f->name,
		    f->patient[0] ? f->patient : "-", f->updated);
		w_put(y + 2 + row, x + 1, w - 2, i == s->pos.sel ?
		    CR_SELECTED : CR_POPUP, line);
	}
	w_put(y + h - 2, x + 2, w - 4, CR_DIM, "Enter opens; ^D duplicates; "
	    "Del deletes; Esc closes");
}

static int
formulations_load(struct app *app, const char *name)
{
	struct cocktail	*c;
	int		 rc;

	c = xmalloc(sizeof *c);
	rc = store_formulation_load(app->db, name, c);
	if (rc != 0) {
		tui_status(app, CR_ERROR, "%s: %s", name, rc > 0 ?
		    "not found" : app->db->err);
		free(c);
		return (R_REDRAW);
	}
	app->c = *c;
	free(c);
	snprintf(app->formulation, sizeof app->formulation, "%s", name);
	app->comp.sel = app->comp.top = 0;
	app->find.sel = app->find.top = 0;
	app->pane = 0;
	tui_status(app, CR_OK, "opened %s", name);
	store_audit(app->db, app->owner, "formulation-open", name);
	return (R_CLEAN);
}

static int
open_answer(struct app *app, int answer)
{
	if (answer != CMD_YES)
		return (R_REDRAW);
	return (formulations_load(app, app->forms.target));
}

static int
remove_answer(struct app *app, int answer)
{
	int	rc;

	if (answer != CMD_YES)
		return (R_REDRAW);
	rc = store_formulation_delete(app->db, app->forms.target);
	if (rc < 0)
		tui_status(app, CR_ERROR, "%s", app->db->err);
	else {
		tui_status(app, CR_STATUS, "deleted %s", app->forms.target);
		store_audit(app->db, app->owner, "formulation-delete",
		    app->forms.target);
		if (strcmp(app->formulation, app->forms.target) == 0)
			app->formulation[0] = '\0';
	}
	formulations_reload(app);
	return (R_REDRAW);
}

static int
duplicate_done(struct app *app, const char *name)
{
	int	rc;

	rc = store_formulation_duplicate(app->db, app->forms.target, name);
	if (rc != 0) {
		snprintf(app->prompt.err, sizeof app->prompt.err, "%s",
		    rc > 0 ? "the formulation is gone" : app->db->err);
		return (rc > 0 ? R_REDRAW : -1);
	}
	tui_status(app, CR_OK, "%s duplicated as %s", app->forms.target,
	    name);
	store_audit(app->db, app->owner, "formulation-duplicate", name);
	formulations_reload(app);
	return (R_REDRAW);
}

static int
save_now(struct app *app, const char *name)
{
	if (app->c.name[0] == '\0')
		snprintf(app->c.name, sizeof app->c.name, "%s", name);
	if (store_formulation_save(app->db, name, &app->c) != 0) {
		tui_status(app, CR_ERROR, "not saved: %s", app->db->err);
		return (R_REDRAW);
	}
	snprintf(app->formulation, sizeof app->formulation, "%s", name);
	store_audit(app->db, app->owner, "formulation-save", name);
	tui_status(app, CR_OK, "saved as %s", name);
	return (R_CLEAN);
}

static int
overwrite_answer(struct app *app, int answer)
{
	if (answer != CMD_YES)
		return (R_REDRAW);
	return (save_now(app, app->forms.target));
}

/* Save under a name; asks before replacing another formulation. */
int
formulations_save_as(struct app *app, const char *name)
{
	struct formulations_state	*s = &app->forms;
	size_t				 i;

	if (name[0] == '\0') {
		snprintf(app->prompt.err, sizeof app->prompt.err,
		    "a formulation needs a name");
		return (-1);
	}
	if (strlen(name) > 200) {
		snprintf(app->prompt.err, sizeof app->prompt.err,
		    "at most 200 bytes");
		return (-1);
	}
	if (strcmp(name, app->formulation) != 0) {
		formulations_reload(app);
		for (i = 0; i < s->n; i++) {
			if (strcmp(s->v[i].name, name) != 0)
				continue;
			snprintf(s->target, sizeof s->target, "%s", name);
			confirm_open(app, "A formulation of that name exists: "
			    "replace it?", "y replace   n keep it",
			    overwrite_answer);
			return (R_REDRAW);
		}
	}
	return (save_now(app, name));
}

int
formulations_key(struct app *app, enum cmd cmd, wint_t ch, int text)
{
	struct formulations_state	*s = &app->forms;
	char				 def[300];
	int				 y, x, h, w;

	(void)ch;
	(void)text;
	formulations_geometry(app, &y, &x, &h, &w);
	switch (cmd) {
	case CMD_CLOSE:
		tui_pop(app);
		return (R_REDRAW);
	case CMD_PICK:
		if (s->pos.sel >= s->n)
			return (R_NONE);
		snprintf(s->target, sizeof s->target, "%s",
		    s->v[s->pos.sel].name);
		tui_pop(app);
		if (app->dirty && app->c.ncomponents > 0) {
			confirm_open(app, "Replace the unsaved composition?",
			    "y open it   n keep editing", open_answer);
			return (R_REDRAW);
		}
		return (formulations_load(app, s->target));
	case CMD_DUPLICATE:
		if (s->pos.sel >= s->n)
			return (R_NONE);
		snprintf(s->target, sizeof s->target, "%s",
		    s->v[s->pos.sel].name);
		snprintf(def, sizeof def, "%.200s (copy)", s->target);
		def[200] = '\0';
		prompt_open(app, "Duplicate as", "a new name", def,
		    duplicate_done);
		return (R_REDRAW);
	case CMD_REMOVE:
		if (s->pos.sel >= s->n)
			return (R_NONE);
		snprintf(s->target, sizeof s->target, "%s",
		    s->v[s->pos.sel].name);
		confirm_open(app, "Delete this saved formulation?",
		    "y delete   n keep it", remove_answer);
		return (R_REDRAW);
	default:
		if (w_list_key(&s->pos, s->n, h - 4, cmd))
			return (R_REDRAW);
		return (R_NONE);
	}
}

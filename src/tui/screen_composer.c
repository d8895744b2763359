/*
 * The composer, the home screen: the patient line, the components, the
 * plan and the findings, re-checked on every change.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/finding_text.h"
#include "io/json_report.h"
#include "tui/app.h"
#include "tui/input.h"

struct layout {
	int	comp_y, comp_h;		/* rows of component entries */
	int	plan_y;
	int	find_y, find_h;
	int	left_w, right_x, right_w;
};

static void	composer_layout(const struct app *, struct layout *);
static void	draw_title(struct app *);
static void	draw_patient(struct app *);
static void	draw_components(struct app *, const struct layout *);
static void	draw_plan(struct app *, const struct layout *);
static void	draw_findings(struct app *, const struct layout *);
static void	finding_head(const struct finding *, char *, size_t);
static int	findings_fit(const struct app *, int, int);
static const struct plan_component *plan_of(const struct app *, size_t);
static void	fmt_strength(const struct component *, char *, size_t);
static void	fmt_amount(const struct component *, char *, size_t);
static void	codes_text(char *, size_t, const char (*)[CODE_LEN], size_t);
static int	amount_done(struct app *, const char *);
static int	strength_done(struct app *, const char *);
static int	surface_done(struct app *, const char *);
static int	spacing_done(struct app *, const char *);
static int	volume_done(struct app *, const char *);
static int	total_done(struct app *, const char *);
static int	name_done(struct app *, const char *);
static int	area_pick(struct app *, const char *);
static int	technique_pick(struct app *, const char *);
static int	syringe_pick(struct app *, const char *);
static int	quit_answer(struct app *, int);
static int	quit_save_done(struct app *, const char *);
static int	new_answer(struct app *, int);
static void	open_vocabulary(struct app *, const char *, const char *,
		    pick_fn, const char *);
static void	finding_detail(struct app *);
static void	edit_amount(struct app *);

static void
composer_layout(const struct app *app, struct layout *l)
{
	int	avail, want, top = 2, bottom = app->rows - 3;

	memset(l, 0, sizeof *l);
	l->left_w = app->cols;
	if (app->cols >= 130) {
		/* Room beside: the findings take a column of their own. */
		l->left_w = app->cols * 55 / 100 > 80 ? app->cols * 55 / 100 :
		    80;
		l->right_x = l->left_w + 1;
		l->right_w = app->cols - l->right_x;
		l->comp_y = top + 1;
		want = app->c.ncomponents > 0 ? (int)app->c.ncomponents : 1;
		if (want > bottom - top - 4)
			want = bottom - top - 4;
		l->comp_h = want;
		l->plan_y = l->comp_y + l->comp_h + 1;
		l->find_y = top + 1;
		l->find_h = bottom - top;
		return;
	}
	l->right_x = 0;
	l->right_w = app->cols;
	avail = bottom - top + 1;		/* rows for the three panes */
	want = app->c.ncomponents > 0 ? (int)app->c.ncomponents : 1;
	/* Headers: components, plan (+2 lines), findings. */
	if (want > (avail - 3 - 2) / 2)
		want = (avail - 3 - 2) / 2;
	if (want > (avail - 3 - 2) - 3 && avail - 3 - 2 - 3 > 0)
		want = avail - 3 - 2 - 3;
	if (want < 1)
		want = 1;
	l->comp_y = top + 1;
	l->comp_h = want;
	l->plan_y = l->comp_y + l->comp_h;
	l->find_y = l->plan_y + 3 + 1;
	l->find_h = bottom - l->find_y + 1;
	if (l->find_h < 1)
		l->find_h = 1;
}

static const struct plan_component *
plan_of(const struct app *app, size_t i)
{
	size_t	k;

	if (app->check != CHECK_OK)
		return (NULL);
	for (k = 0; k < app->plan.ncomponents; k++)
		if (app->plan.components[k].index == i)
			return (&app->plan.components[k]);
	return (NULL);
}

static void
fmt_strength(const struct component *cp, char *buf, size_t len)
{
	char	 b[48];
	size_t	 i;

	buf[0] = '\0';
	if (!cp->is_product) {
		if (cp->given_strength < 0) {
			snprintf(buf, len, "? per mL");
			return;
		}
		snprintf(buf, len, "%s %s/mL", report_fmt_conc(b, sizeof b,
		    cp->given_strength * 1000, cp->given_unit),
		    cp->given_unit == UNIT_MU ? "units" : "mg");
		return;
	}
	for (i = 0; i < cp->ncontents; i++) {
		if (!cp->contents[i].active || cp->contents[i].strength < 0)
			continue;
		snprintf(buf, len, "%s %s/mL", report_fmt_conc(b, sizeof b,
		    cp->contents[i].strength * 1000, cp->contents[i].unit),
		    cp->contents[i].unit == UNIT_MU ? "units" : "mg");
		return;
	}
}

static void
fmt_amount(const struct component *cp, char *buf, size_t len)
{
	char	b[48];

	if (cp->parts > 0)
		snprintf(buf, len, "%s part%s", units_fmt(b, sizeof b,
		    cp->parts, 1000, 3), cp->parts == 1000 ? "" : "s");
	else if (cp->volume_ul >= 0)
		snprintf(buf, len, "%s mL", units_fmt_ml(b, sizeof b,
		    cp->volume_ul));
	else
		snprintf(buf, len, "?");
}

static void
codes_text(char *buf, size_t len, const char (*list)[CODE_LEN], size_t n)
{
	size_t	i, used = 0;
	int	w;

	snprintf(buf, len, "-");
	for (i = 0; i < n && used < len; i++) {
		w = snprintf(buf + used, len - used, "%s%s", i ? "," : "",
		    list[i]);
		if (w < 0)
			break;
		used += (size_t)w;
	}
}

static void
draw_title(struct app *app)
{
	char	 left[384], right[64];
	int	 v, role = CR_TITLE, rw;

	snprintf(left, sizeof left, " mesomix  %s%s%s%s%s",
	    app->c.name[0] ? app->c.name : "(untitled)",
	    app->c.indication[0] ? "  [" : "", app->c.indication,
	    app->c.indication[0] ? "]" : "",
	    app->dirty ? "  *unsaved" : app->formulation[0] ? "  saved" : "");
	w_put(0, 0, app->cols, CR_TITLE, left);
	v = app->checked && app->check == CHECK_OK ?
	    findings_verdict(&app->findings) : -2;
	if (app->c.ncomponents == 0)
		snprintf(right, sizeof right, " empty ");
	else if (v == -2)
		snprintf(right, sizeof right, " not checked ");
	else if (v == SEV_BLOCK || v == SEV_CAUTION) {
		snprintf(right, sizeof right, " %s %s ",
		    severity_glyph((enum severity)v),
		    severity_word((enum severity)v));
		role = v == SEV_BLOCK ? CR_BLOCK : CR_CAUTION;
	} else {
		snprintf(right, sizeof right, " OK ");
		role = CR_OK;
	}
	rw = (int)strlen(right);
	w_put(0, app->cols - rw, rw, role, right);
}

static void
draw_patient(struct app *app)
{
	const struct patient	*p = &app->c.patient;
	char			 line[1280], a[384], c[384], m[384], w[32];
	char			 age[16];

	if (!app->c.has_patient) {
		w_put(1, 0, app->cols, CR_DIM,
		    " Patient: none (p to enter one, P to find a saved one)");
		return;
	}
	codes_text(a, sizeof a, p->allergies, p->nallergies);
	codes_text(c, sizeof c, p->conditions, p->nconditions);
	codes_text(m, sizeof m, p->medications, p->nmedications);
	if (p->weight_g > 0) {
		units_fmt(w, sizeof w, p->weight_g, 1000, 1);
		strncat(w, " kg", sizeof w - strlen(w) - 1);
	} else
		snprintf(w, sizeof w, "? kg");
	if (p->age >= 0)
		snprintf(age, sizeof age, "%d y", p->age);
	else
		snprintf(age, sizeof age, "age ?");
	snprintf(line, sizeof line, " %s%s%s  %s  %s  %s  "
	    "allergies: %s  conditions: %s  meds: %s",
	    p->id[0] ? p->id : "(no id)", p->name[0] ? " " : "", p->name,
	    age, p->sex[0] ? p->sex : "sex ?", w, a, c, m);
	w_put(1, 0, app->cols, CR_NORMAL, line);
}

static void
draw_components(struct app *app, const struct layout *l)
{
	const struct component		*cp;
	const struct plan_component	*pc;
	const struct plan_dose		*d;
	char				 row[512], st[48], am[48], pl[48];
	char				 ms[48], b[48];
	int				 namew, w = l->left_w, y, sel;
	size_t				 i;

	namew = w - 4 - 13 - 12 - 11 - 13 - 1;
	if (namew < 12)
		namew = 12;
	snprintf(row, sizeof row, " %-2s %-*.*s %12s %11s %10s %12s", "#",
	    namew, namew, "Component", "Strength", "Amount", "Planned",
	    "Mass");
	w_put(l->comp_y - 1, 0, w, CR_HEADER, row);
	if (app->c.ncomponents == 0) {
		w_put(l->comp_y, 0, w, CR_DIM, "  no components: a to add "
		    "one, i to start from an indication");
		return;
	}
	w_list_fix(&app->comp, app->c.ncomponents, l->comp_h);
	for (i = app->comp.top, y = l->comp_y; i < app->c.ncomponents &&
	    y < l->comp_y + l->comp_h; i++, y++) {
		char	name[256];

		cp = &app->c.components[i];
		fmt_strength(cp, st, sizeof st);
		fmt_amount(cp, am, sizeof am);
		pl[0] = ms[0] = '\0';
		if ((pc = plan_of(app, i)) != NULL) {
			snprintf(pl, sizeof pl, "%s mL", units_fmt_ml(b,
			    sizeof b, pc->volume_ul));
			d = report_main_dose(pc);
			if (d != NULL && d->known)
				snprintf(ms, sizeof ms, "%s %s",
				    report_fmt_amount(b, sizeof b, d->amount,
				    d->unit), d->unit == UNIT_MU ? "units" :
				    "mg");
			else if (d != NULL)
				snprintf(ms, sizeof ms, "?");
		}
		if (namew >= 40 && cp->name[0] != '\0')
			snprintf(name, sizeof name, "%s  %s", cp->code,
			    cp->name);
		else
			snprintf(name, sizeof name, "%s", cp->code);
		sel = app->pane == 0 && i == app->comp.sel && tui_top(app) ==
		    SCR_COMPOSER;
		/* Cut the name by columns, then the figures at fixed places. */
		snprintf(row, sizeof row, "%c%2zu ", i == app->comp.sel ? '>' :
		    ' ', i + 1);
		w_put(y, 0, 4, sel ? CR_SELECTED : CR_NORMAL, row);
		w_put(y, 4, namew, sel ? CR_SELECTED : CR_NORMAL, name);
		snprintf(row, sizeof row, " %12.12s %11.11s %10.10s %12.12s",
		    st, am, pl, ms);
		w_put(y, 4 + namew, w - 4 - namew, sel ? CR_SELECTED :
		    CR_NORMAL, row);
	}
}

static void
draw_plan(struct app *app, const struct layout *l)
{
	const struct plan	*p = &app->plan;
	const struct cocktail	*c = &app->c;
	char			 a[256], b[256], b1[32], b2[32], b3[32];
	int			 w = l->left_w;

	snprintf(a, sizeof a, " Plan: area %s, technique %s",
	    c->area[0] ? c->area : "-", c->technique[0] ? c->technique : "-");
	w_put(l->plan_y, 0, w, CR_HEADER, a);
	a[0] = b[0] = '\0';
	if (app->check != CHECK_OK) {
		snprintf(a, sizeof a, "  not planned: the composition is "
		    "incomplete (see the findings)");
	} else if (p->has_geometry) {
		switch (p->geometry) {
		case GEO_GRID:
			snprintf(a, sizeof a, "  surface %lld cm2, spacing %s "
			    "mm, %s mL/point -> %lld points",
			    (long long)p->surface_cm2, units_fmt(b1,
			    sizeof b1, p->spacing_um, 1000, 3),
			    units_fmt_ml(b2, sizeof b2,
			    p->volume_per_point_ul), (long long)p->points);
			break;
		case GEO_LINEAR:
			snprintf(a, sizeof a, "  %lld threads of %s cm, %s "
			    "mL/cm", (long long)p->threads, units_fmt(b1,
			    sizeof b1, p->thread_length_mm, 10, 1),
			    units_fmt_ml(b2, sizeof b2, p->volume_per_cm_ul));
			break;
		case GEO_SURFACE:
			snprintf(a, sizeof a, "  surface %lld cm2, %s mL/cm2",
			    (long long)p->surface_cm2, units_fmt_ml(b1,
			    sizeof b1, p->volume_per_cm2_ul));
			break;
		}
	} else if (c->area[0] == '\0' && c->technique[0] == '\0')
		snprintf(a, sizeof a, "  no area and technique (A, T): the "
		    "volumes are as given");
	else
		snprintf(a, sizeof a, "  pick the %s (%s) to plan",
		    c->area[0] ? "technique" : "area",
		    c->area[0] ? "T" : "A");
	if (app->check == CHECK_OK && c->ncomponents > 0 &&
	    p->syringe_capacity_ul > 0)
		snprintf(b, sizeof b, "  total %s mL (needed %s mL), %lld "
		    "syringe%s of %s mL%s%s%s", units_fmt_ml(b1, sizeof b1,
		    p->total_ul), units_fmt_ml(b2, sizeof b2, p->needed_ul),
		    (long long)p->syringes, p->syringes == 1 ? "" : "s",
		    units_fmt_ml(b3, sizeof b3, p->syringe_capacity_ul),
		    p->syringe[0] ? " (" : "", p->syringe,
		    p->syringe[0] ? ")" : "");
	else if (app->check == CHECK_OK && c->ncomponents > 0)
		snprintf(b, sizeof b, "  total %s mL (needed %s mL)",
		    units_fmt_ml(b1, sizeof b1, p->total_ul),
		    units_fmt_ml(b2, sizeof b2, p->needed_ul));
	w_put(l->plan_y + 1, 0, w, CR_NORMAL, a);
	w_put(l->plan_y + 2, 0, w, CR_NORMAL, b);
}

static void
finding_head(const struct finding *f, char *buf, size_t len)
{
	size_t	j, used = 0;
	int	n;

	buf[0] = '\0';
	for (j = 0; j < f->ncodes && used < len; j++) {
		n = snprintf(buf + used, len - used, "%s%s", j ? " + " : "",
		    f->codes[j]);
		if (n < 0)
			break;
		used += (size_t)n;
	}
}

/* Do all the findings fit in rows when their messages are wrapped? */
static int
findings_fit(const struct app *app, int width, int rows)
{
	char	**lines, msg[2048];
	size_t	  i, n, need = 0;

	if (app->findings.n * 2 > (size_t)rows)
		return (0);
	for (i = 0; i < app->findings.n; i++) {
		lines = NULL;
		n = 0;
		w_wrap(finding_text(&app->findings.v[i], FT_PERSON, msg,
		    sizeof msg), width - 4, &lines, &n);
		w_free_lines(lines, n);
		need += 1 + n;
		if (need > (size_t)rows)
			return (0);
	}
	return (1);
}

static void
draw_findings(struct app *app, const struct layout *l)
{
	const struct finding	*f;
	char			 head[128], line[1024], codes[300], **lines;
	char			 msg[2048];
	size_t			 i, j, n, cnt[3] = { 0, 0, 0 };
	int			 y, role, sel, wrap, x = l->right_x, w = l->right_w;

	for (i = 0; i < app->findings.n; i++)
		cnt[app->findings.v[i].severity]++;
	if (app->check == CHECK_OK)
		snprintf(head, sizeof head, " Findings: %zu block, %zu "
		    "caution, %zu info", cnt[SEV_BLOCK], cnt[SEV_CAUTION],
		    cnt[SEV_INFO]);
	else
		snprintf(head, sizeof head, " Findings");
	w_put(l->find_y - 1, x, w, CR_HEADER, head);
	if (app->c.ncomponents == 0 && !app->c.has_patient)
		return;
	if (app->check != CHECK_OK) {
		snprintf(line, sizeof line, "not checked: %s%s%s",
		    app->cerr.field, app->cerr.field[0] ? ": " : "",
		    app->cerr.message);
		lines = NULL;
		n = 0;
		w_wrap(line, w - 4, &lines, &n);
		for (j = 0; j < n && (int)j < l->find_h; j++)
			w_put(l->find_y + (int)j, x + 2, w - 2, CR_ERROR,
			    lines[j]);
		w_free_lines(lines, n);
		return;
	}
	if (app->findings.n == 0) {
		w_put(l->find_y, x, w, CR_OK, "  no finding");
		return;
	}
	wrap = findings_fit(app, w, l->find_h);
	w_list_fix(&app->find, app->findings.n, wrap ? (int)app->findings.n :
	    l->find_h);
	for (i = app->find.top, y = l->find_y; i < app->findings.n &&
	    y < l->find_y + l->find_h; i++) {
		f = &app->findings.v[i];
		finding_text(f, FT_PERSON, msg, sizeof msg);
		finding_head(f, codes, sizeof codes);
		snprintf(line, sizeof line, "%s%s %-7s %s%s%s%s",
		    app->pane == 1 && i == app->find.sel ? ">" : " ",
		    severity_glyph(f->severity), severity_word(f->severity),
		    kind_name(f->kind), codes[0] ? " [" : "", codes,
		    codes[0] ? "]" : "");
		if (!wrap)
			snprintf(line + strlen(line), sizeof line -
			    strlen(line), ": %s", msg);
		role = f->severity == SEV_BLOCK ? CR_BLOCK :
		    f->severity == SEV_CAUTION ? CR_CAUTION : CR_INFO;
		sel = app->pane == 1 && i == app->find.sel &&
		    tui_top(app) == SCR_COMPOSER;
		w_put(y++, x, w, sel ? CR_SELECTED : role, line);
		if (!wrap)
			continue;
		/* Room enough: the whole message, under its head. */
		lines = NULL;
		n = 0;
		w_wrap(msg, w - 4, &lines, &n);
		for (j = 0; j < n && y < l->find_y + l->find_h; j++)
			w_put(y++, x + 3, w - 3, CR_NORMAL, lines[j]);
		w_free_lines(lines, n);
	}
}

void
composer_draw(struct app *app)
{
	struct layout	l;

	composer_layout(app, &l);
	draw_title(app);
	draw_patient(app);
	draw_components(app, &l);
	draw_plan(app, &l);
	draw_findings(app, &l);
}

/* Handlers -------------------------------------------------------------- */

static int
amount_done(struct app *app, const char *text)
{
	struct component	*cp;
	int64_t			 vol;
	int			 parts, is_parts;
	size_t			 i = app->prompt.component;

	if (i >= app->c.ncomponents)
		return (R_REDRAW);
	cp = &app->c.components[i];
	is_parts = cp->parts > 0;
	if (input_amount(text, is_parts, &vol, &parts, app->prompt.err,
	    sizeof app->prompt.err) != 0)
		return (-1);
	cp->volume_ul = vol;
	cp->parts = parts;
	return (R_CHANGED);
}

static int
strength_done(struct app *app, const char *text)
{
	struct component	*cp;
	int64_t			 s;
	enum unit		 u;
	size_t			 i = app->prompt.component;

	if (i >= app->c.ncomponents)
		return (R_REDRAW);
	cp = &app->c.components[i];
	if (input_strength(text, cp->given_strength >= 0 ? cp->given_unit :
	    UNIT_UG, &s, &u, app->prompt.err, sizeof app->prompt.err) != 0)
		return (-1);
	cp->given_strength = s;
	cp->given_unit = s >= 0 ? u : UNIT_NONE;
	return (R_CHANGED);
}

static int
surface_done(struct app *app, const char *text)
{
	if (input_figure(text, 0, 30000, &app->c.surface_cm2,
	    app->prompt.err, sizeof app->prompt.err) != 0)
		return (-1);
	return (R_CHANGED);
}

static int
spacing_done(struct app *app, const char *text)
{
	if (input_figure(text, 3, 100000, &app->c.spacing_um,
	    app->prompt.err, sizeof app->prompt.err) != 0)
		return (-1);
	return (R_CHANGED);
}

static int
volume_done(struct app *app, const char *text)
{
	if (input_figure(text, 3, 5000, &app->c.volume_per_point_ul,
	    app->prompt.err, sizeof app->prompt.err) != 0)
		return (-1);
	return (R_CHANGED);
}

static int
total_done(struct app *app, const char *text)
{
	if (input_figure(text, 3, 1000000, &app->c.total_ul,
	    app->prompt.err, sizeof app->prompt.err) != 0)
		return (-1);
	return (R_CHANGED);
}

static int
name_done(struct app *app, const char *text)
{
	if (strlen(text) >= sizeof app->c.name) {
		snprintf(app->prompt.err, sizeof app->prompt.err, "too long");
		return (-1);
	}
	snprintf(app->c.name, sizeof app->c.name, "%s", text);
	return (R_CHANGED);
}

static int
area_pick(struct app *app, const char *code)
{
	snprintf(app->c.area, sizeof app->c.area, "%s", code);
	return (R_CHANGED);
}

static int
technique_pick(struct app *app, const char *code)
{
	snprintf(app->c.technique, sizeof app->c.technique, "%s", code);
	return (R_CHANGED);
}

static int
syringe_pick(struct app *app, const char *code)
{
	int64_t	ul;

	if (code[0] == '\0') {
		app->c.syringe_ul = -1;
		return (R_CHANGED);
	}
	if (store_syringe_capacity(app->db, code, &ul) != 0) {
		tui_status(app, CR_ERROR, "syringe %s: %s", code,
		    app->db->err);
		return (R_REDRAW);
	}
	app->c.syringe_ul = ul;
	return (R_CHANGED);
}

/* A picker over a vocabulary table, with a first entry that clears. */
static void
open_vocabulary(struct app *app, const char *table, const char *title,
    pick_fn fn, const char *none)
{
	struct code_name	*v, *all;
	size_t			 n;

	if (store_vocabulary(app->db, table, &v, &n) != 0) {
		tui_status(app, CR_ERROR, "%s: %s", table, app->db->err);
		free(v);
		return;
	}
	all = calloc(n + 1, sizeof *all);
	if (all == NULL) {
		free(v);
		return;
	}
	snprintf(all[0].code, sizeof all[0].code, "%s", "");
	snprintf(all[0].name, sizeof all[0].name, "%s", none);
	if (n > 0)
		memcpy(all + 1, v, n * sizeof *v);
	free(v);
	picker_open_list(app, title, all, n + 1, fn);
}

static void
edit_amount(struct app *app)
{
	struct component	*cp;
	char			 b[48], cur[64];

	if (app->c.ncomponents == 0) {
		tui_status(app, CR_STATUS, "no component yet: a to add one");
		return;
	}
	cp = &app->c.components[app->comp.sel];
	if (cp->parts > 0)
		snprintf(cur, sizeof cur, "%sp", units_fmt(b, sizeof b,
		    cp->parts, 1000, 3));
	else
		snprintf(cur, sizeof cur, "%s ml", units_fmt_ml(b, sizeof b,
		    cp->volume_ul >= 0 ? cp->volume_ul : 0));
	prompt_open(app, "Amount", "0.5 = 0.5 mL, 2p = 2 parts of what "
	    "the plan leaves", cur, amount_done);
	app->prompt.component = app->comp.sel;
}

static void
finding_detail(struct app *app)
{
	const struct finding	*f;
	char			 title[128], *text, msg[2048];
	size_t			 j, len, used;

	if (app->check != CHECK_OK || app->findings.n == 0)
		return;
	f = &app->findings.v[app->find.sel];
	finding_text(f, FT_PERSON, msg, sizeof msg);
	snprintf(title, sizeof title, "%s %s: %s",
	    severity_glyph(f->severity), severity_word(f->severity),
	    kind_name(f->kind));
	len = strlen(msg) + strlen(f->source) + 64 +
	    f->ncodes * (CODE_LEN + 3);
	if ((text = malloc(len)) == NULL)
		return;
	used = (size_t)snprintf(text, len, "%s\n\nConcerns: ", msg);
	for (j = 0; j < f->ncodes; j++)
		used += (size_t)snprintf(text + used, len - used, "%s%s",
		    j ? ", " : "", f->codes[j]);
	if (f->ncodes == 0)
		used += (size_t)snprintf(text + used, len - used, "the mix");
	snprintf(text + used, len - used, "\n\nSource: %s", f->source[0] ?
	    f->source : "(the plan: computed by mesomix)");
	pager_open(app, title, text);
	free(text);
}

static int
quit_save_done(struct app *app, const char *name)
{
	int	r = formulations_save_as(app, name);

	if (r < 0)
		return (r);
	return (r | R_QUIT);
}

static int
quit_answer(struct app *app, int answer)
{
	char	def[256];

	switch (answer) {
	case CMD_YES:
		snprintf(def, sizeof def, "%s", app->formulation[0] ?
		    app->formulation : app->c.name);
		prompt_open(app, "Save as", "the formulation's name; Esc goes "
		    "back", def, quit_save_done);
		return (R_REDRAW);
	case CMD_NO:
		return (R_CLEAN | R_QUIT);
	default:
		return (R_REDRAW);
	}
}

int
composer_quit(struct app *app)
{
	if (!app->dirty || (app->c.ncomponents == 0 && !app->c.has_patient))
		return (R_CLEAN | R_QUIT);
	confirm_open(app, "Save the changes before quitting?",
	    "y save   n discard   Esc keep editing", quit_answer);
	return (R_REDRAW);
}

void
composer_new(struct app *app)
{
	cocktail_init(&app->c);
	app->formulation[0] = '\0';
	app->comp.sel = app->comp.top = 0;
	app->find.sel = app->find.top = 0;
	app->pane = 0;
}

static int
new_answer(struct app *app, int answer)
{
	if (answer != CMD_YES)
		return (R_REDRAW);
	composer_new(app);
	return (R_CLEAN);
}

int
composer_key(struct app *app, enum cmd cmd, wint_t ch, int text)
{
	struct component	*cp;
	char			 b[48];

	(void)ch;
	(void)text;
	switch (cmd) {
	case CMD_HELP:
		help_open(app);
		return (R_REDRAW);
	case CMD_QUIT:
		return (composer_quit(app));
	case CMD_ADD:
		if (app->c.ncomponents >= COCKTAIL_MAX_COMPONENTS) {
			tui_status(app, CR_ERROR, "at most %d components",
			    COCKTAIL_MAX_COMPONENTS);
			return (R_REDRAW);
		}
		search_open(app);
		return (R_REDRAW);
	case CMD_INDICATION:
		indication_open(app);
		return (R_REDRAW);
	case CMD_PATIENT:
		patient_open(app);
		return (R_REDRAW);
	case CMD_PATIENT_FIND:
		patient_find_open(app, 0);
		return (R_REDRAW);
	case CMD_AMOUNT:
		edit_amount(app);
		return (R_REDRAW);
	case CMD_OPEN_ITEM:
		if (app->pane == 1)
			finding_detail(app);
		else
			edit_amount(app);
		return (R_REDRAW);
	case CMD_STRENGTH:
		if (app->c.ncomponents == 0)
			return (R_REDRAW);
		cp = &app->c.components[app->comp.sel];
		if (cp->is_product) {
			tui_status(app, CR_STATUS, "%s is a product: it "
			    "brings its own strength", cp->code);
			return (R_REDRAW);
		}
		if (cp->given_strength >= 0)
			snprintf(b, sizeof b, "%s %s", report_fmt_conc(b,
			    sizeof b, cp->given_strength * 1000,
			    cp->given_unit), cp->given_unit == UNIT_MU ?
			    "units" : "mg");
		else
			b[0] = '\0';
		prompt_open(app, "Strength per mL", "10 mg, 500 mcg or 150 "
		    "units; empty: unknown", b, strength_done);
		app->prompt.component = app->comp.sel;
		return (R_REDRAW);
	case CMD_DELETE:
		if (app->c.ncomponents == 0)
			return (R_REDRAW);
		tui_status(app, CR_STATUS, "removed %s",
		    app->c.components[app->comp.sel].code);
		cocktail_remove(&app->c, app->comp.sel);
		return (R_CHANGED);
	case CMD_NEXT_PANE:
		app->pane = !app->pane;
		return (R_REDRAW);
	case CMD_UP:
		if (app->pane == 0 && app->comp.sel > 0)
			app->comp.sel--;
		else if (app->pane == 1 && app->find.sel > 0)
			app->find.sel--;
		return (R_REDRAW);
	case CMD_DOWN:
		if (app->pane == 0 && app->comp.sel + 1 < app->c.ncomponents)
			app->comp.sel++;
		else if (app->pane == 1 && app->find.sel + 1 <
		    app->findings.n)
			app->find.sel++;
		return (R_REDRAW);
	case CMD_AREA:
		open_vocabulary(app, "area", "Area", area_pick,
		    "(none: no plan)");
		return (R_REDRAW);
	case CMD_TECHNIQUE:
		open_vocabulary(app, "technique", "Technique",
		    technique_pick, "(none: no plan)");
		return (R_REDRAW);
	case CMD_SYRINGE:
		open_vocabulary(app, "syringe", "Syringe", syringe_pick,
		    "(the plan's choice)");
		return (R_REDRAW);
	case CMD_SURFACE:
		b[0] = '\0';
		if (app->c.surface_cm2 > 0)
			snprintf(b, sizeof b, "%lld",
			    (long long)app->c.surface_cm2);
		prompt_open(app, "Surface (cm2)", "empty: the area's "
		    "surface", b, surface_done);
		return (R_REDRAW);
	case CMD_SPACING:
		b[0] = '\0';
		if (app->c.spacing_um > 0)
			units_fmt(b, sizeof b, app->c.spacing_um, 1000, 3);
		prompt_open(app, "Spacing between points (mm)", "empty: the "
		    "technique's spacing", b, spacing_done);
		return (R_REDRAW);
	case CMD_VOLUME:
		b[0] = '\0';
		if (app->c.volume_per_point_ul > 0)
			units_fmt_ml(b, sizeof b, app->c.volume_per_point_ul);
		prompt_open(app, "Volume per point (mL)", "empty: the "
		    "technique's volume", b, volume_done);
		return (R_REDRAW);
	case CMD_TOTAL:
		b[0] = '\0';
		if (app->c.total_ul > 0)
			units_fmt_ml(b, sizeof b, app->c.total_ul);
		prompt_open(app, "Total volume (mL)", "for a mix without area "
		    "and technique; empty: none", b, total_done);
		return (R_REDRAW);
	case CMD_NAME:
		prompt_open(app, "Name", "the composition's name", app->c.name,
		    name_done);
		return (R_REDRAW);
	case CMD_SAVE:
		prompt_open(app, "Save as", "the formulation's name",
		    app->formulation[0] ? app->formulation : app->c.name,
		    formulations_save_as);
		return (R_REDRAW);
	case CMD_FORMULATIONS:
		formulations_open(app);
		return (R_REDRAW);
	case CMD_NEW:
		if (!app->dirty || (app->c.ncomponents == 0 &&
		    !app->c.has_patient)) {
			composer_new(app);
			return (R_CLEAN);
		}
		confirm_open(app, "Discard the unsaved composition and start "
		    "a new one?", "y discard   n keep it", new_answer);
		return (R_REDRAW);
	default:
		return (R_NONE);
	}
}

/*
 * The patient: a form with validation (age, weight range, known allergen,
 * condition and medication codes offered as choices), and saved patients
 * found and picked.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xmalloc.h"
#include "tui/app.h"
#include "tui/input.h"

#define PATIENT_FIND_MAX	500

enum field {
	F_ID, F_NAME, F_AGE, F_SEX, F_WEIGHT, F_ALLERGIES, F_CONDITIONS,
	F_MEDICATIONS
};

static const char *const field_labels[FORM_FIELDS] = {
	"Id", "Name", "Age (years)", "Sex", "Weight (kg)", "Allergies",
	"Conditions", "Medications"
};

static void	field_value(const struct patient *, int, char *, size_t);
static int	field_done(struct app *, const char *);
static int	allergy_check(struct app *, const char *);
static int	patient_picked(struct app *, const char *);
static void	patient_geometry(const struct app *, int *, int *, int *,
		    int *);
static void	join(char *, size_t, const char (*)[CODE_LEN], size_t);

static void
join(char *buf, size_t len, const char (*list)[CODE_LEN], size_t n)
{
	size_t	i, used = 0;
	int	w;

	buf[0] = '\0';
	for (i = 0; i < n && used < len; i++) {
		w = snprintf(buf + used, len - used, "%s%s", i ? ", " : "",
		    list[i]);
		if (w < 0)
			break;
		used += (size_t)w;
	}
}

static void
field_value(const struct patient *p, int f, char *buf, size_t len)
{
	buf[0] = '\0';
	switch (f) {
	case F_ID:
		snprintf(buf, len, "%s", p->id);
		break;
	case F_NAME:
		snprintf(buf, len, "%s", p->name);
		break;
	case F_AGE:
		if (p->age >= 0)
			snprintf(buf, len, "%d", p->age);
		break;
	case F_SEX:
		snprintf(buf, len, "%s", p->sex);
		break;
	case F_WEIGHT:
		if (p->weight_g > 0)
			units_fmt(buf, len, p->weight_g, 1000, 3);
		break;
	case F_ALLERGIES:
		join(buf, len, p->allergies, p->nallergies);
		break;
	case F_CONDITIONS:
		join(buf, len, p->conditions, p->nconditions);
		break;
	case F_MEDICATIONS:
		join(buf, len, p->medications, p->nmedications);
		break;
	}
}

static void
patient_geometry(const struct app *app, int *y, int *x, int *h, int *w)
{
	w_center(app->rows, app->cols, y, x, h, w, FORM_FIELDS + 6, 76);
}

void
patient_open(struct app *app)
{
	struct patient_state	*s = &app->pat;

	if (app->c.has_patient)
		s->p = app->c.patient;
	else
		patient_init(&s->p);
	s->field = 0;
	s->err[0] = '\0';
	tui_push(app, SCR_PATIENT);
}

void
patient_draw(struct app *app)
{
	struct patient_state	*s = &app->pat;
	char			 v[1024];
	int			 y, x, h, w, i;

	patient_geometry(app, &y, &x, &h, &w);
	w_box(y, x, h, w, "Patient");
	for (i = 0; i < FORM_FIELDS; i++) {
		field_value(&s->p, i, v, sizeof v);
		w_put(y + 1 + i, x + 2, 14, i == s->field ? CR_SELECTED :
		    CR_HEADER, field_labels[i]);
		w_put(y + 1 + i, x + 17, w - 19, i == s->field ? CR_SELECTED :
		    CR_POPUP, v[0] ? v : i == F_ALLERGIES || i == F_CONDITIONS ||
		    i == F_MEDICATIONS ? "none" : "-");
	}
	w_put(y + FORM_FIELDS + 2, x + 2, w - 4, s->err[0] ? CR_ERROR :
	    CR_DIM, s->err[0] ? s->err : "Enter edits; w puts the patient "
	    "in the composition and saves them (with an id)");
	w_put(y + FORM_FIELDS + 3, x + 2, w - 4, CR_DIM,
	    "f finds a saved patient; x takes the patient out; Esc cancels");
}

/* A text field from the line editor; -1 keeps the line open. */
static int
field_done(struct app *app, const char *text)
{
	struct patient	*p = &app->pat.p;
	char		*err = app->prompt.err;
	size_t		 errlen = sizeof app->prompt.err;
	int64_t		 v;

	switch (app->pat.field) {
	case F_ID:
		if (strlen(text) > 64) {
			snprintf(err, errlen, "an id has at most 64 bytes");
			return (-1);
		}
		snprintf(p->id, sizeof p->id, "%s", text);
		break;
	case F_NAME:
		if (strlen(text) >= sizeof p->name) {
			snprintf(err, errlen, "too long");
			return (-1);
		}
		snprintf(p->name, sizeof p->name, "%s", text);
		break;
	case F_AGE:
		if (text[0] == '\0') {
			p->age = -1;
			break;
		}
		if (input_figure(text, 0, 130, &v, err, errlen) != 0) {
			if (strcmp(text, "0") != 0)
				return (-1);
			v = 0;
		}
		p->age = (int)v;
		break;
	case F_WEIGHT:
		if (text[0] == '\0') {
			p->weight_g = -1;
			break;
		}
		if (input_figure(text, 3, 400000, &v, err, errlen) != 0 ||
		    v < 1000) {
			snprintf(err, errlen, "a weight from 1 to 400 kg");
			return (-1);
		}
		p->weight_g = v;
		break;
	}
	app->pat.err[0] = '\0';
	return (R_REDRAW);
}

/* A typed allergy code not in the list: known to the formulary? */
static int
allergy_check(struct app *app, const char *code)
{
	char	canon[CODE_LEN];

	if (store_allergy_canonical(app->db, code, canon, sizeof canon) != 0) {
		tui_status(app, CR_ERROR, "%s", app->db->err);
		return (-1);
	}
	if (canon[0] == '\0') {
		tui_status(app, CR_ERROR, "'%s' is neither an allergen class "
		    "nor an ingredient code", code);
		return (-1);
	}
	return (0);
}

/* A saved patient picked: into the form, or into the composition. */
static int
patient_picked(struct app *app, const char *id)
{
	struct patient	p;
	int		rc;

	rc = store_patient_load(app->db, id, &p);
	if (rc != 0) {
		tui_status(app, CR_ERROR, "patient %s: %s", id, rc > 0 ?
		    "not found" : app->db->err);
		return (R_REDRAW);
	}
	if (tui_top(app) == SCR_PATIENT) {
		app->pat.p = p;
		app->pat.err[0] = '\0';
		return (R_REDRAW);
	}
	app->c.patient = p;
	app->c.has_patient = 1;
	tui_status(app, CR_OK, "patient %s", id);
	return (R_CHANGED);
}

/* Saved patients in a picker; into the form when from the form. */
void
patient_find_open(struct app *app, int from_form)
{
	struct patient		*v;
	struct code_name	*items;
	char			 w[32], age[16];
	int			 n, i;

	(void)from_form;
	v = xreallocarray(NULL, PATIENT_FIND_MAX, sizeof *v);
	if ((n = store_patient_find(app->db, "", v, PATIENT_FIND_MAX)) < 0) {
		tui_status(app, CR_ERROR, "patients: %s", app->db->err);
		free(v);
		return;
	}
	if (n == 0) {
		tui_status(app, CR_STATUS, "no saved patient yet: p, then w "
		    "with an id, saves one");
		free(v);
		return;
	}
	items = xreallocarray(NULL, (size_t)n, sizeof *items);
	for (i = 0; i < n; i++) {
		snprintf(items[i].code, sizeof items[i].code, "%s", v[i].id);
		w[0] = '\0';
		if (v[i].weight_g > 0) {
			units_fmt(w, sizeof w, v[i].weight_g, 1000, 1);
			strncat(w, " kg", sizeof w - strlen(w) - 1);
		}
		age[0] = '\0';
		if (v[i].age >= 0)
			snprintf(age, sizeof age, ", %d y", v[i].age);
		snprintf(items[i].name, sizeof items[i].name, "%.60s%s%s%s %s",
		    v[i].name, age, v[i].sex[0] ? ", " : "", v[i].sex, w);
	}
	free(v);
	picker_open_list(app, "Saved patients", items, (size_t)n,
	    patient_picked);
}

int
patient_key(struct app *app, enum cmd cmd, wint_t ch, int text)
{
	static const char *const sexes[] = { "", "female", "male", "other" };
	struct patient_state	*s = &app->pat;
	struct patient		*p = &s->p;
	char			 v[1024];
	size_t			 i;

	(void)ch;
	(void)text;
	switch (cmd) {
	case CMD_CLOSE:
		tui_pop(app);
		return (R_REDRAW);
	case CMD_UP:
		if (s->field > 0)
			s->field--;
		return (R_REDRAW);
	case CMD_DOWN:
		if (s->field + 1 < FORM_FIELDS)
			s->field++;
		return (R_REDRAW);
	case CMD_FIELD_CLEAR:
		switch (s->field) {
		case F_ID:
			p->id[0] = '\0';
			break;
		case F_NAME:
			p->name[0] = '\0';
			break;
		case F_AGE:
			p->age = -1;
			break;
		case F_SEX:
			p->sex[0] = '\0';
			break;
		case F_WEIGHT:
			p->weight_g = -1;
			break;
		case F_ALLERGIES:
			p->nallergies = 0;
			break;
		case F_CONDITIONS:
			p->nconditions = 0;
			break;
		case F_MEDICATIONS:
			p->nmedications = 0;
			break;
		}
		return (R_REDRAW);
	case CMD_FIELD_EDIT:
		switch (s->field) {
		case F_SEX:
			for (i = 0; i < 4; i++)
				if (strcmp(p->sex, sexes[i]) == 0)
					break;
			snprintf(p->sex, sizeof p->sex, "%s",
			    sexes[(i + 1) % 4]);
			return (R_REDRAW);
		case F_ALLERGIES:
			picker_open(app, "Allergies: allergen classes (or an "
			    "ingredient code)", "allergen_class",
			    allergy_check, p->allergies, &p->nallergies);
			return (R_REDRAW);
		case F_CONDITIONS:
			picker_open(app, "Conditions", "condition", NULL,
			    p->conditions, &p->nconditions);
			return (R_REDRAW);
		case F_MEDICATIONS:
			picker_open(app, "Medications (classes)",
			    "medication_class", NULL, p->medications,
			    &p->nmedications);
			return (R_REDRAW);
		default:
			field_value(p, s->field, v, sizeof v);
			prompt_open(app, field_labels[s->field],
			    s->field == F_WEIGHT ? "in kg, 1 to 400" :
			    s->field == F_AGE ? "0 to 130" : "", v,
			    field_done);
			return (R_REDRAW);
		}
	case CMD_FORM_FIND:
		patient_find_open(app, 1);
		return (R_REDRAW);
	case CMD_FORM_NONE:
		tui_pop(app);
		if (!app->c.has_patient)
			return (R_REDRAW);
		app->c.has_patient = 0;
		patient_init(&app->c.patient);
		tui_status(app, CR_STATUS, "no patient in the composition");
		return (R_CHANGED);
	case CMD_SAVE:
		app->c.patient = *p;
		app->c.has_patient = 1;
		tui_pop(app);
		if (p->id[0] != '\0') {
			if (store_patient_save(app->db, p) != 0)
				tui_status(app, CR_ERROR, "patient not saved: "
				    "%s", app->db->err);
			else
				tui_status(app, CR_OK, "patient %s saved",
				    p->id);
		} else
			tui_status(app, CR_STATUS, "patient in the "
			    "composition (give an id to keep them)");
		return (R_CHANGED);
	default:
		return (R_NONE);
	}
}

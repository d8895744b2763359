/*
 * Small popups: a line to type (amounts, names, fields) and a question
 * with its choices.  Each calls back with what was typed or answered.
 */
#include "config.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "tui/app.h"

void
prompt_open(struct app *app, const char *title, const char *help,
    const char *init, prompt_fn done)
{
	struct prompt_state	*s = &app->prompt;

	snprintf(s->title, sizeof s->title, "%s", title);
	snprintf(s->help, sizeof s->help, "%s", help != NULL ? help : "");
	le_set(&s->line, init);
	s->done = done;
	s->err[0] = '\0';
	s->component = (size_t)-1;
	tui_push(app, SCR_PROMPT);
}

void
prompt_draw(struct app *app)
{
	struct prompt_state	*s = &app->prompt;
	int			 y, x, h, w;

	w_center(app->rows, app->cols, &y, &x, &h, &w, 6, 70);
	w_box(y, x, h, w, s->title);
	w_put(y + 1, x + 2, 2, CR_HEADER, ">");
	le_draw(&s->line, y + 1, x + 4, w - 6, 1);
	w_put(y + 2, x + 2, w - 4, CR_DIM, s->help);
	w_put(y + 3, x + 2, w - 4, CR_ERROR, s->err);
	w_put(y + 4, x + 2, w - 4, CR_DIM, "Enter accepts, Esc cancels");
}

int
prompt_key(struct app *app, enum cmd cmd, wint_t ch, int text)
{
	struct prompt_state	*s = &app->prompt;
	char			 line[sizeof s->line.buf];
	int			 r;

	if (cmd == CMD_NONE && text) {
		le_insert(&s->line, ch);
		return (R_REDRAW);
	}
	switch (cmd) {
	case CMD_CLOSE:
		tui_pop(app);
		return (R_REDRAW);
	case CMD_ACCEPT:
		memcpy(line, s->line.buf, sizeof line);
		/* Trim the blanks around what was typed. */
		{
			size_t	n = strlen(line), b = 0;

			while (n > 0 && line[n - 1] == ' ')
				line[--n] = '\0';
			while (line[b] == ' ')
				b++;
			memmove(line, line + b, n - b + 1);
		}
		s->err[0] = '\0';
		tui_pop(app);
		r = s->done(app, line);
		if (r < 0) {
			/* Not valid: the line stays open with the reason. */
			tui_push(app, SCR_PROMPT);
			return (R_REDRAW);
		}
		return (r | R_REDRAW);
	default:
		le_key(&s->line, cmd);
		return (R_REDRAW);
	}
}

void
confirm_open(struct app *app, const char *question, const char *choices,
    confirm_fn done)
{
	struct confirm_state	*s = &app->confirm;

	snprintf(s->question, sizeof s->question, "%s", question);
	snprintf(s->choices, sizeof s->choices, "%s", choices);
	s->done = done;
	tui_push(app, SCR_CONFIRM);
}

void
confirm_draw(struct app *app)
{
	struct confirm_state	*s = &app->confirm;
	int			 y, x, h, w;

	w_center(app->rows, app->cols, &y, &x, &h, &w, 5, 72);
	w_box(y, x, h, w, "Question");
	w_put(y + 1, x + 2, w - 4, CR_POPUP, s->question);
	w_put(y + 3, x + 2, w - 4, CR_HEADER, s->choices);
}

int
confirm_key(struct app *app, enum cmd cmd, wint_t ch, int text)
{
	struct confirm_state	*s = &app->confirm;

	(void)ch;
	(void)text;
	if (cmd != CMD_YES && cmd != CMD_NO && cmd != CMD_CLOSE)
		return (R_NONE);
	tui_pop(app);
	return (s->done(app, cmd) | R_REDRAW);
}

/*
 * The chairside composer: curses set-up and teardown, colours by role,
 * the main loop (the only place that paints), KEY_RESIZE and the
 * too-small screen, and the signals that save the draft and leave.
 */
#include "config.h"

#include <curses.h>
#include <errno.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/log.h"
#include "tui/app.h"
#include "tui/tui.h"

static volatile sig_atomic_t	tui_signal;
static int			tui_curses_on;
static int			role_attr[CR__COUNT];

static const struct {
	short	fg, bg;
	int	attr, mono;
} roles[] = {
#define X(id, fg, bg, attr, mono) { fg, bg, attr, mono },
	COLOR_ROLE_LIST
#undef X
};

static const struct {
	enum key_ctx	 ctx;
	void		(*draw)(struct app *);
	int		(*key)(struct app *, enum cmd, wint_t, int);
} screens[SCR__COUNT] = {
	[SCR_COMPOSER] = { KC_COMPOSER, composer_draw, composer_key },
	[SCR_SEARCH] = { KC_LIST, search_draw, search_key },
	[SCR_PICKER] = { KC_LIST, picker_draw, picker_key },
	[SCR_INDICATION] = { KC_LIST, indication_draw, indication_key },
	[SCR_PATIENT] = { KC_FORM, patient_draw, patient_key },
	[SCR_FORMULATIONS] = { KC_LIST, formulations_draw, formulations_key },
	[SCR_PROMPT] = { KC_EDIT, prompt_draw, prompt_key },
	[SCR_PAGER] = { KC_PAGER, pager_draw, pager_key },
	[SCR_CONFIRM] = { KC_CONFIRM, confirm_draw, confirm_key },
};

static void	tui_on_signal(int);
static void	tui_signals(void);
static void	tui_cleanup(void);
static void	tui_colors(struct app *);
static int	tui_keyname(int, wint_t, char *, size_t, int *);
static void	tui_paint(struct app *);
static void	tui_too_small(struct app *);
static void	tui_offer_draft(struct app *);
static int	tui_restore_done(struct app *, int);
static void	tui_react(struct app *, int);
static void	tui_free(struct app *);
static int	tui_input_waiting(void);

static void
tui_on_signal(int sig)
{
	int	saved = errno;

	tui_signal = sig;
	errno = saved;
}

static void
tui_signals(void)
{
	struct sigaction	sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = tui_on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: the read in wget_wch returns, the loop sees the flag. */
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
}

static void
tui_cleanup(void)
{
	if (tui_curses_on) {
		endwin();
		tui_curses_on = 0;
	}
}

long
tui_now_us(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((long)ts.tv_sec * 1000000L + ts.tv_nsec / 1000);
}

int
tui_attr(enum color_role r)
{
	return (r < CR__COUNT ? role_attr[r] : 0);
}

/* Colours by role; NO_COLOR or a terminal without colours: attributes only. */
static void
tui_colors(struct app *app)
{
	const char	*nc = getenv("NO_COLOR");
	short		 fg, bg;
	int		 i, defaults;

	app->mono = (nc != NULL && *nc != '\0') || !has_colors();
	if (!app->mono) {
		start_color();
		app->mono = COLORS < 8 || COLOR_PAIRS < CR__COUNT + 1;
	}
	if (app->mono) {
		for (i = 0; i < CR__COUNT; i++)
			role_attr[i] = roles[i].mono;
		return;
	}
	defaults = use_default_colors() == OK;
	for (i = 0; i < CR__COUNT; i++) {
		fg = roles[i].fg;
		bg = roles[i].bg;
		if (fg < 0 && bg < 0) {
			role_attr[i] = roles[i].attr;
			continue;
		}
		if (!defaults) {
			fg = fg < 0 ? COLOR_WHITE : fg;
			bg = bg < 0 ? COLOR_BLACK : bg;
		}
		init_pair((short)(i + 1), fg, bg);
		role_attr[i] = (int)COLOR_PAIR(i + 1) | roles[i].attr;
	}
}

void
tui_status(struct app *app, int role, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(app->status, sizeof app->status, fmt, ap);
	va_end(ap);
	app->status_role = role;
}

void
tui_push(struct app *app, enum screen_id s)
{
	if (app->depth < (int)(sizeof app->stack / sizeof app->stack[0]))
		app->stack[app->depth++] = s;
}

void
tui_pop(struct app *app)
{
	if (app->depth > 1)
		app->depth--;
}

enum screen_id
tui_top(const struct app *app)
{
	return (app->stack[app->depth - 1]);
}

/* Check the cocktail again: resolve, plan, findings. */
void
tui_recheck(struct app *app)
{
	long	t0 = tui_now_us();

	app->check = store_check(app->db, &app->c, &app->plan, &app->findings,
	    &app->cerr);
	app->check_us = tui_now_us() - t0;
	app->checked = 1;
	if (app->check == CHECK_DB_ERROR)
		tui_status(app, CR_ERROR, "database: %s", app->cerr.message);
	if (app->findings.n == 0)
		app->find.sel = app->find.top = 0;
	else if (app->find.sel >= app->findings.n)
		app->find.sel = app->findings.n - 1;
	if (app->c.ncomponents == 0)
		app->comp.sel = app->comp.top = 0;
	else if (app->comp.sel >= app->c.ncomponents)
		app->comp.sel = app->c.ncomponents - 1;
}

/*
 * The name the command table uses for a key.  *text is set when the key
 * is a character that may be typed into a line.
 */
static int
tui_keyname(int rc, wint_t ch, char *buf, size_t len, int *text)
{
	static const struct {
		int		 code;
		const char	*name;
	} fkeys[] = {
		{ KEY_UP, "Up" }, { KEY_DOWN, "Down" }, { KEY_LEFT, "Left" },
		{ KEY_RIGHT, "Right" }, { KEY_PPAGE, "PgUp" },
		{ KEY_NPAGE, "PgDn" }, { KEY_HOME, "Home" }, { KEY_END, "End" },
		{ KEY_ENTER, "Enter" }, { KEY_BACKSPACE, "Backspace" },
		{ KEY_DC, "Del" }, { KEY_BTAB, "BTab" },
	};
	size_t	i;

	*text = 0;
	buf[0] = '\0';
	if (rc == KEY_CODE_YES) {
		for (i = 0; i < sizeof fkeys / sizeof fkeys[0]; i++)
			if (fkeys[i].code == (int)ch) {
				snprintf(buf, len, "%s", fkeys[i].name);
				return (0);
			}
		if ((int)ch >= KEY_F(1) && (int)ch <= KEY_F(12)) {
			snprintf(buf, len, "F%d", (int)ch - KEY_F0);
			return (0);
		}
		return (-1);
	}
	switch (ch) {
	case '\n':
	case '\r':
		snprintf(buf, len, "Enter");
		return (0);
	case '\t':
		snprintf(buf, len, "Tab");
		return (0);
	case 27:
		snprintf(buf, len, "Esc");
		return (0);
	case 127:
	case 8:
		snprintf(buf, len, "Backspace");
		return (0);
	case ' ':
		snprintf(buf, len, "Space");
		*text = 1;
		return (0);
	}
	if (ch < 32) {
		snprintf(buf, len, "^%c", (char)('A' + ch - 1));
		return (0);
	}
	*text = 1;
	if (ch < 127)
		snprintf(buf, len, "%c", (char)ch);
	return (0);
}

static void
tui_too_small(struct app *app)
{
	char	msg[96];
	int	y;

	erase();
	snprintf(msg, sizeof msg, "terminal too small: %dx%d, the composer "
	    "needs %dx%d", app->cols, app->rows, TUI_MIN_COLS, TUI_MIN_ROWS);
	y = app->rows / 2 - 1;
	if (y < 0)
		y = 0;
	w_put(y, 0, app->cols, CR_ERROR, msg);
	if (y + 1 < app->rows)
		w_put(y + 1, 0, app->cols, CR_NORMAL,
		    "enlarge the window, or q to quit (the draft is kept)");
	wnoutrefresh(stdscr);
}

static void
tui_paint(struct app *app)
{
	char	hint[512];
	int	i, y;

	getmaxyx(stdscr, app->rows, app->cols);
	if (app->rows < TUI_MIN_ROWS || app->cols < TUI_MIN_COLS) {
		tui_too_small(app);
		doupdate();
		return;
	}
	erase();
	for (i = 0; i < app->depth; i++)
		screens[app->stack[i]].draw(app);
	y = app->rows - 2;
	/* Why the composition cannot be checked outranks a passing note. */
	if (app->status[0] != '\0' && (app->status_role == CR_ERROR ||
	    (app->check != CHECK_BAD_INPUT && app->check != CHECK_NO_PLAN) ||
	    !app->checked))
		w_put(y, 0, app->cols, app->status_role, app->status);
	else if ((app->check == CHECK_BAD_INPUT ||
	    app->check == CHECK_NO_PLAN) && app->checked)
		w_put(y, 0, app->cols, CR_ERROR, app->cerr.message[0] ?
		    app->cerr.message : "cannot check");
	else if (app->timing)
		w_put(y, 0, app->cols, CR_DIM, "");
	if (app->timing) {
		char	t[64];

		snprintf(t, sizeof t, " check %ld us, search %ld us",
		    app->check_us, app->search_us);
		w_put(y, app->cols - 36 > 0 ? app->cols - 36 : 0, 36, CR_DIM,
		    t);
	}
	keys_hint(screens[tui_top(app)].ctx, hint,
	    (size_t)app->cols < sizeof hint ? (size_t)app->cols + 1 :
	    sizeof hint);
	w_put(app->rows - 1, 0, app->cols, CR_KEYS, hint);
	wnoutrefresh(stdscr);
	doupdate();
}

/* After a handler: check, autosave, clean or dirty. */
static void
tui_react(struct app *app, int r)
{
	if (r & (R_CHANGED | R_CLEAN))
		tui_recheck(app);
	if (r & R_CLEAN) {
		app->dirty = 0;
		if (store_draft_clear(app->db, app->owner) != 0)
			tui_status(app, CR_ERROR, "the draft was not cleared: "
			    "%s", app->db->err);
	} else if (r & R_CHANGED) {
		app->dirty = 1;
		if (store_draft_save(app->db, app->owner, &app->c) != 0)
			tui_status(app, CR_ERROR, "the draft was not saved: %s",
			    app->db->err);
	}
}

static int
tui_restore_done(struct app *app, int answer)
{
	struct cocktail	*c;

	if (answer == CMD_NO) {
		if (store_draft_clear(app->db, app->owner) != 0)
			tui_status(app, CR_ERROR, "%s", app->db->err);
		else
			tui_status(app, CR_STATUS, "draft discarded");
		return (R_REDRAW);
	}
	c = malloc(sizeof *c);
	if (c == NULL)
		fatal("malloc");
	if (store_draft_load(app->db, app->owner, c) != 0) {
		tui_status(app, CR_ERROR, "%s", app->db->err);
		free(c);
		return (R_REDRAW);
	}
	app->c = *c;
	free(c);
	app->dirty = 1;
	tui_recheck(app);
	tui_status(app, CR_OK, "draft restored: %zu component%s",
	    app->c.ncomponents, app->c.ncomponents == 1 ? "" : "s");
	return (R_REDRAW);
}

static void
tui_offer_draft(struct app *app)
{
	char	when[32], q[256];

	if (store_draft_updated(app->db, app->owner, when, sizeof when) != 0)
		return;
	snprintf(q, sizeof q, "Restore the draft left on %s UTC?", when);
	confirm_open(app, q, "y restore   n discard it", tui_restore_done);
}

/* Are keys typed ahead, not read yet? */
static int
tui_input_waiting(void)
{
	struct pollfd	pfd;

	pfd.fd = STDIN_FILENO;
	pfd.events = POLLIN;
	pfd.revents = 0;
	return (poll(&pfd, 1, 0) > 0 && (pfd.revents & POLLIN));
}

static void
tui_free(struct app *app)
{
	findings_free(&app->findings);
	picker_close(app);
	indication_close(app);
	pager_close(app);
	free(app->forms.v);
	app->forms.v = NULL;
}

int
tui_main(struct db *db, const char *db_path)
{
	struct app	*app;
	char		 name[32];
	wint_t		 ch;
	long		 t0;
	int		 rc, r, k, text, fast_errs = 0, status;
	const char	*env;
	enum cmd	 cmd;

	app = calloc(1, sizeof *app);
	if (app == NULL) {
		fprintf(stderr, "mesomix: out of memory\n");
		return (70);
	}
	app->db = db;
	app->db_path = db_path;
	store_clinic_owner(app->owner, sizeof app->owner);
	cocktail_init(&app->c);
	findings_init(&app->findings);
	app->stack[0] = SCR_COMPOSER;
	app->depth = 1;
	env = getenv("MESOMIX_TIMING");
	app->timing = env != NULL && *env != '\0';

	tui_signals();
	log_set_cleanup(tui_cleanup);
#ifdef HAVE_SET_ESCDELAY
	set_escdelay(25);
#endif
	if (initscr() == NULL) {
		fprintf(stderr, "mesomix: cannot start the terminal\n");
		free(app);
		return (70);
	}
	tui_curses_on = 1;
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	timeout(200);
	tui_colors(app);
	getmaxyx(stdscr, app->rows, app->cols);

	tui_recheck(app);
	tui_offer_draft(app);
	r = R_REDRAW;
	status = 0;
	for (;;) {
		if (tui_signal != 0) {
			/* Hung up, terminated or interrupted: keep the work. */
			if (app->dirty)
				store_draft_save(app->db, app->owner, &app->c);
			break;
		}
		/* Search as one types, but never behind the typing. */
		if (app->search.pending && !tui_input_waiting())
			r |= search_pending(app);
		if ((r & R_REDRAW) && !tui_input_waiting()) {
			tui_paint(app);
			r = R_NONE;
		}
		t0 = tui_now_us();
		rc = wget_wch(stdscr, &ch);
		if (rc == ERR) {
			/* A lost terminal returns at once, again and again. */
			if (tui_now_us() - t0 < 20000) {
				if (++fast_errs > 100) {
					if (app->dirty)
						store_draft_save(app->db,
						    app->owner, &app->c);
					break;
				}
			} else
				fast_errs = 0;
			continue;
		}
		fast_errs = 0;
		r |= R_REDRAW;
		if (rc == KEY_CODE_YES && ch == KEY_RESIZE)
			continue;
		getmaxyx(stdscr, app->rows, app->cols);
		if (app->rows < TUI_MIN_ROWS || app->cols < TUI_MIN_COLS) {
			if (rc == OK && ch == 'q')
				break;	/* the draft is kept */
			continue;
		}
		if (tui_keyname(rc, ch, name, sizeof name, &text) != 0)
			continue;
		app->status[0] = '\0';
		cmd = name[0] != '\0' ?
		    keys_lookup(screens[tui_top(app)].ctx, name) : CMD_NONE;
		if (cmd == CMD_REDRAW) {
			clearok(curscr, TRUE);
			continue;
		}
		k = screens[tui_top(app)].key(app, cmd, ch, text);
		tui_react(app, k);
		if (k & R_QUIT || app->quit)
			break;
	}
	tui_cleanup();
	tui_free(app);
	free(app);
	return (status);
}

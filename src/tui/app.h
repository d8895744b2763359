/*
 * The composer's state, shared by the loop (tui.c), the screens
 * (screen_*.c) and the widgets.  Handlers change this state and return a
 * reaction; only the loop paints the terminal (doupdate).
 */
#ifndef MESO_TUI_APP_H
#define MESO_TUI_APP_H

#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "core/cocktail.h"
#include "core/finding.h"
#include "core/plan.h"
#include "store/db.h"
#include "store/store_check.h"
#include "store/store_clinic.h"
#include "store/store_formulary.h"
#include "tui/keys.h"

/* What a handler asks of the loop. */
#define R_NONE		0x0
#define R_REDRAW	0x1	/* paint again */
#define R_CHANGED	0x2	/* the cocktail changed: check, autosave, paint */
#define R_QUIT		0x4	/* leave the loop */
#define R_CLEAN		0x8	/* saved, opened or new: nothing unsaved, no draft */

/* The smallest terminal the composer draws in. */
#define TUI_MIN_COLS	60
#define TUI_MIN_ROWS	16

/* Colour roles: X(id, fg, bg, colour attribute, monochrome attribute). */
#define COLOR_ROLE_LIST \
	X(CR_NORMAL, -1, -1, 0, 0) \
	X(CR_TITLE, COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE) \
	X(CR_HEADER, COLOR_CYAN, -1, A_BOLD, A_BOLD | A_UNDERLINE) \
	X(CR_SELECTED, COLOR_BLACK, COLOR_CYAN, 0, A_REVERSE) \
	X(CR_DIM, -1, -1, A_DIM, A_DIM) \
	X(CR_STATUS, -1, -1, 0, 0) \
	X(CR_ERROR, COLOR_RED, -1, A_BOLD, A_BOLD) \
	X(CR_KEYS, COLOR_BLACK, COLOR_WHITE, 0, A_REVERSE) \
	X(CR_BLOCK, COLOR_WHITE, COLOR_RED, A_BOLD, A_BOLD | A_REVERSE) \
	X(CR_CAUTION, COLOR_YELLOW, -1, A_BOLD, A_BOLD) \
	X(CR_INFO, COLOR_CYAN, -1, 0, 0) \
	X(CR_OK, COLOR_GREEN, -1, A_BOLD, A_BOLD) \
	X(CR_BORDER, COLOR_CYAN, -1, 0, 0) \
	X(CR_POPUP, -1, -1, 0, 0) \
	X(CR_MARK, COLOR_GREEN, -1, A_BOLD, A_BOLD)

enum color_role {
#define X(id, fg, bg, attr, mono) id,
	COLOR_ROLE_LIST
#undef X
	CR__COUNT
};

/* A line being edited: UTF-8 text, the cursor a byte offset. */
struct lineedit {
	char		 buf[256];
	size_t		 len;
	size_t		 cur;
};

/* A scrolling list's selection. */
struct listpos {
	size_t		 sel;
	size_t		 top;
};

enum screen_id {
	SCR_COMPOSER,
	SCR_SEARCH,
	SCR_PICKER,
	SCR_INDICATION,
	SCR_PATIENT,
	SCR_FORMULATIONS,
	SCR_PROMPT,
	SCR_PAGER,
	SCR_CONFIRM,
	SCR__COUNT
};

struct app;

/* A popup's "done": what happens when the user accepts. */
typedef int	(*prompt_fn)(struct app *, const char *);
typedef int	(*confirm_fn)(struct app *, int);	/* CMD_YES, CMD_NO, CMD_CLOSE */
typedef int	(*pick_fn)(struct app *, const char *);

#define SEARCH_MAX	200
#define PICKER_MAX	16	/* marks kept by a multiple-choice picker */
#define FORM_FIELDS	8

struct search_state {
	struct lineedit		 q;
	struct search_hit	 hits[SEARCH_MAX];
	size_t			 n;
	struct listpos		 pos;
	char			 err[256];
	int			 pending;	/* the query changed: run when idle */
};

struct picker_state {
	char			 title[128];
	struct code_name	*all;		/* owned */
	size_t			 nall;
	size_t			*shown;		/* indices into all */
	size_t			 nshown;
	struct lineedit		 filter;
	struct listpos		 pos;
	/* One choice: call on_pick.  Several: toggle codes in list. */
	pick_fn			 on_pick;
	char			(*list)[CODE_LEN];
	size_t			*nlist;
	int			 allow_other;	/* a typed code may be picked */
};

struct indication_state {
	struct code_name	*all;
	size_t			 nall;
	struct listpos		 pos;
	struct cocktail		 preview;
	size_t			 preview_for;	/* index previewed, or (size_t)-1 */
};

struct patient_state {
	struct patient		 p;		/* working copy */
	int			 field;
	char			 err[256];
};

struct formulations_state {
	struct formulation_info	*v;
	size_t			 n;
	struct listpos		 pos;
	char			 target[256];	/* the entry a question is about */
};

struct prompt_state {
	char			 title[128];
	char			 help[160];
	struct lineedit		 line;
	prompt_fn		 done;
	char			 err[256];
	size_t			 component;	/* the component it edits */
};

struct pager_state {
	char			 title[128];
	char			**lines;
	size_t			 n;
	size_t			 top;
};

struct confirm_state {
	char			 question[256];
	char			 choices[128];
	confirm_fn		 done;
};

struct app {
	struct db		*db;
	const char		*db_path;
	char			 owner[64];

	struct cocktail		 c;
	struct plan		 plan;
	struct findings		 findings;
	enum check_status	 check;
	struct meso_error	 cerr;
	int			 checked;	/* findings are current */
	char			 formulation[256];	/* saved as, "" never */
	int			 dirty;		/* changed since open or save */

	/* The composer's panes. */
	int			 pane;		/* 0 components, 1 findings */
	struct listpos		 comp;
	struct listpos		 find;

	/* The screen stack: the composer at the bottom, popups above. */
	enum screen_id		 stack[8];
	int			 depth;

	struct search_state	 search;
	struct picker_state	 picker;
	struct indication_state	 ind;
	struct patient_state	 pat;
	struct formulations_state forms;
	struct prompt_state	 prompt;
	struct pager_state	 pager;
	struct confirm_state	 confirm;

	char			 status[256];
	int			 status_role;
	int			 rows, cols;
	int			 quit;
	int			 mono;
	/* Timings of the last check and search, microseconds (MESOMIX_TIMING). */
	int			 timing;
	long			 check_us, search_us;
};

/* tui.c */
int		 tui_attr(enum color_role);
void		 tui_status(struct app *, int, const char *, ...)
		    __attribute__((format(printf, 3, 4)));
void		 tui_push(struct app *, enum screen_id);
void		 tui_pop(struct app *);
enum screen_id	 tui_top(const struct app *);
void		 tui_recheck(struct app *);
long		 tui_now_us(void);

/* widgets.c: drawing helpers and the line editor. */
int		 w_put(int, int, int, int, const char *);
void		 w_fill(int, int, int, int);
void		 w_box(int, int, int, int, const char *);
void		 w_center(int, int, int *, int *, int *, int *, int, int);
size_t		 w_width(const char *);
void		 w_list_fix(struct listpos *, size_t, int);
int		 w_list_key(struct listpos *, size_t, int, enum cmd);
void		 le_set(struct lineedit *, const char *);
int		 le_key(struct lineedit *, enum cmd);
int		 le_insert(struct lineedit *, wint_t);
void		 le_draw(const struct lineedit *, int, int, int, int);
int		 w_wrap(const char *, int, char ***, size_t *);
void		 w_free_lines(char **, size_t);

/* screen_composer.c */
void		 composer_draw(struct app *);
int		 composer_key(struct app *, enum cmd, wint_t, int);
void		 composer_new(struct app *);
int		 composer_quit(struct app *);
/* screen_search.c */
void		 search_open(struct app *);
void		 search_draw(struct app *);
int		 search_key(struct app *, enum cmd, wint_t, int);
int		 search_run(struct app *);
int		 search_pending(struct app *);
/* screen_indication.c */
void		 indication_open(struct app *);
void		 indication_draw(struct app *);
int		 indication_key(struct app *, enum cmd, wint_t, int);
void		 indication_close(struct app *);
/* screen_patient.c (the form, pickers for codes, saved patients) */
void		 patient_open(struct app *);
void		 patient_draw(struct app *);
int		 patient_key(struct app *, enum cmd, wint_t, int);
void		 patient_find_open(struct app *, int);
void		 picker_open(struct app *, const char *, const char *, pick_fn,
		    char (*)[CODE_LEN], size_t *);
void		 picker_open_list(struct app *, const char *,
		    struct code_name *, size_t, pick_fn);
void		 picker_draw(struct app *);
int		 picker_key(struct app *, enum cmd, wint_t, int);
void		 picker_close(struct app *);
/* screen_formulations.c */
void		 formulations_open(struct app *);
void		 formulations_draw(struct app *);
int		 formulations_key(struct app *, enum cmd, wint_t, int);
int		 formulations_save_as(struct app *, const char *);
/* screen_help.c: help, the pager (finding details), prompts, questions */
void		 help_open(struct app *);
void		 pager_open(struct app *, const char *, const char *);
void		 pager_draw(struct app *);
int		 pager_key(struct app *, enum cmd, wint_t, int);
void		 pager_close(struct app *);
void		 prompt_open(struct app *, const char *, const char *,
		    const char *, prompt_fn);
void		 prompt_draw(struct app *);
int		 prompt_key(struct app *, enum cmd, wint_t, int);
void		 confirm_open(struct app *, const char *, const char *,
		    confirm_fn);
void		 confirm_draw(struct app *);
int		 confirm_key(struct app *, enum cmd, wint_t, int);

#endif

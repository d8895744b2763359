/*
 * The command table of the composer: one row per command with its name,
 * the contexts it works in, its default keys, a status-line label and its
 * help text.  Key dispatch, the status line, the help screen and the man
 * page's KEY BINDINGS all come from this one list.
 *
 * Pure data: no curses here (tests/check_keys links it without curses).
 * Keys are named as text: a printable character ("a", "?"), "^X" for a
 * control key, "F1".."F12", and Up, Down, Left, Right, PgUp, PgDn, Home,
 * End, Enter, Esc, Tab, BTab, Backspace, Del, Space.
 */
#ifndef MESO_KEYS_H
#define MESO_KEYS_H

#include <stddef.h>

/* Contexts: where a key is read.  X(id, name, title) */
#define KEYCTX_LIST \
	X(KC_COMPOSER, "composer", "Composer") \
	X(KC_LIST, "list", "Search, pickers and lists") \
	X(KC_FORM, "form", "Patient form") \
	X(KC_EDIT, "edit", "Line editing (amounts, names, fields)") \
	X(KC_PAGER, "pager", "Help and finding details") \
	X(KC_CONFIRM, "confirm", "Questions")

enum key_ctx {
#define X(id, name, title) id,
	KEYCTX_LIST
#undef X
	KC__COUNT
};

#define KM(c)	(1u << (c))
#define KM_NAV	(KM(KC_COMPOSER) | KM(KC_LIST) | KM(KC_FORM) | KM(KC_PAGER))
#define KM_POP	(KM(KC_LIST) | KM(KC_FORM) | KM(KC_EDIT) | KM(KC_PAGER) | \
		    KM(KC_CONFIRM))

/*
 * X(id, name, contexts, keys, label, help)
 * keys: space-separated key names; label: "" keeps it off the status line.
 */
#define COMMAND_LIST \
	X(CMD_HELP, "help", KM(KC_COMPOSER), "? F1", "help", \
	    "Show this help: every key and what it does") \
	X(CMD_ADD, "add", KM(KC_COMPOSER), "a", "add", \
	    "Add a component: search names, codes and synonyms as you type") \
	X(CMD_INDICATION, "indication", KM(KC_COMPOSER), "i", "indication", \
	    "Pick an indication: its template cocktail fills the composer") \
	X(CMD_PATIENT, "patient", KM(KC_COMPOSER), "p", "patient", \
	    "Edit the patient: id, age, sex, weight, allergies, conditions, " \
	    "medications") \
	X(CMD_AREA, "area", KM(KC_COMPOSER), "A", "area", \
	    "Pick the treatment area") \
	X(CMD_TECHNIQUE, "technique", KM(KC_COMPOSER), "T", "technique", \
	    "Pick the technique") \
	X(CMD_SAVE, "save", KM(KC_COMPOSER) | KM(KC_FORM), "w F2", "save", \
	    "Save: the composition as a named formulation (patient and plan " \
	    "travel with it); in the patient form, put the patient in the " \
	    "composition and keep them with the saved patients") \
	X(CMD_QUIT, "quit", KM(KC_COMPOSER), "q", "quit", \
	    "Quit; asks first when there are unsaved changes") \
	X(CMD_FORMULATIONS, "formulations", KM(KC_COMPOSER), "o", "open", \
	    "Open, duplicate or delete saved formulations") \
	X(CMD_PATIENT_FIND, "patient-find", KM(KC_COMPOSER), "P", "", \
	    "Find a saved patient and put them in the composition") \
	X(CMD_AMOUNT, "amount", KM(KC_COMPOSER), "m", "", \
	    "Set the selected component's amount: 0.5 (mL) or 2p (parts)") \
	X(CMD_STRENGTH, "strength", KM(KC_COMPOSER), "s", "", \
	    "Set the selected ingredient's stock strength: 10 mg, 500 mcg " \
	    "or 150 units per mL") \
	X(CMD_DELETE, "delete", KM(KC_COMPOSER), "d Del", "", \
	    "Remove the selected component") \
	X(CMD_OPEN_ITEM, "open", KM(KC_COMPOSER), "Enter", "", \
	    "On a component, set its amount; on a finding, show its message " \
	    "and source") \
	X(CMD_NEXT_PANE, "next-pane", KM(KC_COMPOSER), "Tab BTab", "", \
	    "Move between the components and the findings") \
	X(CMD_SURFACE, "surface", KM(KC_COMPOSER), "u", "", \
	    "Set the surface to treat in cm2 (empty: the area's default)") \
	X(CMD_SPACING, "spacing", KM(KC_COMPOSER), "g", "", \
	    "Set the spacing between points in mm (empty: the default)") \
	X(CMD_VOLUME, "volume", KM(KC_COMPOSER), "v", "", \
	    "Set the volume per point in mL (empty: the default)") \
	X(CMD_SYRINGE, "syringe", KM(KC_COMPOSER), "y", "", \
	    "Pick the syringe (or let the plan choose)") \
	X(CMD_TOTAL, "total", KM(KC_COMPOSER), "t", "", \
	    "Fix the total volume in mL, for a mix without area and technique") \
	X(CMD_NAME, "name", KM(KC_COMPOSER), "N", "", \
	    "Name the composition") \
	X(CMD_NEW, "new", KM(KC_COMPOSER), "n", "", \
	    "Start a new, empty composition (asks when there are unsaved " \
	    "changes)") \
	X(CMD_REDRAW, "redraw", KM(KC_COMPOSER), "^L", "", \
	    "Redraw the screen") \
	X(CMD_UP, "up", KM_NAV, "Up", "", "Move up one line") \
	X(CMD_DOWN, "down", KM_NAV, "Down", "", "Move down one line") \
	X(CMD_PAGE_UP, "page-up", KM(KC_LIST) | KM(KC_PAGER), "PgUp", "", \
	    "Move up a page") \
	X(CMD_PAGE_DOWN, "page-down", KM(KC_LIST) | KM(KC_PAGER), "PgDn", "", \
	    "Move down a page") \
	X(CMD_PICK, "pick", KM(KC_LIST), "Enter", "pick", \
	    "Choose the highlighted entry; in a list of several choices " \
	    "(allergies, conditions, medications), mark or unmark it") \
	X(CMD_CLOSE, "close", KM_POP, "Esc", "close", \
	    "Close the popup without changing anything (a list of several " \
	    "choices keeps its marks); in a line, cancel the edit") \
	X(CMD_DUPLICATE, "duplicate", KM(KC_LIST), "^D", "", \
	    "Saved formulations: copy the highlighted one under a new name") \
	X(CMD_REMOVE, "remove", KM(KC_LIST), "Del", "", \
	    "Saved formulations: delete the highlighted one (asks first)") \
	X(CMD_FIELD_EDIT, "edit-field", KM(KC_FORM), "Enter", "edit", \
	    "Edit the highlighted field; on a list of codes, offer the known " \
	    "codes as choices; on sex, cycle female, male, other, unknown") \
	X(CMD_FIELD_CLEAR, "clear-field", KM(KC_FORM), "Backspace", "", \
	    "Empty the highlighted field") \
	X(CMD_FORM_FIND, "find", KM(KC_FORM), "f", "find", \
	    "Find a saved patient and load them into the form") \
	X(CMD_FORM_NONE, "no-patient", KM(KC_FORM), "x", "", \
	    "Take the patient out of the composition") \
	X(CMD_ACCEPT, "accept", KM(KC_EDIT), "Enter", "accept", \
	    "Accept the line") \
	X(CMD_LEFT, "left", KM(KC_EDIT), "Left", "", \
	    "Move the cursor left") \
	X(CMD_RIGHT, "right", KM(KC_EDIT), "Right", "", \
	    "Move the cursor right") \
	X(CMD_HOME, "home", KM(KC_EDIT) | KM(KC_LIST), "Home ^A", "", \
	    "To the start of the line, or of the list") \
	X(CMD_END, "end", KM(KC_EDIT) | KM(KC_LIST), "End ^E", "", \
	    "To the end of the line, or of the list") \
	X(CMD_ERASE, "erase", KM(KC_EDIT) | KM(KC_LIST), "Backspace", "", \
	    "Erase the character before the cursor (in a list, of the " \
	    "filter)") \
	X(CMD_ERASE_NEXT, "erase-next", KM(KC_EDIT), "Del", "", \
	    "Erase the character under the cursor") \
	X(CMD_KILL, "kill", KM(KC_EDIT) | KM(KC_LIST), "^U", "", \
	    "Empty the line (in a list, the filter)") \
	X(CMD_DISMISS, "dismiss", KM(KC_PAGER), "q Enter ?", "", \
	    "Close the help or the finding") \
	X(CMD_YES, "yes", KM(KC_CONFIRM), "y Enter", "yes", \
	    "Answer yes (the choice the question names first)") \
	X(CMD_NO, "no", KM(KC_CONFIRM), "n", "no", \
	    "Answer no (the second choice the question names)")

enum cmd {
	CMD_NONE = -1,
#define X(id, name, ctx, keys, label, help) id,
	COMMAND_LIST
#undef X
	CMD__COUNT
};

struct command {
	enum cmd	 id;
	const char	*name;
	unsigned	 contexts;	/* KM() bits */
	const char	*keys;		/* space-separated key names */
	const char	*label;		/* status line, "" none */
	const char	*help;
};

size_t			 keys_count(void);
const struct command	*keys_get(enum cmd);
/* By command name ("add"); NULL when unknown. */
const struct command	*keys_by_name(const char *);
/* The command a key runs in a context; CMD_NONE when unbound. */
enum cmd		 keys_lookup(enum key_ctx, const char *);
/* Does a command carry this key name? */
int			 keys_has(const struct command *, const char *);
/* The n-th key name of a command into buf; -1 past the last. */
int			 keys_nth(const struct command *, size_t, char *,
			    size_t);
/* Is this a key name the table may use? */
int			 keys_name_valid(const char *);
const char		*keys_ctx_name(enum key_ctx);
const char		*keys_ctx_title(enum key_ctx);
/*
 * The status-line hint for a context ("a add  i indication  ..."), cut at
 * whole hints to fit width bytes (the names are ASCII).
 */
size_t			 keys_hint(enum key_ctx, char *, size_t);

#endif

/* The chairside composer: the ncurses front end. */
#ifndef MESO_TUI_H
#define MESO_TUI_H

#include "store/db.h"

/* Run the TUI on an open database; returns an exit status. */
int	tui_main(struct db *, const char *);

#endif

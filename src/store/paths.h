/* Where data lives: --db, then MESOMIX_DB, then XDG_DATA_HOME, then ~/.local/share. */
#ifndef MESO_PATHS_H
#define MESO_PATHS_H

#include <stddef.h>

/* The database path; 0, or -1 when no home is known. */
int	paths_db(const char *, char *, size_t);

#endif

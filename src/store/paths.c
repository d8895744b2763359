#include "config.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store/paths.h"

int
paths_db(const char *flag, char *buf, size_t len)
{
	const char	*e, *home;
	struct passwd	*pw;

	if (flag != NULL && flag[0] != '\0') {
		snprintf(buf, len, "%s", flag);
		return (0);
	}
	if ((e = getenv("MESOMIX_DB")) != NULL && e[0] != '\0') {
		snprintf(buf, len, "%s", e);
		return (0);
	}
	/* XDG values count only when absolute. */
	if ((e = getenv("XDG_DATA_HOME")) != NULL && e[0] == '/') {
		snprintf(buf, len, "%s/mesomix/mesomix.db", e);
		return (0);
	}
	home = getenv("HOME");
	if ((home == NULL || home[0] == '\0') &&
	    (pw = getpwuid(getuid())) != NULL)
		home = pw->pw_dir;
	if (home == NULL || home[0] == '\0')
		return (-1);
	snprintf(buf, len, "%s/.local/share/mesomix/mesomix.db", home);
	return (0);
}

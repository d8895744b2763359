#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/error.h"

void
merror_clear(struct meso_error *e)
{
	memset(e, 0, sizeof *e);
	e->component = -1;
}

static void
merror_vset(struct meso_error *e, int component, const char *field,
    const char *fmt, va_list ap)
{
	char	msg[MERR_MESSAGE_LEN];

	/* The message may be built from the old one: format it aside first. */
	vsnprintf(msg, sizeof msg, fmt, ap);
	snprintf(e->field, sizeof e->field, "%s", field != NULL ? field : "");
	memcpy(e->message, msg, sizeof e->message);
	e->component = component;
}

int
merror_set(struct meso_error *e, const char *field, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	merror_vset(e, -1, field, fmt, ap);
	va_end(ap);
	return (-1);
}

int
merror_set_component(struct meso_error *e, int component, const char *field,
    const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	merror_vset(e, component, field, fmt, ap);
	va_end(ap);
	return (-1);
}

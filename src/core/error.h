/*
 * One carrier for recoverable errors: the field a message is about
 * ("components[2].ml", "patient.allergies[0]", "tables.ingredient[3].ph_min"),
 * the component it concerns, the line of the file it came from, and the
 * message itself.  Parsing, resolving, planning, checking and import all
 * fill it; the CLI prints it as FILE:LINE: FIELD: message and the composer
 * shows it on the status line.  Core code fills it, never prints it.
 */
#ifndef MESO_ERROR_H
#define MESO_ERROR_H

#include <stddef.h>

#define MERR_FIELD_LEN		128
#define MERR_MESSAGE_LEN	512

struct meso_error {
	char	 field[MERR_FIELD_LEN];	/* "" for the whole input */
	int	 component;		/* index, -1 when none */
	int	 line;			/* 1-based, 0 unknown */
	char	 message[MERR_MESSAGE_LEN];
};

void	merror_clear(struct meso_error *);
/* Set field and message; returns -1, so `return (merror_set(...))` reads. */
int	merror_set(struct meso_error *, const char *, const char *, ...)
	    __attribute__((format(printf, 3, 4)));
/* The same, naming a component by its index. */
int	merror_set_component(struct meso_error *, int, const char *,
	    const char *, ...) __attribute__((format(printf, 4, 5)));

#endif

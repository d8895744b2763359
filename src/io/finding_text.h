/*
 * Findings in words: where a person reads them (text report, composer,
 * label), and as the English "message" the JSON report has always carried.
 *
 * Each finding id has one template.  {name} is a figure of the finding,
 * formatted by its type (an amount carries its unit: "4.5 mg", "150 units";
 * other figures are bare numbers and the words say their unit); {note} is
 * the rule's sourced message.  [[...]] is said only when every figure named
 * inside it is present (a flag: present and set); [[...||...]] says the
 * second part otherwise.  Groups nest.
 */
#ifndef MESO_FINDING_TEXT_H
#define MESO_FINDING_TEXT_H

#include <stddef.h>

#include "core/finding.h"

#define FT_TRANSLATE	0x1	/* the reader's language (gettext) */
#define FT_LOCALE	0x2	/* the reader's decimal separator */
#define FT_PERSON	(FT_TRANSLATE | FT_LOCALE)

/* The finding's words; returns buf. */
char	*finding_text(const struct finding *, int, char *, size_t);
/* The untranslated template of an id (for tests and translators). */
const char *finding_template(enum finding_id);
/* A figure as the JSON report shows it: key ("amount_mg") and number text. */
void	 finding_figure(const struct finding_arg *, char *, size_t, char *,
	    size_t);

#endif

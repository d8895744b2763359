/* Reports as aligned text a person reads at the chair (80 columns). */
#ifndef MESO_TEXT_REPORT_H
#define MESO_TEXT_REPORT_H

#include <stdio.h>

#include "core/cocktail.h"
#include "core/finding.h"
#include "core/plan.h"

void	text_report_plan(FILE *, const struct cocktail *, const struct plan *);
/* Findings grouped by severity, wrapped at 80 columns. */
void	text_report_findings(FILE *, const struct findings *);

/* Words wrapped at width; the first line starts at column first, the rest at indent. */
void	text_report_wrap(FILE *, const char *, size_t, size_t, size_t);

#endif

/*
 * Translation of what a person reads (gettext).  _() translates at run
 * time, N_() only marks a string for xgettext (a table entry translated
 * where it is shown).  Codes, JSON keys, verdicts and finding kinds are
 * never translated; the formulary's sourced texts stay as sourced.
 */
#ifndef MESO_I18N_H
#define MESO_I18N_H

#if defined(ENABLE_NLS) && ENABLE_NLS
#include <libintl.h>
#define _(s)		gettext(s)
#define P_(s, p, n)	ngettext((s), (p), (n))
#else
#define _(s)		(s)
#define P_(s, p, n)	((n) == 1 ? (s) : (p))
#endif
#define N_(s)		(s)

#endif

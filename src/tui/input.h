/*
 * What a physician types into the composer's lines, read into the
 * integers of the cocktail: amounts (0.5 mL, 2 parts), strengths
 * (10 mg/mL, 500 mcg/mL, 150 units/mL) and plan figures.  Pure: no curses.
 */
#ifndef MESO_TUI_INPUT_H
#define MESO_TUI_INPUT_H

#include <stddef.h>
#include <stdint.h>

#include "core/units.h"

/*
 * A decimal number with at most `places` decimals as an integer scaled
 * by 10^places ("0.05", 3 -> 50).  Returns the end of the number, or NULL
 * when there is none or it has too many digits.
 */
const char	*input_fixed(const char *, int, int64_t *);

/*
 * An amount: "0.5", "0.5 ml", "2p", "2 parts".  A bare number is mL
 * unless parts_default.  Exactly one of *volume_ul (>= 0) and *parts
 * (thousandths, > 0) is set.  0, or -1 with a message in err.
 */
int		 input_amount(const char *, int, int64_t *, int *, char *,
		    size_t);

/*
 * A strength per mL: "10 mg", "500 mcg", "150 units", "10" (in
 * default_unit: UNIT_UG means mg).  *strength is ug/mL or mu/mL; an
 * empty text gives -1 (no strength).  0, or -1 with a message.
 */
int		 input_strength(const char *, enum unit, int64_t *,
		    enum unit *, char *, size_t);

/*
 * A plan figure: a number with places decimals, scaled, within
 * (0, max] (max in the scaled unit).  Empty gives -1 (the default).
 */
int		 input_figure(const char *, int, int64_t, int64_t *, char *,
		    size_t);

#endif

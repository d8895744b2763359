/*
 * Safety findings: what the engines report.  Severities and kinds are the
 * public vocabulary of mesomix-cocktail(5) and `mesomix check`.
 */
#ifndef MESO_FINDING_H
#define MESO_FINDING_H

#include <stddef.h>

#define SEVERITY_LIST \
	X(SEV_INFO, "info", "INFO", "i") \
	X(SEV_CAUTION, "caution", "CAUTION", "!") \
	X(SEV_BLOCK, "block", "BLOCK", "X")

enum severity {
#define X(id, name, word, glyph) id,
	SEVERITY_LIST
#undef X
};

#define KIND_LIST \
	X(KIND_INCOMPATIBILITY, "incompatibility") \
	X(KIND_ALLERGY, "allergy") \
	X(KIND_CONTRAINDICATION, "contraindication") \
	X(KIND_INTERACTION, "interaction") \
	X(KIND_DOSE, "dose") \
	X(KIND_COUNT, "count") \
	X(KIND_NO_DATA, "no-data") \
	X(KIND_TECHNIQUE, "technique") \
	X(KIND_STABILITY, "stability")

enum finding_kind {
#define X(id, name) id,
	KIND_LIST
#undef X
};

#define FINDING_MAX_CODES 4
#define CODE_LEN 64

struct finding {
	enum severity		 severity;
	enum finding_kind	 kind;
	char			 codes[FINDING_MAX_CODES][CODE_LEN];
	size_t			 ncodes;
	char			 message[512];
	char			 source[384];
};

struct findings {
	struct finding		*v;
	size_t			 n;
	size_t			 cap;
};

const char	*severity_name(enum severity);
const char	*severity_word(enum severity);
const char	*severity_glyph(enum severity);
int		 severity_from_name(const char *, enum severity *);
const char	*kind_name(enum finding_kind);

void		 findings_init(struct findings *);
void		 findings_free(struct findings *);
void		 findings_clear(struct findings *);
/* Add a finding; codes is a NULL-terminated list. Duplicates are dropped. */
struct finding	*findings_add(struct findings *, enum severity,
		    enum finding_kind, const char *const *, const char *,
		    const char *, ...) __attribute__((format(printf, 6, 7)));
void		 findings_add_code(struct finding *, const char *);
/* Highest severity, or -1 when empty. */
int		 findings_verdict(const struct findings *);
/* Sort: block, caution, info; stable within a severity. */
void		 findings_sort(struct findings *);

#endif

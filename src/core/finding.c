#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "finding.h"
#include "xmalloc.h"

static const char *sev_names[] = {
#define X(id, name, word, glyph) name,
	SEVERITY_LIST
#undef X
};
static const char *sev_words[] = {
#define X(id, name, word, glyph) word,
	SEVERITY_LIST
#undef X
};
static const char *sev_glyphs[] = {
#define X(id, name, word, glyph) glyph,
	SEVERITY_LIST
#undef X
};
static const char *kind_names[] = {
#define X(id, name) name,
	KIND_LIST
#undef X
};

const char *
severity_name(enum severity s)
{
	return (sev_names[s]);
}

const char *
severity_word(enum severity s)
{
	return (sev_words[s]);
}

const char *
severity_glyph(enum severity s)
{
	return (sev_glyphs[s]);
}

int
severity_from_name(const char *s, enum severity *out)
{
	size_t	i;

	for (i = 0; i < sizeof sev_names / sizeof sev_names[0]; i++) {
		if (strcmp(sev_names[i], s) == 0) {
			*out = (enum severity)i;
			return (0);
		}
	}
	return (-1);
}

const char *
kind_name(enum finding_kind k)
{
	return (kind_names[k]);
}

void
findings_init(struct findings *f)
{
	memset(f, 0, sizeof *f);
}

void
findings_free(struct findings *f)
{
	free(f->v);
	findings_init(f);
}

void
findings_clear(struct findings *f)
{
	f->n = 0;
}

void
findings_add_code(struct finding *fd, const char *code)
{
	size_t	i;

	for (i = 0; i < fd->ncodes; i++)
		if (strcmp(fd->codes[i], code) == 0)
			return;
	if (fd->ncodes < FINDING_MAX_CODES)
		snprintf(fd->codes[fd->ncodes++], CODE_LEN, "%s", code);
}

struct finding *
findings_add(struct findings *f, enum severity sev, enum finding_kind kind,
    const char *const *codes, const char *source, const char *fmt, ...)
{
	struct finding	 nf, *fd;
	va_list		 ap;
	size_t		 i, j;

	memset(&nf, 0, sizeof nf);
	nf.severity = sev;
	nf.kind = kind;
	for (i = 0; codes != NULL && codes[i] != NULL; i++)
		findings_add_code(&nf, codes[i]);
	snprintf(nf.source, sizeof nf.source, "%s", source ? source : "");
	va_start(ap, fmt);
	vsnprintf(nf.message, sizeof nf.message, fmt, ap);
	va_end(ap);

	/* The same rule reached twice (a product and its twin) is one finding. */
	for (i = 0; i < f->n; i++) {
		fd = &f->v[i];
		if (fd->severity != nf.severity || fd->kind != nf.kind ||
		    fd->ncodes != nf.ncodes ||
		    strcmp(fd->message, nf.message) != 0)
			continue;
		for (j = 0; j < nf.ncodes; j++)
			if (strcmp(fd->codes[j], nf.codes[j]) != 0)
				break;
		if (j == nf.ncodes)
			return (fd);
	}
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 16;
		f->v = xreallocarray(f->v, f->cap, sizeof *f->v);
	}
	f->v[f->n] = nf;
	return (&f->v[f->n++]);
}

int
findings_verdict(const struct findings *f)
{
	int	v = -1;
	size_t	i;

	for (i = 0; i < f->n; i++)
		if ((int)f->v[i].severity > v)
			v = (int)f->v[i].severity;
	return (v);
}

void
findings_sort(struct findings *f)
{
	struct finding	 tmp;
	size_t		 i, j;

	/* Insertion sort: stable, and the lists are short. */
	for (i = 1; i < f->n; i++) {
		tmp = f->v[i];
		j = i;
		while (j > 0 && f->v[j - 1].severity < tmp.severity) {
			f->v[j] = f->v[j - 1];
			j--;
		}
		f->v[j] = tmp;
	}
}

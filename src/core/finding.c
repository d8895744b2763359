#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/finding.h"
#include "core/xmalloc.h"

static int	finding_same(const struct finding *, const struct finding *);

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
static const char *id_names[] = {
#define X(id, name) name,
	FINDING_ID_LIST
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

const char *
finding_id_name(enum finding_id id)
{
	return (id_names[id]);
}

void
finding_init(struct finding *fd, enum finding_id id, enum severity sev,
    enum finding_kind kind)
{
	memset(fd, 0, sizeof *fd);
	fd->id = id;
	fd->severity = sev;
	fd->kind = kind;
}

void
finding_rule(struct finding *fd, const char *table, long long id)
{
	snprintf(fd->rule, sizeof fd->rule, "%s:%lld", table, id);
}

void
finding_rule_code(struct finding *fd, const char *table, const char *code)
{
	snprintf(fd->rule, sizeof fd->rule, "%s:%s", table, code);
}

void
finding_code(struct finding *fd, const char *code)
{
	size_t	i;

	for (i = 0; i < fd->ncodes; i++)
		if (strcmp(fd->codes[i], code) == 0)
			return;
	if (fd->ncodes < FINDING_MAX_CODES)
		snprintf(fd->codes[fd->ncodes++], CODE_LEN, "%s", code);
}

static struct finding_arg *
finding_new_arg(struct finding *fd, const char *name, enum farg_type type)
{
	struct finding_arg	*a;

	/* A programmer's error: the lists are fixed in code. */
	if (fd->nargs >= FINDING_MAX_ARGS)
		abort();
	a = &fd->args[fd->nargs++];
	memset(a, 0, sizeof *a);
	a->name = name;
	a->type = type;
	a->unit = UNIT_NONE;
	return (a);
}

void
finding_arg(struct finding *fd, const char *name, enum farg_type type,
    int64_t v)
{
	finding_new_arg(fd, name, type)->v = v;
}

void
finding_arg_amount(struct finding *fd, const char *name, int64_t v,
    enum unit u)
{
	struct finding_arg	*a = finding_new_arg(fd, name, FA_AMOUNT);

	a->v = v;
	a->unit = u;
}

void
finding_arg_str(struct finding *fd, const char *name, enum farg_type type,
    const char *s)
{
	struct finding_arg	*a = finding_new_arg(fd, name, type);

	snprintf(a->s, sizeof a->s, "%s", s != NULL ? s : "");
}

void
finding_note(struct finding *fd, const char *note)
{
	snprintf(fd->note, sizeof fd->note, "%s", note != NULL ? note : "");
}

void
finding_source(struct finding *fd, const char *src)
{
	size_t	len, add;

	if (src == NULL || src[0] == '\0')
		return;
	len = strlen(fd->source);
	if (len > 0 && strstr(fd->source, src) != NULL)
		return;
	add = strlen(src) + (len > 0 ? 2 : 0);
	/* A second source that does not fit whole is left out, not cut. */
	if (len > 0 && len + add >= sizeof fd->source)
		return;
	snprintf(fd->source + len, sizeof fd->source - len, "%s%s",
	    len > 0 ? "; " : "", src);
}

const struct finding_arg *
finding_get_arg(const struct finding *fd, const char *name)
{
	size_t	i;

	for (i = 0; i < fd->nargs; i++)
		if (strcmp(fd->args[i].name, name) == 0)
			return (&fd->args[i]);
	return (NULL);
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

static int
finding_same(const struct finding *a, const struct finding *b)
{
	size_t	i;

	if (a->id != b->id || a->severity != b->severity ||
	    a->kind != b->kind || a->ncodes != b->ncodes ||
	    a->nargs != b->nargs || strcmp(a->rule, b->rule) != 0 ||
	    strcmp(a->note, b->note) != 0)
		return (0);
	for (i = 0; i < a->ncodes; i++)
		if (strcmp(a->codes[i], b->codes[i]) != 0)
			return (0);
	for (i = 0; i < a->nargs; i++)
		if (a->args[i].type != b->args[i].type ||
		    a->args[i].v != b->args[i].v ||
		    a->args[i].unit != b->args[i].unit ||
		    strcmp(a->args[i].name, b->args[i].name) != 0 ||
		    strcmp(a->args[i].s, b->args[i].s) != 0)
			return (0);
	return (1);
}

struct finding *
findings_push(struct findings *f, const struct finding *nf)
{
	size_t	i;

	/* The same rule reached twice (a product and its twin) is one finding. */
	for (i = 0; i < f->n; i++)
		if (finding_same(&f->v[i], nf))
			return (&f->v[i]);
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 16;
		f->v = xreallocarray(f->v, f->cap, sizeof *f->v);
	}
	f->v[f->n] = *nf;
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

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "io/json_report.h"
#include "io/finding_text.h"
#include "io/text_report.h"

/* Print text wrapped at width; lines after the first are indented. */
void
text_report_wrap(FILE *f, const char *text, size_t indent, size_t first, size_t width)
{
	size_t		 col = first, wl;
	int		 bol = 1;	/* nothing printed on this line yet */
	const char	*w = text, *e;

	while (*w != '\0') {
		while (*w == ' ' || *w == '\n' || *w == '\t')
			w++;
		if (*w == '\0')
			break;
		e = w;
		while (*e != '\0' && *e != ' ' && *e != '\n' && *e != '\t')
			e++;
		wl = (size_t)(e - w);
		if (!bol && col + 1 + wl > width) {
			fprintf(f, "\n%*s", (int)indent, "");
			col = indent;
			bol = 1;
		}
		if (!bol) {
			fputc(' ', f);
			col++;
		}
		fwrite(w, 1, wl, f);
		col += wl;
		bol = 0;
		w = e;
	}
	fputc('\n', f);
}

/* The figures of the area and technique, as planned. */
static void
plan_geometry_text(FILE *f, const struct cocktail *c, const struct plan *p)
{
	char	b1[48], b2[48];

	fprintf(f, "Area %s, technique %s", c->area, c->technique);
	if (p->depth_um >= 0)
		fprintf(f, ", depth %s mm", units_fmt(b1, sizeof b1,
		    p->depth_um, 1000, 3));
	fputc('\n', f);
	switch (p->geometry) {
	case GEO_GRID:
		if (p->surface_cm2 > 0)
			fprintf(f, "Surface %lld cm2, ",
			    (long long)p->surface_cm2);
		if (p->spacing_um > 0)
			fprintf(f, "spacing %s mm, ", units_fmt(b1, sizeof b1,
			    p->spacing_um, 1000, 3));
		if (p->volume_per_point_ul >= 0)
			fprintf(f, "%s mL per point", units_fmt_ml(b2,
			    sizeof b2, p->volume_per_point_ul));
		if (p->points >= 0)
			fprintf(f, ": %lld point%s", (long long)p->points,
			    p->points == 1 ? "" : "s");
		else
			fprintf(f, "points not known");
		fputc('\n', f);
		break;
	case GEO_LINEAR:
		fprintf(f, "%lld threads of %s cm, %s mL per cm\n",
		    (long long)p->threads, p->thread_length_mm > 0 ?
		    units_fmt(b1, sizeof b1, p->thread_length_mm, 10, 1) : "?",
		    p->volume_per_cm_ul >= 0 ? units_fmt_ml(b2, sizeof b2,
		    p->volume_per_cm_ul) : "?");
		break;
	case GEO_SURFACE:
		fprintf(f, "Surface %lld cm2, %s mL per cm2\n",
		    (long long)p->surface_cm2, p->volume_per_cm2_ul >= 0 ?
		    units_fmt_ml(b1, sizeof b1, p->volume_per_cm2_ul) : "?");
		break;
	}
}

/* Which figures the file fixed, which came from the formulary, which follow. */
static void
plan_origin_text(FILE *f, const struct plan *p)
{
	static const struct {
		enum plan_origin	 o;
		const char		*word;
	} groups[] = {
		{ PO_FIXED, "fixed" }, { PO_COMPONENTS, "by the components" },
		{ PO_FORMULARY, "from the formulary" },
		{ PO_DERIVED, "derived" },
	};
	char	line[512];
	size_t	g, n = 0;
	int	i, any;

	line[0] = '\0';
	for (g = 0; g < sizeof groups / sizeof groups[0]; g++) {
		any = 0;
		for (i = 0; i < PF__COUNT && n < sizeof line; i++) {
			if (p->origin[i] != groups[g].o)
				continue;
			n += (size_t)snprintf(line + n, sizeof line - n,
			    "%s%s%s", any ? ", " : n ? "; " : "",
			    any ? "" : groups[g].word, any ? "" : ": ");
			if (n < sizeof line)
				n += (size_t)snprintf(line + n, sizeof line - n,
				    "%s", plan_figure_key((enum plan_figure)i));
			any = 1;
		}
	}
	if (line[0] != '\0') {
		fputs("Figures ", f);
		text_report_wrap(f, line, 2, 8, 79);
	}
}

/* Volumes: delivered, overage, dead space, syringes, the mix. */
static void
plan_volumes_text(FILE *f, const struct plan *p)
{
	char	b1[48], b2[48], b3[48], b4[48];

	fprintf(f, "Delivered %s mL + overage %s mL + dead space %s mL = "
	    "%s mL needed\n", units_fmt_ml(b1, sizeof b1, p->delivered_ul),
	    units_fmt_ml(b2, sizeof b2, p->overage_ul),
	    units_fmt_ml(b3, sizeof b3, p->dead_space_ul * p->syringes),
	    units_fmt_ml(b4, sizeof b4, p->needed_ul));
	if (p->syringe_capacity_ul > 0)
		fprintf(f, "Syringe %s mL%s%s%s: %lld syringe%s\n",
		    units_fmt_ml(b1, sizeof b1, p->syringe_capacity_ul),
		    p->syringe[0] ? " (" : "", p->syringe,
		    p->syringe[0] ? ")" : "", (long long)p->syringes,
		    p->syringes == 1 ? "" : "s");
	else if (p->syringes == 0)
		fprintf(f, "No injection syringe planned: no dead space "
		    "counted\n");
	fprintf(f, "Mix drawn %s mL, injectable %s mL\n", units_fmt_ml(b1,
	    sizeof b1, p->total_ul), units_fmt_ml(b2, sizeof b2,
	    p->injectable_ul));
	if (p->leftover_ul > 0)
		fprintf(f, "Left over %s mL: injectable, but not in the plan\n",
		    units_fmt_ml(b3, sizeof b3, p->leftover_ul));
	fputc('\n', f);
}

static const char *
unit_word(enum unit u)
{
	return (u == UNIT_MU ? "units" : "mg");
}

/* One ingredient of a component: drawn and final; injectable, point, kg. */
static void
plan_dose_text(FILE *f, const struct plan_dose *d)
{
	char	b1[48], b2[48], b3[48], b4[48];

	snprintf(b3, sizeof b3, "  %s%s", d->ingredient,
	    d->active ? "" : " (exc.)");
	if (!d->known || d->amount < 0) {
		fprintf(f, "%-46.46s %12s %12s\n", b3, "?", "?");
		return;
	}
	snprintf(b1, sizeof b1, "%s %s", report_fmt_amount(b4, sizeof b4,
	    d->amount, d->unit), unit_word(d->unit));
	snprintf(b2, sizeof b2, "%s %s", report_fmt_conc(b4, sizeof b4,
	    d->final_conc, d->unit), unit_word(d->unit));
	fprintf(f, "%-46.46s %12s %12s\n", b3, b1, b2);
	if (d->a.injectable < 0)
		return;
	fprintf(f, "%6sinjectable %s %s", "", report_fmt_amount(b4,
	    sizeof b4, d->a.injectable, d->unit), unit_word(d->unit));
	if (d->per_point >= 0)
		fprintf(f, ", %s %s/point", report_fmt_amount(b4, sizeof b4,
		    d->per_point, d->unit), unit_word(d->unit));
	if (d->per_kg >= 0)
		fprintf(f, ", %s %s/kg", report_fmt_amount(b4, sizeof b4,
		    d->per_kg, d->unit), unit_word(d->unit));
	fputc('\n', f);
}

/* Each active over the whole mix: what the limits are held against. */
static void
plan_totals_text(FILE *f, const struct plan *p)
{
	const struct plan_total	*t;
	char			 b0[80], b1[48], b2[48], b3[48];
	size_t			 i;

	fprintf(f, "\n%-28s %12s %12s %12s\n%-28s %12s %12s %12s\n",
	    "Whole mix", "drawn", "injectable", "delivered",
	    "  (limits: injectable)", "final/mL", "per point", "per kg");
	for (i = 0; i < p->ntotals; i++) {
		t = &p->totals[i];
		if (t->known <= 0 || t->unit == UNIT_NONE) {
			fprintf(f, "%-28s %12s\n", t->ingredient,
			    t->known < 0 ? "mixed units" : "?");
			continue;
		}
		snprintf(b0, sizeof b0, "%s (%s)", t->ingredient,
		    unit_word(t->unit));
		fprintf(f, "%-28s %12s %12s %12s\n", b0,
		    report_fmt_amount(b1, sizeof b1, t->drawn, t->unit),
		    report_fmt_amount(b2, sizeof b2, t->injectable, t->unit),
		    t->delivered >= 0 ? report_fmt_amount(b3, sizeof b3,
		    t->delivered, t->unit) : "-");
		fprintf(f, "%-28s %12s %12s %12s\n", "",
		    t->final_conc >= 0 ? report_fmt_conc(b1, sizeof b1,
		    t->final_conc, t->unit) : "-",
		    t->per_point >= 0 ? report_fmt_amount(b2, sizeof b2,
		    t->per_point, t->unit) : "-",
		    t->per_kg >= 0 ? report_fmt_amount(b3, sizeof b3,
		    t->per_kg, t->unit) : "-");
	}
}

void
text_report_plan(FILE *f, const struct cocktail *c, const struct plan *p)
{
	const struct plan_component	*pc;
	char				 b1[48], b2[48], b3[48], b4[64];
	size_t				 i, j;

	if (c->name[0] != '\0')
		text_report_wrap(f, c->name, 0, 0, 79);
	if (p->has_geometry)
		plan_geometry_text(f, c, p);
	plan_origin_text(f, p);
	plan_volumes_text(f, p);
	fprintf(f, "%-26s %9s %9s %9s  %s\n", "Component", "mL", "per syr.",
	    "rounding", "measured with");
	fprintf(f, "%-46s %12s %12s\n", "  ingredient", "amount", "final/mL");
	for (i = 0; i < p->ncomponents; i++) {
		pc = &p->components[i];
		b4[0] = '\0';
		if (pc->measure[0] != '\0' && pc->measure_graduation_ul > 0)
			snprintf(b4, sizeof b4, "%s (%s mL)", pc->measure,
			    units_fmt_ml(b1, sizeof b1,
			    pc->measure_graduation_ul));
		else if (pc->measure[0] != '\0')
			snprintf(b4, sizeof b4, "%s (no marks)",
			    pc->measure);
		fprintf(f, "%-26s %9s %9s %9s%s%s\n",
		    c->components[pc->index].code,
		    units_fmt_ml(b1, sizeof b1, pc->volume_ul),
		    units_fmt_ml(b2, sizeof b2, pc->per_syringe_ul),
		    units_fmt_ml(b3, sizeof b3, pc->rounding_ul),
		    b4[0] != '\0' ? "  " : "", b4);
		for (j = 0; j < pc->ndoses; j++)
			plan_dose_text(f, &pc->doses[j]);
	}
	plan_totals_text(f, p);
}

void
text_report_findings(FILE *f, const struct findings *fs)
{
	static const enum severity order[] = { SEV_BLOCK, SEV_CAUTION,
	    SEV_INFO };
	const struct finding	*fd;
	char			 head[160], msg[2048];
	size_t			 i, k, j, n;
	int			 any;

	for (k = 0; k < 3; k++) {
		any = 0;
		for (i = 0; i < fs->n; i++) {
			fd = &fs->v[i];
			if (fd->severity != order[k])
				continue;
			if (!any) {
				for (n = 0, j = 0; j < fs->n; j++)
					if (fs->v[j].severity == order[k])
						n++;
				fprintf(f, "%s (%zu)\n",
				    severity_word(order[k]), n);
				any = 1;
			}
			n = (size_t)snprintf(head, sizeof head, "  %s %s",
			    severity_glyph(fd->severity), kind_name(fd->kind));
			for (j = 0; j < fd->ncodes && n < sizeof head; j++)
				n += (size_t)snprintf(head + n, sizeof head - n,
				    "%s%s", j ? " + " : " [", fd->codes[j]);
			if (fd->ncodes > 0 && n < sizeof head)
				snprintf(head + n, sizeof head - n, "]");
			fprintf(f, "%s\n", head);
			fprintf(f, "    ");
			text_report_wrap(f, finding_text(fd, FT_PERSON, msg,
			    sizeof msg), 4, 4, 79);
			if (fd->source[0] != '\0') {
				fprintf(f, "    source: ");
				text_report_wrap(f, fd->source, 6, 12, 79);
			}
		}
	}
	if (fs->n == 0)
		fprintf(f, "No findings.\n");
}

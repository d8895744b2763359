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

void
text_report_plan(FILE *f, const struct cocktail *c, const struct plan *p)
{
	const struct plan_component	*pc;
	const struct plan_dose		*d;
	const struct component		*cp;
	char				 b1[48], b2[48], b3[48], b4[48];
	size_t				 i, j;

	if (c->name[0] != '\0')
		text_report_wrap(f, c->name, 0, 0, 79);
	if (p->has_geometry) {
		fprintf(f, "Area %s, technique %s", c->area, c->technique);
		if (p->depth_um >= 0)
			fprintf(f, ", depth %s mm", units_fmt(b1, sizeof b1,
			    p->depth_um, 1000, 3));
		fputc('\n', f);
		switch (p->geometry) {
		case GEO_GRID:
			fprintf(f, "Surface %lld cm2, spacing %s mm, %s mL "
			    "per point: %lld point%s\n",
			    (long long)p->surface_cm2, units_fmt(b1, sizeof b1,
			    p->spacing_um, 1000, 3), units_fmt_ml(b2,
			    sizeof b2, p->volume_per_point_ul),
			    (long long)p->points, p->points == 1 ? "" : "s");
			break;
		case GEO_LINEAR:
			fprintf(f, "%lld threads of %s cm, %s mL per cm\n",
			    (long long)p->threads, units_fmt(b1, sizeof b1,
			    p->thread_length_mm, 10, 1), units_fmt_ml(b2,
			    sizeof b2, p->volume_per_cm_ul));
			break;
		case GEO_SURFACE:
			fprintf(f, "Surface %lld cm2, %s mL per cm2\n",
			    (long long)p->surface_cm2, units_fmt_ml(b1,
			    sizeof b1, p->volume_per_cm2_ul));
			break;
		}
	}
	fprintf(f, "Delivered %s mL + overage %s mL + dead space %s mL = "
	    "%s mL needed\n", units_fmt_ml(b1, sizeof b1, p->delivered_ul),
	    units_fmt_ml(b2, sizeof b2, p->overage_ul),
	    units_fmt_ml(b3, sizeof b3, p->dead_space_ul * p->syringes),
	    units_fmt_ml(b4, sizeof b4, p->needed_ul));
	if (p->syringe_capacity_ul > 0)
		fprintf(f, "Syringe %s mL%s%s%s, graduation %s%s: %lld "
		    "syringe%s\n", units_fmt_ml(b1, sizeof b1,
		    p->syringe_capacity_ul), p->syringe[0] ? " (" : "",
		    p->syringe, p->syringe[0] ? ")" : "",
		    p->graduation_ul > 0 ? units_fmt_ml(b2, sizeof b2,
		    p->graduation_ul) : "unknown",
		    p->graduation_ul > 0 ? " mL" : "", (long long)p->syringes,
		    p->syringes == 1 ? "" : "s");
	fprintf(f, "Total drawn %s mL\n\n", units_fmt_ml(b1, sizeof b1,
	    p->total_ul));

	fprintf(f, "%-26s %9s %9s %9s\n", "Component", "mL", "per syr.",
	    "rounding");
	fprintf(f, "%-46s %12s %12s\n", "  ingredient", "amount", "final/mL");
	for (i = 0; i < p->ncomponents; i++) {
		pc = &p->components[i];
		cp = &c->components[pc->index];
		fprintf(f, "%-26s %9s %9s %9s", cp->code,
		    units_fmt_ml(b1, sizeof b1, pc->volume_ul),
		    units_fmt_ml(b2, sizeof b2, pc->per_syringe_ul),
		    units_fmt_ml(b3, sizeof b3, pc->rounding_ul));
		fputc('\n', f);
		for (j = 0; j < pc->ndoses; j++) {
			d = &pc->doses[j];
			snprintf(b3, sizeof b3, "  %s%s", d->ingredient,
			    d->active ? "" : " (exc.)");
			if (!d->known) {
				fprintf(f, "%-46.46s %12s %12s\n", b3, "?", "?");
				continue;
			}
			snprintf(b1, sizeof b1, "%s %s", report_fmt_amount(b4,
			    sizeof b4, d->amount, d->unit),
			    d->unit == UNIT_MU ? "units" : "mg");
			snprintf(b2, sizeof b2, "%s %s", report_fmt_conc(b4,
			    sizeof b4, d->final_conc, d->unit),
			    d->unit == UNIT_MU ? "units" : "mg");
			fprintf(f, "%-46.46s %12s %12s", b3, b1, b2);
			if (d->per_point >= 0 || d->per_kg >= 0) {
				fputc('\n', f);
				fprintf(f, "%48s", "");
				if (d->per_point >= 0)
					fprintf(f, "%s %s/point", report_fmt_amount(
					    b4, sizeof b4, d->per_point,
					    d->unit), d->unit == UNIT_MU ?
					    "units" : "mg");
				if (d->per_kg >= 0)
					fprintf(f, "%s%s %s/kg",
					    d->per_point >= 0 ? ", " : "",
					    report_fmt_amount(b4, sizeof b4,
					    d->per_kg, d->unit),
					    d->unit == UNIT_MU ? "units" :
					    "mg");
			}
			fputc('\n', f);
		}
	}
	/* Each active over the whole mix: what the limits are held against. */
	fprintf(f, "\n%-28s %11s %11s %11s %11s\n", "Whole mix", "drawn",
	    "delivered", "final/mL", "per point");
	for (i = 0; i < p->ntotals; i++) {
		const struct plan_total *t = &p->totals[i];
		const char		*u;

		if (t->known <= 0 || t->unit == UNIT_NONE) {
			fprintf(f, "%-28s %11s\n", t->ingredient,
			    t->known < 0 ? "mixed units" : "?");
			continue;
		}
		u = t->unit == UNIT_MU ? "units" : "mg";
		fprintf(f, "%-28s %11s %11s %11s %11s %s\n", t->ingredient,
		    report_fmt_amount(b1, sizeof b1, t->drawn, t->unit),
		    report_fmt_amount(b2, sizeof b2, t->delivered, t->unit),
		    report_fmt_conc(b3, sizeof b3, t->final_conc, t->unit),
		    t->per_point >= 0 ? report_fmt_amount(b4, sizeof b4,
		    t->per_point, t->unit) : "-", u);
	}
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

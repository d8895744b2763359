/*
 * Widgets: text cut to a width in display columns (UTF-8), boxes, list
 * scrolling and the line editor.  Drawing goes to stdscr; the loop
 * refreshes.
 */
#include "config.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "core/xmalloc.h"
#include "tui/app.h"

static size_t	u8_prev(const char *, size_t);
static size_t	u8_next(const char *, size_t, size_t);

/* Display columns of a UTF-8 string. */
size_t
w_width(const char *s)
{
	mbstate_t	 st;
	wchar_t		 wc;
	size_t		 n, cols = 0;
	int		 w;

	memset(&st, 0, sizeof st);
	while (*s != '\0') {
		n = mbrtowc(&wc, s, MB_CUR_MAX, &st);
		if (n == (size_t)-1 || n == (size_t)-2) {
			memset(&st, 0, sizeof st);
			n = 1;
			wc = L'?';
		}
		if (n == 0)
			break;
		w = wcwidth(wc);
		cols += w < 0 ? 1 : (size_t)w;
		s += n;
	}
	return (cols);
}

/*
 * Put s at (y, x) in at most width columns, padded with blanks, in a
 * role's attribute.  Returns the columns of text written.
 */
int
w_put(int y, int x, int width, int role, const char *s)
{
	mbstate_t	 st;
	wchar_t		 wc;
	size_t		 n;
	int		 w, col = 0, maxy, maxx;

	getmaxyx(stdscr, maxy, maxx);
	if (y < 0 || y >= maxy || x < 0 || x >= maxx || width <= 0)
		return (0);
	if (x + width > maxx)
		width = maxx - x;
	attrset(tui_attr((enum color_role)role));
	move(y, x);
	memset(&st, 0, sizeof st);
	while (s != NULL && *s != '\0') {
		n = mbrtowc(&wc, s, MB_CUR_MAX, &st);
		if (n == (size_t)-1 || n == (size_t)-2) {
			memset(&st, 0, sizeof st);
			n = 1;
			wc = L'?';
		}
		if (n == 0)
			break;
		if (wc < L' ' || wc == 0x7f)
			wc = L' ';
		if ((w = wcwidth(wc)) < 0) {
			wc = L'?';
			w = 1;
		}
		if (col + w > width)
			break;
		addnwstr(&wc, 1);
		col += w;
		s += n;
	}
	w = col;
	for (; col < width; col++)
		addch(' ');
	attrset(A_NORMAL);
	return (w);
}

void
w_fill(int y, int x, int h, int w)
{
	int	i;

	for (i = 0; i < h; i++)
		w_put(y + i, x, w, CR_POPUP, "");
}

/* A popup: cleared, bordered, with a title. */
void
w_box(int y, int x, int h, int w, const char *title)
{
	char	t[160];
	int	i;

	w_fill(y, x, h, w);
	if (MB_CUR_MAX > 1) {
		/* UTF-8: box characters as text, the same in every terminal. */
		char	line[1024];
		size_t	n = 0;

		for (i = 0; i < w && n + 4 < sizeof line; i++) {
			memcpy(line + n, i == 0 ? "\u250c" : i == w - 1 ?
			    "\u2510" : "\u2500", 3);
			n += 3;
		}
		line[n] = '\0';
		w_put(y, x, w, CR_BORDER, line);
		for (n = 0, i = 0; i < w && n + 4 < sizeof line; i++) {
			memcpy(line + n, i == 0 ? "\u2514" : i == w - 1 ?
			    "\u2518" : "\u2500", 3);
			n += 3;
		}
		line[n] = '\0';
		w_put(y + h - 1, x, w, CR_BORDER, line);
		for (i = 1; i < h - 1; i++) {
			w_put(y + i, x, 1, CR_BORDER, "\u2502");
			w_put(y + i, x + w - 1, 1, CR_BORDER, "\u2502");
		}
	} else {
		attrset(tui_attr(CR_BORDER));
		mvaddch(y, x, ACS_ULCORNER);
		mvhline(y, x + 1, ACS_HLINE, w - 2);
		mvaddch(y, x + w - 1, ACS_URCORNER);
		for (i = 1; i < h - 1; i++) {
			mvaddch(y + i, x, ACS_VLINE);
			mvaddch(y + i, x + w - 1, ACS_VLINE);
		}
		mvaddch(y + h - 1, x, ACS_LLCORNER);
		mvhline(y + h - 1, x + 1, ACS_HLINE, w - 2);
		mvaddch(y + h - 1, x + w - 1, ACS_LRCORNER);
		attrset(A_NORMAL);
	}
	if (title != NULL && *title != '\0') {
		snprintf(t, sizeof t, " %s ", title);
		w_put(y, x + 2, (int)w_width(t) < w - 4 ? (int)w_width(t) :
		    w - 4, CR_HEADER, t);
	}
}

/* A centred popup of at most want_h x want_w inside rows x cols. */
void
w_center(int rows, int cols, int *y, int *x, int *h, int *w, int want_h,
    int want_w)
{
	*h = want_h < rows - 2 ? want_h : rows - 2;
	*w = want_w < cols - 2 ? want_w : cols - 2;
	*y = (rows - 2 - *h) / 2;
	*x = (cols - *w) / 2;
	if (*y < 0)
		*y = 0;
}

/* Keep the selection inside the list and visible in height rows. */
void
w_list_fix(struct listpos *p, size_t n, int height)
{
	size_t	h = height > 0 ? (size_t)height : 1;

	if (n == 0) {
		p->sel = p->top = 0;
		return;
	}
	if (p->sel >= n)
		p->sel = n - 1;
	if (p->sel < p->top)
		p->top = p->sel;
	if (p->sel >= p->top + h)
		p->top = p->sel - h + 1;
	if (p->top + h > n)
		p->top = n > h ? n - h : 0;
}

/* Move in a list; 1 when the command was a move. */
int
w_list_key(struct listpos *p, size_t n, int height, enum cmd cmd)
{
	size_t	page = height > 1 ? (size_t)height - 1 : 1;

	switch (cmd) {
	case CMD_UP:
		if (p->sel > 0)
			p->sel--;
		break;
	case CMD_DOWN:
		if (p->sel + 1 < n)
			p->sel++;
		break;
	case CMD_PAGE_UP:
		p->sel = p->sel > page ? p->sel - page : 0;
		break;
	case CMD_PAGE_DOWN:
		p->sel = p->sel + page < n ? p->sel + page : (n ? n - 1 : 0);
		break;
	case CMD_HOME:
		p->sel = 0;
		break;
	case CMD_END:
		p->sel = n ? n - 1 : 0;
		break;
	default:
		return (0);
	}
	w_list_fix(p, n, height);
	return (1);
}

/* The line editor ------------------------------------------------------ */

static size_t
u8_prev(const char *s, size_t i)
{
	if (i == 0)
		return (0);
	i--;
	while (i > 0 && ((unsigned char)s[i] & 0xc0) == 0x80)
		i--;
	return (i);
}

static size_t
u8_next(const char *s, size_t i, size_t len)
{
	if (i >= len)
		return (len);
	i++;
	while (i < len && ((unsigned char)s[i] & 0xc0) == 0x80)
		i++;
	return (i);
}

void
le_set(struct lineedit *le, const char *s)
{
	snprintf(le->buf, sizeof le->buf, "%s", s != NULL ? s : "");
	le->len = strlen(le->buf);
	le->cur = le->len;
}

int
le_insert(struct lineedit *le, wint_t ch)
{
	char		 mb[16];
	mbstate_t	 st;
	size_t		 n;

	memset(&st, 0, sizeof st);
	n = wcrtomb(mb, (wchar_t)ch, &st);
	if (n == (size_t)-1 || n == 0 || le->len + n >= sizeof le->buf)
		return (0);
	memmove(le->buf + le->cur + n, le->buf + le->cur,
	    le->len - le->cur + 1);
	memcpy(le->buf + le->cur, mb, n);
	le->len += n;
	le->cur += n;
	return (1);
}

/* Edit with a command: 1 text changed, 2 cursor moved, 0 not an edit. */
int
le_key(struct lineedit *le, enum cmd cmd)
{
	size_t	p;

	switch (cmd) {
	case CMD_LEFT:
		le->cur = u8_prev(le->buf, le->cur);
		return (2);
	case CMD_RIGHT:
		le->cur = u8_next(le->buf, le->cur, le->len);
		return (2);
	case CMD_HOME:
		le->cur = 0;
		return (2);
	case CMD_END:
		le->cur = le->len;
		return (2);
	case CMD_ERASE:
		if (le->cur == 0)
			return (2);
		p = u8_prev(le->buf, le->cur);
		memmove(le->buf + p, le->buf + le->cur, le->len - le->cur + 1);
		le->len -= le->cur - p;
		le->cur = p;
		return (1);
	case CMD_ERASE_NEXT:
		if (le->cur >= le->len)
			return (2);
		p = u8_next(le->buf, le->cur, le->len);
		memmove(le->buf + le->cur, le->buf + p, le->len - p + 1);
		le->len -= p - le->cur;
		return (1);
	case CMD_KILL:
		le_set(le, "");
		return (1);
	default:
		return (0);
	}
}

/* Draw the line in width columns, the cursor shown in reverse. */
void
le_draw(const struct lineedit *le, int y, int x, int width, int cursor)
{
	char	 before[sizeof le->buf], at[8];
	const char *start;
	size_t	 n, skip;
	int	 col;

	if (width <= 1)
		return;
	memcpy(before, le->buf, le->cur);
	before[le->cur] = '\0';
	/* Scroll so that the cursor stays visible. */
	skip = 0;
	while (w_width(before + skip) >= (size_t)width - 1 &&
	    skip < le->cur)
		skip = u8_next(le->buf, skip, le->len);
	start = le->buf + skip;
	w_put(y, x, width, CR_POPUP, start);
	if (!cursor)
		return;
	col = (int)w_width(before + skip);
	n = u8_next(le->buf, le->cur, le->len) - le->cur;
	if (n == 0) {
		at[0] = ' ';
		n = 1;
	} else
		memcpy(at, le->buf + le->cur, n);
	at[n] = '\0';
	if (col < width)
		w_put(y, x + col, (int)w_width(at), CR_SELECTED, at);
}

/* Word-wrap text to width columns, appending to a list of lines. */
int
w_wrap(const char *text, int width, char ***lines, size_t *n)
{
	char		 line[1024];
	const char	*w, *e;
	size_t		 len = 0, wl;

	if (width < 8)
		width = 8;
	line[0] = '\0';
	w = text;
	for (;;) {
		while (*w == ' ')
			w++;
		e = w;
		while (*e != '\0' && *e != ' ' && *e != '\n')
			e++;
		wl = (size_t)(e - w);
		if (wl > sizeof line - 1)
			wl = sizeof line - 1;
		if (len > 0 && (w_width(line) + 1 + wl > (size_t)width ||
		    len + 1 + wl >= sizeof line)) {
			*lines = xreallocarray(*lines, *n + 1, sizeof **lines);
			(*lines)[(*n)++] = xstrdup(line);
			len = 0;
			line[0] = '\0';
		}
		if (wl > 0) {
			if (len > 0)
				line[len++] = ' ';
			memcpy(line + len, w, wl);
			len += wl;
			line[len] = '\0';
		}
		if (*e == '\n' || *e == '\0') {
			if (len > 0 || *e == '\n') {
				*lines = xreallocarray(*lines, *n + 1,
				    sizeof **lines);
				(*lines)[(*n)++] = xstrdup(line);
			}
			len = 0;
			line[0] = '\0';
			if (*e == '\0')
				break;
			e++;
		}
		w = e;
	}
	return (0);
}

void
w_free_lines(char **lines, size_t n)
{
	size_t	i;

	for (i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}

#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

static void (*log_cleanup)(void);

void
log_set_cleanup(void (*fn)(void))
{
	log_cleanup = fn;
}

static void __attribute__((noreturn))
log_die(int with_errno, const char *fmt, va_list ap)
{
	int	saved = errno;

	if (log_cleanup != NULL) {
		void (*fn)(void) = log_cleanup;

		log_cleanup = NULL;
		fn();
	}
	fputs("mesomix: fatal: ", stderr);
	vfprintf(stderr, fmt, ap);
	if (with_errno)
		fprintf(stderr, ": %s", strerror(saved));
	fputc('\n', stderr);
	exit(70);
}

void
fatal(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	log_die(1, fmt, ap);
}

void
fatalx(const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	log_die(0, fmt, ap);
}

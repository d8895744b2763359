/*
 * Shared by the fuzz targets: a standalone main (-DFUZZ_STANDALONE) that
 * replays the files given on the command line through
 * LLVMFuzzerTestOneInput, so crashes reproduce without libFuzzer.
 */
#ifndef MESO_FUZZ_COMMON_H
#define MESO_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* A NUL-terminated copy of the input (the parsers want text at len). */
static char *
fuzz_text(const uint8_t *data, size_t size)
{
	char	*t = malloc(size + 1);

	if (t == NULL)
		abort();
	if (size > 0)
		memcpy(t, data, size);
	t[size] = '\0';
	return (t);
}

#ifdef FUZZ_STANDALONE
int
main(int argc, char **argv)
{
	FILE	*fp;
	uint8_t	*buf;
	size_t	 n, cap;
	int	 i;

	for (i = 1; i < argc; i++) {
		if ((fp = fopen(argv[i], "rb")) == NULL) {
			perror(argv[i]);
			return (1);
		}
		cap = 4096;
		n = 0;
		if ((buf = malloc(cap)) == NULL)
			abort();
		for (;;) {
			size_t r = fread(buf + n, 1, cap - n, fp);

			n += r;
			if (n < cap)
				break;
			cap *= 2;
			if ((buf = realloc(buf, cap)) == NULL)
				abort();
		}
		fclose(fp);
		fprintf(stderr, "%s: %zu bytes\n", argv[i], n);
		LLVMFuzzerTestOneInput(buf, n);
		free(buf);
	}
	return (0);
}
#endif

#endif

/* Fatal errors: run the registered cleanup hook (restores the terminal), then exit 70. */
#ifndef MESO_LOG_H
#define MESO_LOG_H

void	log_set_cleanup(void (*)(void));
void	fatal(const char *, ...)
	    __attribute__((noreturn, format(printf, 1, 2)));
void	fatalx(const char *, ...)
	    __attribute__((noreturn, format(printf, 1, 2)));

#endif

/*
 * Clinic data: saved patients, named formulations, the composer's
 * autosaved draft, and the audit trail.  Every write is one transaction.
 */
#ifndef MESO_STORE_CLINIC_H
#define MESO_STORE_CLINIC_H

#include <stddef.h>
#include <stdint.h>

#include "core/cocktail.h"
#include "store/db.h"

/* Insert or replace a patient by id; 0 or -1 (db->err). */
int	store_patient_save(struct db *, const struct patient *);
/* Load by id: 0 found, 1 not found, -1 error. */
int	store_patient_load(struct db *, const char *, struct patient *);
/* Patients whose id or name contains text ("" all), at most max. */
int	store_patient_find(struct db *, const char *, struct patient *, size_t);

struct formulation_info {
	long long	 id;
	char		 name[256];
	char		 patient[65];
	char		 updated[32];
};

/* Save under a name (replacing one of that name); 0 or -1. */
int	store_formulation_save(struct db *, const char *, const struct cocktail *);
/* Open by name: 0, 1 not found, -1 error (a damaged body is an error). */
int	store_formulation_load(struct db *, const char *, struct cocktail *);
int	store_formulation_list(struct db *, struct formulation_info *, size_t);
/* Copy a saved formulation under a new name; 0, 1 not found, -1. */
int	store_formulation_duplicate(struct db *, const char *, const char *);
int	store_formulation_delete(struct db *, const char *);

/* The draft of an owner (user name): save, load (0, 1 none, -1), clear. */
int	store_draft_save(struct db *, const char *, const struct cocktail *);
int	store_draft_load(struct db *, const char *, struct cocktail *);
int	store_draft_clear(struct db *, const char *);
/* When the owner's draft was last saved (UTC, ISO 8601): 0, 1 none, -1. */
int	store_draft_updated(struct db *, const char *, char *, size_t);
/* The draft owner: $USER, else the password entry's name, else "default". */
void	store_clinic_owner(char *, size_t);

/* A formulary syringe's capacity in uL: 0, 1 unknown code, -1 error. */
int	store_syringe_capacity(struct db *, const char *, int64_t *);

int	store_audit(struct db *, const char *, const char *, const char *);

#endif

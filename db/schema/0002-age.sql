-- mesomix schema, step 2: age rules.
-- A database is built as step 1, then the seed formulary, then every later
-- step: a new database and an upgraded one go through the same SQL.  Rows
-- that name an ingredient are added only where the formulary has it.

-- Age: an ingredient, an ingredient group, or (both NULL) every mix, for
-- patients younger than below_age or older than above_age (years).
CREATE TABLE age_rule (
	id INTEGER PRIMARY KEY,
	below_age INTEGER CHECK (below_age IS NULL OR (below_age >= 1 AND below_age <= 130)),
	above_age INTEGER CHECK (above_age IS NULL OR (above_age >= 1 AND above_age <= 130)),
	ingredient TEXT REFERENCES ingredient(code),
	grp TEXT REFERENCES ingredient_group(code),
	level TEXT NOT NULL CHECK (level IN ('absolute', 'relative', 'info')),
	message TEXT NOT NULL CHECK (length(message) > 0),
	source TEXT NOT NULL CHECK (length(source) > 0),
	CHECK ((below_age IS NULL) <> (above_age IS NULL)),
	CHECK (ingredient IS NULL OR grp IS NULL)
) STRICT;

INSERT INTO age_rule (below_age, above_age, ingredient, grp, level, message, source)
SELECT 18, NULL, 'deoxycholic-acid', NULL, 'relative',
 'Deoxycholic acid (Kybella): safety and effectiveness have not been established under 18 years.',
 'Kybella ISI (refineaestheticsllc; hcp.mykybella.com; oncologynurseadvisor) [L]'
WHERE EXISTS (SELECT 1 FROM ingredient WHERE code = 'deoxycholic-acid')
UNION ALL
SELECT 18, NULL, 'phosphatidylcholine', NULL, 'absolute',
 'Phosphatidylcholine / deoxycholate (injection lipolysis): under 18 years is listed as a contraindication.',
 'yanjiskin blog (citing literature) [W]'
WHERE EXISTS (SELECT 1 FROM ingredient WHERE code = 'phosphatidylcholine')
UNION ALL
SELECT 18, NULL, 'biotin', NULL, 'relative',
 'Biotin injection (Biotine Bayer 0.5 %) is labelled for adults only.',
 'ANSM RCP R0371428 (Biotine Bayer) [L]'
WHERE EXISTS (SELECT 1 FROM ingredient WHERE code = 'biotin')
UNION ALL
SELECT 18, NULL, NULL, NULL, 'relative',
 'Clinic source: mesotherapy candidates are 18 to 75 years old; under 18 is outside that range.',
 'doctormedica.co [W]'
WHERE EXISTS (SELECT 1 FROM ingredient)
UNION ALL
SELECT NULL, 75, NULL, NULL, 'relative',
 'Clinic source: mesotherapy candidates are 18 to 75 years old; over 75 is outside that range.',
 'doctormedica.co [W]'
WHERE EXISTS (SELECT 1 FROM ingredient);

-- mesomix schema, step 1: the formulary, patients, formulations, drafts, audit.
-- Append-only: never edit a released step; add a new NNNN file instead.
--
-- Units, everywhere: volumes in microlitres (_ul), lengths in micrometres
-- (_um) or millimetres where named (_mm), surfaces in cm2, masses in
-- micrograms (_ug), enzyme activity in milli-units (_mu), pH as a real
-- number 0..14, osmolality in mOsm/kg.  A strength is stored as an amount
-- per mL in the unit its row names ('ug' per mL or 'mu' per mL).
-- Every medical row carries its source.  NULL means "no source found":
-- the user enters the value, the program never guesses it.

CREATE TABLE ingredient_group (
	code TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9-]*'),
	name TEXT NOT NULL CHECK (length(name) > 0)
) STRICT;

CREATE TABLE allergen_class (
	code TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9-]*'),
	name TEXT NOT NULL CHECK (length(name) > 0)
) STRICT;

-- Other names a patient's allergy may be given as (paba -> ester-anaesthetic).
CREATE TABLE allergen_alias (
	alias TEXT PRIMARY KEY CHECK (alias GLOB '[a-z]*' AND alias NOT GLOB '*[^a-z0-9-]*'),
	class TEXT NOT NULL REFERENCES allergen_class(code)
) STRICT;

CREATE TABLE ingredient (
	code TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9-]*'),
	name TEXT NOT NULL CHECK (length(name) > 0),
	grp TEXT NOT NULL REFERENCES ingredient_group(code),
	excipient INTEGER NOT NULL DEFAULT 0 CHECK (excipient IN (0, 1)),
	-- an allergen class code (soy, bovine, ovine, avian-protein, fish) or
	-- 'synthetic', 'fermentation', 'human-recombinant', 'mineral', 'plant'; NULL unknown
	origin TEXT CHECK (origin IS NULL OR origin GLOB '[a-z]*'),
	ph_min REAL CHECK (ph_min IS NULL OR (ph_min >= 0 AND ph_min <= 14)),
	ph_max REAL CHECK (ph_max IS NULL OR (ph_max >= 0 AND ph_max <= 14)),
	osmolality INTEGER CHECK (osmolality IS NULL OR (osmolality > 0 AND osmolality < 100000)),
	light_sensitive INTEGER CHECK (light_sensitive IS NULL OR light_sensitive IN (0, 1)),
	-- oil- or alcohol-based vehicle: never injected intradermally
	oily INTEGER NOT NULL DEFAULT 0 CHECK (oily IN (0, 1)),
	stability TEXT,
	synonyms TEXT NOT NULL DEFAULT '',
	source TEXT NOT NULL CHECK (length(source) > 0),
	CHECK (ph_min IS NULL OR ph_max IS NULL OR ph_min <= ph_max)
) STRICT;

-- Which allergen classes an ingredient belongs to (procaine: ester-anaesthetic;
-- sodium-metabisulfite: sulfite; cyanocobalamin: cobalt).
CREATE TABLE ingredient_allergen (
	ingredient TEXT NOT NULL REFERENCES ingredient(code),
	class TEXT NOT NULL REFERENCES allergen_class(code),
	severity TEXT NOT NULL CHECK (severity IN ('block', 'caution', 'info')),
	message TEXT NOT NULL CHECK (length(message) > 0),
	source TEXT NOT NULL CHECK (length(source) > 0),
	PRIMARY KEY (ingredient, class)
) STRICT;

-- An allergy to class `from_class` also reaches `to_class` (egg -> avian-protein).
CREATE TABLE allergen_cross (
	from_class TEXT NOT NULL REFERENCES allergen_class(code),
	to_class TEXT NOT NULL REFERENCES allergen_class(code),
	severity TEXT NOT NULL CHECK (severity IN ('block', 'caution', 'info')),
	message TEXT NOT NULL CHECK (length(message) > 0),
	source TEXT NOT NULL CHECK (length(source) > 0),
	PRIMARY KEY (from_class, to_class),
	CHECK (from_class <> to_class)
) STRICT;

CREATE TABLE product (
	code TEXT PRIMARY KEY CHECK (code GLOB '[a-z0-9]*' AND code NOT GLOB '*[^a-z0-9-]*'),
	name TEXT NOT NULL CHECK (length(name) > 0),
	form TEXT NOT NULL CHECK (form IN ('solution', 'gel', 'powder', 'suspension', 'emulsion')),
	container_ul INTEGER CHECK (container_ul IS NULL OR (container_ul > 0 AND container_ul <= 1000000)),
	multi_dose INTEGER CHECK (multi_dose IS NULL OR multi_dose IN (0, 1)),
	ph_min REAL CHECK (ph_min IS NULL OR (ph_min >= 0 AND ph_min <= 14)),
	ph_max REAL CHECK (ph_max IS NULL OR (ph_max >= 0 AND ph_max <= 14)),
	osmolality INTEGER CHECK (osmolality IS NULL OR (osmolality > 0 AND osmolality < 100000)),
	synonyms TEXT NOT NULL DEFAULT '',
	note TEXT,
	source TEXT NOT NULL CHECK (length(source) > 0),
	CHECK (ph_min IS NULL OR ph_max IS NULL OR ph_min <= ph_max)
) STRICT;

-- What a product holds, actives and excipients, each with its strength.
CREATE TABLE product_ingredient (
	product TEXT NOT NULL REFERENCES product(code) ON DELETE CASCADE,
	ingredient TEXT NOT NULL REFERENCES ingredient(code),
	role TEXT NOT NULL CHECK (role IN ('active', 'excipient')),
	-- amount per mL; NULL when the label gives no figure
	strength INTEGER CHECK (strength IS NULL OR (strength > 0 AND strength <= 2000000000)),
	unit TEXT NOT NULL CHECK (unit IN ('ug', 'mu')),
	-- overrides the ingredient's origin for this product (bovine hyaluronidase)
	origin TEXT CHECK (origin IS NULL OR origin GLOB '[a-z]*'),
	source TEXT NOT NULL CHECK (length(source) > 0),
	PRIMARY KEY (product, ingredient)
) STRICT;

CREATE TABLE condition (
	code TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9-]*'),
	name TEXT NOT NULL CHECK (length(name) > 0)
) STRICT;

CREATE TABLE medication_class (
	code TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9-]*'),
	name TEXT NOT NULL CHECK (length(name) > 0)
) STRICT;

-- A condition or a medication class against an ingredient, an ingredient
-- group, or (both NULL) every mix.  absolute -> block, relative -> caution.
CREATE TABLE contraindication (
	id INTEGER PRIMARY KEY,
	condition TEXT REFERENCES condition(code),
	medication TEXT REFERENCES medication_class(code),
	ingredient TEXT REFERENCES ingredient(code),
	grp TEXT REFERENCES ingredient_group(code),
	level TEXT NOT NULL CHECK (level IN ('absolute', 'relative', 'info')),
	message TEXT NOT NULL CHECK (length(message) > 0),
	source TEXT NOT NULL CHECK (length(source) > 0),
	CHECK ((condition IS NULL) <> (medication IS NULL)),
	CHECK (ingredient IS NULL OR grp IS NULL)
) STRICT;

-- Dose limits for one ingredient.  Masses in ug (or mu for enzymes: `unit`).
-- requires/unless: the limit holds only when that ingredient is (or is not)
-- in the same mix (lidocaine with or without epinephrine).
CREATE TABLE dose_limit (
	id INTEGER PRIMARY KEY,
	ingredient TEXT NOT NULL REFERENCES ingredient(code),
	unit TEXT NOT NULL CHECK (unit IN ('ug', 'mu')),
	requires TEXT REFERENCES ingredient(code),
	unless TEXT REFERENCES ingredient(code),
	max_session INTEGER CHECK (max_session IS NULL OR max_session > 0),
	max_per_kg INTEGER CHECK (max_per_kg IS NULL OR max_per_kg > 0),
	max_per_point INTEGER CHECK (max_per_point IS NULL OR max_per_point > 0),
	-- maximum final concentration, amount per mL
	max_conc INTEGER CHECK (max_conc IS NULL OR max_conc > 0),
	severity TEXT NOT NULL CHECK (severity IN ('block', 'caution', 'info')),
	message TEXT NOT NULL CHECK (length(message) > 0),
	source TEXT NOT NULL CHECK (length(source) > 0),
	CHECK (coalesce(max_session, max_per_kg, max_per_point, max_conc) IS NOT NULL)
) STRICT;

-- Compatibility of two things in one syringe.  a_kind/b_kind say what the
-- code names: an ingredient, an ingredient group, or '*' (any other
-- ingredient in the mix).  cond narrows when the rule holds:
--   ratio: volume of b's component over volume of a's exceeds ratio_max / 1000;
--   ph:    b's pH (its component's upper bound) is below ph_below;
--   conc:  a's final concentration exceeds conc_max (amount per mL).
CREATE TABLE compat_rule (
	id INTEGER PRIMARY KEY,
	a_kind TEXT NOT NULL CHECK (a_kind IN ('ingredient', 'group')),
	a TEXT NOT NULL,
	b_kind TEXT NOT NULL CHECK (b_kind IN ('ingredient', 'group', 'any')),
	b TEXT NOT NULL,
	verdict TEXT NOT NULL CHECK (verdict IN ('compatible', 'incompatible', 'caution', 'conflicting')),
	cond TEXT CHECK (cond IS NULL OR cond IN ('ratio', 'ph', 'conc')),
	ratio_max INTEGER CHECK (ratio_max IS NULL OR ratio_max > 0),
	ph_below REAL CHECK (ph_below IS NULL OR (ph_below > 0 AND ph_below <= 14)),
	conc_max INTEGER CHECK (conc_max IS NULL OR conc_max > 0),
	kind TEXT NOT NULL DEFAULT 'incompatibility' CHECK (kind IN ('incompatibility', 'stability')),
	message TEXT NOT NULL CHECK (length(message) > 0),
	evidence TEXT NOT NULL CHECK (evidence IN ('L', 'P', 'S', 'W', 'inference')),
	source TEXT NOT NULL CHECK (length(source) > 0),
	CHECK (cond IS NOT 'ratio' OR ratio_max IS NOT NULL),
	CHECK (cond IS NOT 'ph' OR ph_below IS NOT NULL),
	CHECK (cond IS NOT 'conc' OR conc_max IS NOT NULL),
	CHECK ((b_kind = 'any') = (b = '*'))
) STRICT;

-- Rules on the whole mix: 'max-products' (value_max products),
-- 'ph-window' (value_min..value_max), 'oily' (any oily or alcoholic vehicle).
CREATE TABLE mix_rule (
	code TEXT PRIMARY KEY CHECK (code IN ('max-products', 'ph-window', 'oily')),
	value_min REAL,
	value_max REAL,
	severity TEXT NOT NULL CHECK (severity IN ('block', 'caution', 'info')),
	kind TEXT NOT NULL CHECK (kind IN ('count', 'stability', 'incompatibility')),
	message TEXT NOT NULL CHECK (length(message) > 0),
	source TEXT NOT NULL CHECK (length(source) > 0)
) STRICT;

-- Techniques.  geometry: grid (points = surface / spacing^2), linear
-- (threads x length x volume per cm), surface (surface x volume per cm2).
CREATE TABLE technique (
	code TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9-]*'),
	name TEXT NOT NULL CHECK (length(name) > 0),
	geometry TEXT NOT NULL CHECK (geometry IN ('grid', 'linear', 'surface')),
	depth_min_um INTEGER CHECK (depth_min_um IS NULL OR (depth_min_um >= 0 AND depth_min_um <= 30000)),
	depth_max_um INTEGER CHECK (depth_max_um IS NULL OR (depth_max_um > 0 AND depth_max_um <= 30000)),
	needle TEXT,
	spacing_um INTEGER CHECK (spacing_um IS NULL OR (spacing_um > 0 AND spacing_um <= 100000)),
	volume_per_point_ul INTEGER CHECK (volume_per_point_ul IS NULL OR (volume_per_point_ul > 0 AND volume_per_point_ul <= 5000)),
	volume_per_cm_ul INTEGER CHECK (volume_per_cm_ul IS NULL OR (volume_per_cm_ul > 0 AND volume_per_cm_ul <= 5000)),
	volume_per_cm2_ul INTEGER CHECK (volume_per_cm2_ul IS NULL OR (volume_per_cm2_ul > 0 AND volume_per_cm2_ul <= 5000)),
	source TEXT NOT NULL CHECK (length(source) > 0),
	CHECK (depth_min_um IS NULL OR depth_max_um IS NULL OR depth_min_um <= depth_max_um)
) STRICT;

CREATE TABLE area (
	code TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9-]*'),
	name TEXT NOT NULL CHECK (length(name) > 0),
	surface_cm2 INTEGER CHECK (surface_cm2 IS NULL OR (surface_cm2 > 0 AND surface_cm2 <= 30000)),
	-- deepest placement that suits the area, NULL when no source gives one
	max_depth_um INTEGER CHECK (max_depth_um IS NULL OR (max_depth_um > 0 AND max_depth_um <= 30000)),
	-- above the clavicles: faster absorption of local anaesthetics
	above_clavicles INTEGER NOT NULL DEFAULT 0 CHECK (above_clavicles IN (0, 1)),
	source TEXT NOT NULL CHECK (length(source) > 0)
) STRICT;

-- Which techniques suit an area, with per-pair defaults that override the
-- technique's own.
CREATE TABLE area_technique (
	area TEXT NOT NULL REFERENCES area(code),
	technique TEXT NOT NULL REFERENCES technique(code),
	spacing_um INTEGER CHECK (spacing_um IS NULL OR (spacing_um > 0 AND spacing_um <= 100000)),
	volume_per_point_ul INTEGER CHECK (volume_per_point_ul IS NULL OR (volume_per_point_ul > 0 AND volume_per_point_ul <= 5000)),
	source TEXT NOT NULL CHECK (length(source) > 0),
	PRIMARY KEY (area, technique)
) STRICT;

CREATE TABLE syringe (
	code TEXT PRIMARY KEY CHECK (code GLOB '[a-z0-9]*' AND code NOT GLOB '*[^a-z0-9-]*'),
	name TEXT NOT NULL CHECK (length(name) > 0),
	capacity_ul INTEGER NOT NULL CHECK (capacity_ul > 0 AND capacity_ul <= 100000),
	graduation_ul INTEGER CHECK (graduation_ul IS NULL OR (graduation_ul > 0 AND graduation_ul <= 10000)),
	dead_space_ul INTEGER CHECK (dead_space_ul IS NULL OR (dead_space_ul >= 0 AND dead_space_ul <= 10000)),
	source TEXT NOT NULL CHECK (length(source) > 0)
) STRICT;

CREATE TABLE needle (
	code TEXT PRIMARY KEY CHECK (code GLOB '[a-z0-9]*' AND code NOT GLOB '*[^a-z0-9-]*'),
	name TEXT NOT NULL CHECK (length(name) > 0),
	gauge INTEGER NOT NULL CHECK (gauge BETWEEN 10 AND 34),
	length_um INTEGER NOT NULL CHECK (length_um > 0 AND length_um <= 100000),
	dead_space_ul INTEGER CHECK (dead_space_ul IS NULL OR (dead_space_ul >= 0 AND dead_space_ul <= 1000)),
	source TEXT NOT NULL CHECK (length(source) > 0)
) STRICT;

CREATE TABLE indication (
	code TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9-]*'),
	name TEXT NOT NULL CHECK (length(name) > 0),
	area TEXT REFERENCES area(code),
	technique TEXT REFERENCES technique(code),
	note TEXT,
	source TEXT NOT NULL CHECK (length(source) > 0)
) STRICT;

-- A template cocktail: components in order.  Either a product, or an
-- ingredient with an optional stock strength; amount in parts or in uL.
CREATE TABLE template_component (
	indication TEXT NOT NULL REFERENCES indication(code),
	seq INTEGER NOT NULL CHECK (seq > 0),
	product TEXT REFERENCES product(code),
	ingredient TEXT REFERENCES ingredient(code),
	strength INTEGER CHECK (strength IS NULL OR strength > 0),
	unit TEXT CHECK (unit IS NULL OR unit IN ('ug', 'mu')),
	parts INTEGER CHECK (parts IS NULL OR (parts > 0 AND parts <= 1000)),
	volume_ul INTEGER CHECK (volume_ul IS NULL OR (volume_ul > 0 AND volume_ul <= 100000)),
	source TEXT NOT NULL CHECK (length(source) > 0),
	PRIMARY KEY (indication, seq),
	CHECK ((product IS NULL) <> (ingredient IS NULL)),
	CHECK ((parts IS NULL) <> (volume_ul IS NULL)),
	CHECK (product IS NULL OR strength IS NULL),
	CHECK ((strength IS NULL) = (unit IS NULL))
) STRICT;

-- Search over everything a person may type: codes, names, synonyms.
CREATE VIRTUAL TABLE formulary_fts USING fts5(
	code, name, synonyms, kind UNINDEXED, tokenize = 'trigram');

CREATE TRIGGER ingredient_fts_ai AFTER INSERT ON ingredient BEGIN
	INSERT INTO formulary_fts (code, name, synonyms, kind)
	VALUES (new.code, new.name, new.synonyms, 'ingredient');
END;
CREATE TRIGGER ingredient_fts_ad AFTER DELETE ON ingredient BEGIN
	DELETE FROM formulary_fts WHERE kind = 'ingredient' AND code = old.code;
END;
CREATE TRIGGER ingredient_fts_au AFTER UPDATE ON ingredient BEGIN
	DELETE FROM formulary_fts WHERE kind = 'ingredient' AND code = old.code;
	INSERT INTO formulary_fts (code, name, synonyms, kind)
	VALUES (new.code, new.name, new.synonyms, 'ingredient');
END;
CREATE TRIGGER product_fts_ai AFTER INSERT ON product BEGIN
	INSERT INTO formulary_fts (code, name, synonyms, kind)
	VALUES (new.code, new.name, new.synonyms, 'product');
END;
CREATE TRIGGER product_fts_ad AFTER DELETE ON product BEGIN
	DELETE FROM formulary_fts WHERE kind = 'product' AND code = old.code;
END;
CREATE TRIGGER product_fts_au AFTER UPDATE ON product BEGIN
	DELETE FROM formulary_fts WHERE kind = 'product' AND code = old.code;
	INSERT INTO formulary_fts (code, name, synonyms, kind)
	VALUES (new.code, new.name, new.synonyms, 'product');
END;

-- Clinic data: patients, saved formulations, the composer's draft, audit.
CREATE TABLE patient (
	id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
	name TEXT,
	age INTEGER CHECK (age IS NULL OR (age >= 0 AND age <= 130)),
	sex TEXT CHECK (sex IS NULL OR sex IN ('female', 'male', 'other')),
	weight_g INTEGER CHECK (weight_g IS NULL OR (weight_g >= 1000 AND weight_g <= 400000)),
	-- comma-separated codes
	allergies TEXT NOT NULL DEFAULT '',
	conditions TEXT NOT NULL DEFAULT '',
	medications TEXT NOT NULL DEFAULT '',
	updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- A formulation is a cocktail file (JSON text, mesomix-cocktail/1).
CREATE TABLE formulation (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
	patient TEXT,
	body TEXT NOT NULL CHECK (json_valid(body)),
	created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
	updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

-- The composer's autosaved work, one row per user of the database.
CREATE TABLE draft (
	owner TEXT PRIMARY KEY,
	body TEXT NOT NULL CHECK (json_valid(body)),
	updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE TABLE audit (
	id INTEGER PRIMARY KEY,
	at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
	who TEXT NOT NULL,
	action TEXT NOT NULL,
	detail TEXT
) STRICT;

CREATE INDEX product_ingredient_by_ingredient ON product_ingredient(ingredient);
CREATE INDEX compat_rule_by_a ON compat_rule(a);
CREATE INDEX compat_rule_by_b ON compat_rule(b);
CREATE INDEX contraindication_by_condition ON contraindication(condition);
CREATE INDEX contraindication_by_medication ON contraindication(medication);
CREATE INDEX dose_limit_by_ingredient ON dose_limit(ingredient);
CREATE INDEX ingredient_by_grp ON ingredient(grp);

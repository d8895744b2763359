-- mesomix schema, step 3: every number right.
-- Dose classes, limits bound to a product or to the mix's concentrations,
-- tonicity, time-bounded stability, origin-bound allergen links, pregnancy
-- status, free-text allergies and medications, synonyms, diluents and
-- templates that are real cocktails; with the corrections to the seed
-- formulary that these make possible.
--
-- A new database is step 1, the seed formulary, step 2, then this step; an
-- existing database at step 2 runs this step alone: the same SQL for both.
-- Every row that names a formulary code is added only where the formulary
-- holds that code (an empty formulary, or one imported without it, gets
-- nothing), as in step 2.  Every figure carries its source; where none was
-- found the value is NULL and the message or note says so.  Research notes
-- for each figure: notes/data-issue8.md (outside the tree).

-------------------------------------------------------------------------------
-- 1. product, rebuilt: osmolality may be 0, and the label's tonicity word.
-------------------------------------------------------------------------------
-- Water for injection holds no solute: its labelled osmolarity is 0, which
-- step 1's CHECK (osmolality > 0) refused.  A CHECK cannot be altered in
-- place, so the table is rebuilt with every row, its contents and its search
-- triggers.  Deferred foreign keys let the rows that point at products
-- (templates, limits) wait for the rows to come back; the contents, which
-- would cascade with their product, are kept aside and put back.
PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE step3_product AS SELECT * FROM product;
CREATE TEMP TABLE step3_product_ingredient AS SELECT * FROM product_ingredient;
DELETE FROM product_ingredient;
DROP TABLE product;

-- osmolality: mOsm/kg as measured, or mOsmol/L as calculated where the label
-- gives only that (the product's source says which); 0 for a solute-free
-- vehicle.  The mix estimate treats both as the same figure.
-- tonicity: the label's own word where it gives no figure ("sterile
-- isotonic solution"); shown to the person, never used as a number.  When
-- osmolality is known it is the figure that counts.
CREATE TABLE product (
	code TEXT PRIMARY KEY CHECK (code GLOB '[a-z0-9]*' AND code NOT GLOB '*[^a-z0-9-]*'),
	name TEXT NOT NULL CHECK (length(name) > 0),
	form TEXT NOT NULL CHECK (form IN ('solution', 'gel', 'powder', 'suspension', 'emulsion')),
	container_ul INTEGER CHECK (container_ul IS NULL OR (container_ul > 0 AND container_ul <= 1000000)),
	multi_dose INTEGER CHECK (multi_dose IS NULL OR multi_dose IN (0, 1)),
	ph_min REAL CHECK (ph_min IS NULL OR (ph_min >= 0 AND ph_min <= 14)),
	ph_max REAL CHECK (ph_max IS NULL OR (ph_max >= 0 AND ph_max <= 14)),
	osmolality INTEGER CHECK (osmolality IS NULL OR (osmolality >= 0 AND osmolality < 100000)),
	synonyms TEXT NOT NULL DEFAULT '',
	note TEXT,
	source TEXT NOT NULL CHECK (length(source) > 0),
	tonicity TEXT CHECK (tonicity IS NULL OR tonicity IN ('isotonic', 'hypotonic', 'hypertonic')),
	CHECK (ph_min IS NULL OR ph_max IS NULL OR ph_min <= ph_max)
) STRICT;

-- Rows first, triggers after: the search index still holds these products.
INSERT INTO product (code, name, form, container_ul, multi_dose, ph_min,
    ph_max, osmolality, synonyms, note, source)
SELECT code, name, form, container_ul, multi_dose, ph_min, ph_max,
    osmolality, synonyms, note, source
FROM step3_product ORDER BY rowid;
INSERT INTO product_ingredient (product, ingredient, role, strength, unit,
    origin, source)
SELECT product, ingredient, role, strength, unit, origin, source
FROM step3_product_ingredient ORDER BY rowid;
DROP TABLE step3_product;
DROP TABLE step3_product_ingredient;

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

-------------------------------------------------------------------------------
-- 2. New columns and tables.
-------------------------------------------------------------------------------

-- dose_limit.product: the limit holds only for the amount of the ingredient
-- that comes from that product (Kybella's 100 mg per session is Kybella's,
-- not the deoxycholate of a PC/DC ampoule).  NULL: every source of the
-- ingredient in the mix, bare ingredients included.
ALTER TABLE dose_limit ADD COLUMN product TEXT REFERENCES product(code);

-- requires_min_conc / unless_min_conc: the `requires` ingredient counts as
-- present only when its FINAL concentration in the mix (amount per mL of the
-- whole mix, in the unit its strengths are stored in: ug/mL for masses,
-- mu/mL for enzymes) is at least this; likewise `unless`.  NULL: any amount
-- counts.  Lidocaine: the with-epinephrine limit requires epinephrine >= 5
-- ug/mL, the plain limit holds unless epinephrine >= 5 ug/mL, so exactly one
-- of them applies to any mix.
ALTER TABLE dose_limit ADD COLUMN requires_min_conc INTEGER
    CHECK (requires_min_conc IS NULL OR (requires_min_conc > 0 AND requires IS NOT NULL));
ALTER TABLE dose_limit ADD COLUMN unless_min_conc INTEGER
    CHECK (unless_min_conc IS NULL OR (unless_min_conc > 0 AND unless IS NOT NULL));

-- Doses that add up.  For every class, and separately for the per-session
-- and the per-kg limits: the sum, over the members present in the mix, of
-- (member's amount / the member's own applicable limit of that kind) must
-- not exceed 1.  "Applicable" is the limit the member's own rows select for
-- this mix (requires/unless and their concentrations, product).  A member
-- present with no limit of that kind makes that sum unknown: say so (info),
-- never skip it silently.  A class finding has the class's severity, message
-- and source, and names the members and their fractions.
CREATE TABLE dose_class (
	code TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9-]*'),
	name TEXT NOT NULL CHECK (length(name) > 0),
	severity TEXT NOT NULL CHECK (severity IN ('block', 'caution', 'info')),
	message TEXT NOT NULL CHECK (length(message) > 0),
	source TEXT NOT NULL CHECK (length(source) > 0)
) STRICT;

CREATE TABLE dose_class_member (
	class TEXT NOT NULL REFERENCES dose_class(code),
	ingredient TEXT NOT NULL REFERENCES ingredient(code),
	source TEXT NOT NULL CHECK (length(source) > 0),
	PRIMARY KEY (class, ingredient)
) STRICT;

-- The mix's estimated osmolality: the volume-weighted mean of its
-- components' product.osmolality (sum of V x osm / sum of V).  A rule with
-- `above` fires when the estimate exceeds it; components with no figure
-- count as 0, so the estimate is a lower bound and the finding is sound.  A
-- rule with `below` fires when the estimate is under it, and only when
-- every component has a figure.  Figures: mOsm/kg or calculated mOsmol/L,
-- both treated as mOsm (an estimate: the finding says so).  When several
-- rules of one direction fire, only the most severe is reported (one
-- finding per risk).
CREATE TABLE tonicity_rule (
	id INTEGER PRIMARY KEY,
	below INTEGER CHECK (below IS NULL OR (below > 0 AND below < 100000)),
	above INTEGER CHECK (above IS NULL OR (above > 0 AND above < 100000)),
	severity TEXT NOT NULL CHECK (severity IN ('block', 'caution', 'info')),
	message TEXT NOT NULL CHECK (length(message) > 0),
	source TEXT NOT NULL CHECK (length(source) > 0),
	CHECK ((below IS NULL) <> (above IS NULL))
) STRICT;

-- compat_rule.within_hours: the rule's verdict holds once the mix is older
-- than this many hours; a mix used within that time is compatible.  The
-- engine reports a stability finding (severity info) "prepare fresh, use
-- within N h" instead of the verdict, and a label's beyond-use time is at
-- most N h.  NULL: the verdict holds at once.
ALTER TABLE compat_rule ADD COLUMN within_hours INTEGER
    CHECK (within_hours IS NULL OR (within_hours > 0 AND within_hours <= 8760));

-- ingredient_allergen.origin: when set, the ingredient belongs to the class
-- only where its origin is that origin or unknown.  A content's origin is
-- product_ingredient.origin, else ingredient.origin; NULL there is unknown
-- (the link holds).  Rooster-comb HA is avian; fermentation HA is not.
ALTER TABLE ingredient_allergen ADD COLUMN origin TEXT
    CHECK (origin IS NULL OR origin GLOB '[a-z]*');

-- patient.pregnancy: the recorded status ('pregnant' means the same as the
-- condition code pregnancy); NULL: not recorded.  other_allergies,
-- other_medications: what the patient reports outside the vocabulary, as
-- typed (kept, shown in every report, and never checked: the report says
-- so).
ALTER TABLE patient ADD COLUMN pregnancy TEXT
    CHECK (pregnancy IS NULL OR pregnancy IN ('pregnant', 'not-pregnant'));
ALTER TABLE patient ADD COLUMN other_allergies TEXT NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN other_medications TEXT NOT NULL DEFAULT '';

-- When pregnancy must be asked.  A mix holding an ingredient with an
-- ABSOLUTE pregnancy contraindication (a contraindication row with
-- condition 'pregnancy', level 'absolute', naming that ingredient or its
-- group; the row for every mix does not count), for a patient whose sex is
-- female, other or not recorded, whose age is not recorded or lies within
-- min_age..max_age, and whose pregnancy status is not recorded, gets this
-- finding (kind contraindication) naming those ingredients.
CREATE TABLE pregnancy_rule (
	id INTEGER PRIMARY KEY,
	min_age INTEGER NOT NULL CHECK (min_age >= 0 AND min_age <= 130),
	max_age INTEGER NOT NULL CHECK (max_age >= 0 AND max_age <= 130),
	severity TEXT NOT NULL CHECK (severity IN ('block', 'caution', 'info')),
	message TEXT NOT NULL CHECK (length(message) > 0),
	source TEXT NOT NULL CHECK (length(source) > 0),
	CHECK (min_age <= max_age)
) STRICT;

-- Other codes a person may type for an ingredient, a medication class or a
-- condition, accepted as what they mean (lignocaine -> lidocaine, warfarin
-- -> anticoagulant).  Unambiguous synonyms only; lower-case codes.  An alias
-- never equals a code of its own table.
CREATE TABLE ingredient_alias (
	alias TEXT PRIMARY KEY CHECK (alias GLOB '[a-z]*' AND alias NOT GLOB '*[^a-z0-9-]*'),
	ingredient TEXT NOT NULL REFERENCES ingredient(code)
) STRICT;
CREATE TABLE medication_alias (
	alias TEXT PRIMARY KEY CHECK (alias GLOB '[a-z]*' AND alias NOT GLOB '*[^a-z0-9-]*'),
	medication_class TEXT NOT NULL REFERENCES medication_class(code)
) STRICT;
CREATE TABLE condition_alias (
	alias TEXT PRIMARY KEY CHECK (alias GLOB '[a-z]*' AND alias NOT GLOB '*[^a-z0-9-]*'),
	condition TEXT NOT NULL REFERENCES condition(code)
) STRICT;

-- The plan a template pins, where a published protocol gives it:
-- delivered_ul = the total injected in one session (uL); volume_per_point_ul
-- = uL per injection point; plan_source = where both come from.  NULL: no
-- source; the plan asks for the figure or derives it.
ALTER TABLE indication ADD COLUMN delivered_ul INTEGER
    CHECK (delivered_ul IS NULL OR (delivered_ul > 0 AND delivered_ul <= 1000000));
ALTER TABLE indication ADD COLUMN volume_per_point_ul INTEGER
    CHECK (volume_per_point_ul IS NULL OR (volume_per_point_ul > 0 AND volume_per_point_ul <= 5000));
ALTER TABLE indication ADD COLUMN plan_source TEXT
    CHECK (plan_source IS NULL OR length(plan_source) > 0);

CREATE INDEX dose_class_member_by_ingredient ON dose_class_member(ingredient);

-------------------------------------------------------------------------------
-- 3. Vocabulary: a diluent group, one condition, synonyms of medications and
--    conditions (those of ingredients follow the new ingredients, in 4).
-------------------------------------------------------------------------------

INSERT INTO ingredient_group (code, name)
SELECT 'diluent', 'Diluents (sodium chloride 0.9 %, water for injection)'
WHERE EXISTS (SELECT 1 FROM ingredient);

-- Prilocaine's label contraindication (section 4 below).
INSERT INTO condition (code, name)
SELECT 'methaemoglobinaemia', 'Congenital or idiopathic methaemoglobinaemia'
WHERE EXISTS (SELECT 1 FROM condition);

-- Medication classes.  Aspirin is an antiplatelet here, as the class name
-- says; hydrocortisone and betamethasone are left out (mostly topical).
INSERT INTO medication_alias (alias, medication_class)
SELECT v.column1, v.column2 FROM (VALUES
	('warfarin', 'anticoagulant'), ('warfarine', 'anticoagulant'),
	('warfarina', 'anticoagulant'), ('acenocoumarol', 'anticoagulant'),
	('phenprocoumon', 'anticoagulant'), ('apixaban', 'anticoagulant'),
	('rivaroxaban', 'anticoagulant'), ('edoxaban', 'anticoagulant'),
	('dabigatran', 'anticoagulant'), ('heparin', 'anticoagulant'),
	('heparine', 'anticoagulant'), ('heparina', 'anticoagulant'),
	('enoxaparin', 'anticoagulant'), ('enoxaparine', 'anticoagulant'),
	('enoxaparina', 'anticoagulant'), ('dalteparin', 'anticoagulant'),
	('tinzaparin', 'anticoagulant'), ('fondaparinux', 'anticoagulant'),
	('aspirin', 'antiplatelet'), ('aspirine', 'antiplatelet'),
	('aspirina', 'antiplatelet'), ('acetylsalicylic-acid', 'antiplatelet'),
	('clopidogrel', 'antiplatelet'), ('prasugrel', 'antiplatelet'),
	('ticagrelor', 'antiplatelet'),
	('ibuprofen', 'nsaid'), ('ibuprofene', 'nsaid'), ('ibuprofeno', 'nsaid'),
	('naproxen', 'nsaid'), ('diclofenac', 'nsaid'), ('ketoprofen', 'nsaid'),
	('roaccutane', 'isotretinoin'), ('accutane', 'isotretinoin'),
	('isotretinoine', 'isotretinoin'), ('isotretinoina', 'isotretinoin'),
	('pill', 'hormonal-contraceptive'), ('contraceptive-pill', 'hormonal-contraceptive'),
	('birth-control-pill', 'hormonal-contraceptive'),
	('pilule', 'hormonal-contraceptive'),
	('prednisone', 'systemic-corticosteroid'),
	('prednisolone', 'systemic-corticosteroid'),
	('methylprednisolone', 'systemic-corticosteroid'),
	('dexamethasone', 'systemic-corticosteroid'),
	('prednisona', 'systemic-corticosteroid')
) AS v
WHERE EXISTS (SELECT 1 FROM medication_class m WHERE m.code = v.column2);

-- Conditions.  Left out as ambiguous: cancer (past or active), herpes
-- (history or active lesion), hypertension (controlled or not), diabetes
-- mellitus (type 2 is not insulin-dependent), hiv (not immunodeficiency by
-- itself).
INSERT INTO condition_alias (alias, condition)
SELECT v.column1, v.column2 FROM (VALUES
	('pregnant', 'pregnancy'), ('grossesse', 'pregnancy'),
	('enceinte', 'pregnancy'), ('embarazo', 'pregnancy'),
	('embarazada', 'pregnancy'),
	('breast-feeding', 'breastfeeding'), ('lactation', 'breastfeeding'),
	('nursing', 'breastfeeding'), ('allaitement', 'breastfeeding'),
	('lactancia', 'breastfeeding'),
	('haemophilia', 'coagulation-disorder'), ('hemophilia', 'coagulation-disorder'),
	('hemophilie', 'coagulation-disorder'), ('hemofilia', 'coagulation-disorder'),
	('bleeding-disorder', 'coagulation-disorder'),
	('von-willebrand-disease', 'coagulation-disorder'),
	('dvt', 'thromboembolism-history'),
	('deep-vein-thrombosis', 'thromboembolism-history'),
	('pulmonary-embolism', 'thromboembolism-history'),
	('lupus', 'autoimmune-disease'), ('rheumatoid-arthritis', 'autoimmune-disease'),
	('scleroderma', 'autoimmune-disease'), ('hashimoto', 'autoimmune-disease'),
	('keloid', 'keloid-tendency'), ('keloids', 'keloid-tendency'),
	('type-1-diabetes', 'diabetes'),
	('renal-failure', 'kidney-disease'), ('renal-disease', 'kidney-disease'),
	('hepatic-disease', 'liver-disease'),
	('arrhythmia', 'cardiac-arrhythmia'), ('atrial-fibrillation', 'cardiac-arrhythmia'),
	('pacemaker', 'cardiac-arrhythmia'),
	('g6pd', 'g6pd-deficiency'), ('favism', 'g6pd-deficiency'),
	('seizure-disorder', 'epilepsy'), ('epilepsie', 'epilepsy'),
	('epilepsia', 'epilepsy'),
	('gallstones', 'cholelithiasis'),
	('methemoglobinemia', 'methaemoglobinaemia')
) AS v
WHERE EXISTS (SELECT 1 FROM condition c WHERE c.code = v.column2);

-------------------------------------------------------------------------------
-- 4. Ingredients and products: diluents, prilocaine, propylparaben,
--    Profhilo Body.
-------------------------------------------------------------------------------

INSERT INTO ingredient (code, name, grp, excipient, origin, ph_min, ph_max,
    osmolality, light_sensitive, oily, stability, synonyms, source)
SELECT v.* FROM (VALUES
('sodium-chloride', 'Sodium chloride (diluent)', 'diluent', 1,
 'mineral', NULL, NULL, NULL, NULL, 0,
 'The isotonic diluent: 0.9 % (9 mg/mL) = 308 mOsmol/L (calculated). Carried by diluent products (sodium-chloride-0-9pct and the bacteriostatic versions) and chosen through them. Labelled only as a vehicle to dilute or dissolve drugs; the labels name IV, IM and SC routes, intradermal is not named.',
 'NaCl saline normal saline physiological saline',
 'Pfizer/Hospira 0.9 % Sodium Chloride Injection vial label (openFDA set_id 7da788fc, 48d73434; pfizermedicalinformation.fi) [L]'),
('water', 'Water for injection (diluent)', 'diluent', 1,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Solute-free (0 mOsmol/L), hypotonic and haemolytic: the label requires it be made approximately isotonic before use. Intracutaneous sterile water is deliberately painful (labour counter-irritation). Used to reconstitute powders (glutathione) and carried by water-for-injection.',
 'WFI sterile water aqua ad injectabilia',
 'Hospira Sterile Water for Injection (DailyMed 3a6422e1) [L]; Baxter SWFI (DailyMed 8bcf5572) [L]; Martensson et al., BJOG 2000 [P]'),
('propylparaben', 'Propylparaben', 'excipient', 1,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Preservative of a paraben-preserved bacteriostatic sodium chloride 0.9 % (0.012 % = 0.12 mg/mL, with methylparaben 0.12 %).',
 'propyl paraben propyl parahydroxybenzoate E216 paraben',
 'Fresenius bacteriostatic sodium chloride (fda.report DailyMed e6da6cbc) [L]'),
('prilocaine', 'Prilocaine', 'local-anaesthetic', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Amide local anaesthetic. Methaemoglobinaemia is dose-related: more than 600 mg in adults gives about 15 % methaemoglobin; contraindicated in congenital or idiopathic methaemoglobinaemia. No prilocaine product is in the formulary: give the strength with the bare ingredient. pH and osmolality: not in the sources.',
 'Citanest prilocaine hydrochloride',
 'Olson, Poisoning & Drug Overdose 8th ed., Table II-2 (skyscape poisonod.ed8) [S]; Citanest Plain Dental label section 10 (rxreasoner) [L]; Medscape (minclinic.eu copy) [S]')
) AS v
WHERE EXISTS (SELECT 1 FROM ingredient_group g WHERE g.code = v.column3);

-- Diluent products.  Sodium chloride and water are excipients of them: a
-- diluent adds volume (and osmolality), no active, so a pair with it is
-- never reported as no-data and "any other drug" rules do not reach it.
INSERT INTO product (code, name, form, container_ul, multi_dose, ph_min,
    ph_max, osmolality, synonyms, note, source, tonicity)
SELECT v.* FROM (VALUES
('sodium-chloride-0-9pct', 'Sodium chloride 0.9 % (9 mg/mL), single-dose, preservative-free', 'solution',
 NULL, 0, 4.5, 7.0, 308,
 'normal saline NS saline NaCl 0.9% physiological saline serum physiologique suero fisiologico diluent',
 'Calculated osmolarity 308 mOsmol/L (0.308 mOsmol/mL calc.), stored in the osmolality column; isotonic. pH 5.3 (4.5-7.0). No bacteriostat, antimicrobial agent or buffer: single-dose, discard the unused portion. Labelled solely as a vehicle to dilute or dissolve drugs; the labels name IV, IM and SC, not intradermal. Vial size: not in the sources.',
 'Pfizer/Hospira 0.9 % Sodium Chloride Injection vial label (pfizermedicalinformation.fi; openFDA set_id 7da788fc, 48d73434) [L]; Baxter Viaflex 0.9 % NaCl (308 mOsmol/L calc.) [L]',
 'isotonic'),
('water-for-injection', 'Sterile water for injection (no solute)', 'solution',
 NULL, 0, 5.0, 7.0, 0,
 'WFI sterile water aqua diluent',
 'Osmolarity 0 mOsmol/L: hypotonic, a haemolytic agent; the label contraindicates it unless made approximately isotonic before use. Intracutaneous sterile water is markedly painful (VAS 60.8 intracutaneous vs 41.3 subcutaneous, n = 100). Use to reconstitute (glutathione 600 mg + 5 mL) or inside an isotonic admixture only: the tonicity rules flag a mix it dominates. pH 5.5 (5.0-7.0).',
 'Hospira Sterile Water for Injection (DailyMed 3a6422e1) [L]; Baxter SWFI (DailyMed 8bcf5572; text on rxanabolics.com [W mirror]) [L]; Martensson et al., BJOG 2000 (doi 10.1111/j.1471-0528.2000.tb11615.x) [P]; BMC Anesthesiol 2022;22:35 [P]',
 'hypotonic'),
('bacteriostatic-sodium-chloride-0-9pct', 'Bacteriostatic sodium chloride 0.9 % with benzyl alcohol 0.9 %, multi-dose', 'solution',
 NULL, 1, 4.5, 7.0, NULL,
 'bacteriostatic saline BNS benzyl alcohol saline NaCl 0.9% multi-dose diluent',
 'Per mL: sodium chloride 9 mg, benzyl alcohol 9 mg; pH 5.0 (4.5-7.0); isotonic (no osmolality figure found). NOT FOR USE IN NEONATES (benzyl alcohol: gasping syndrome); not for epidural or spinal use; not for fluid replacement; some drugs are incompatible with a benzyl-alcohol vehicle (none named); pregnancy category C. Benzyl alcohol 0.9 % is itself a weak, short local anaesthetic.',
 'Hospira bacteriostatic 0.9 % sodium chloride label (themeditary.com; openFDA NDC 0409-1966) [L]; edrugswiki [L]; Wilson & Martin, Ann Emerg Med 1999;33:495-9 [P]',
 'isotonic'),
('bacteriostatic-sodium-chloride-paraben-0-9pct', 'Bacteriostatic sodium chloride 0.9 % with methylparaben 0.12 % and propylparaben 0.012 %, multi-dose', 'solution',
 NULL, 1, NULL, NULL, NULL,
 'bacteriostatic saline paraben saline NaCl 0.9% multi-dose diluent',
 'Per mL: sodium chloride 9 mg, methylparaben 1.2 mg, propylparaben 0.12 mg; no benzyl alcohol - but parabens (paraben allergy). Unapproved-drug labelling. pH, osmolality and tonicity: not in the sources.',
 'Fresenius bacteriostatic sodium chloride (fda.report DailyMed e6da6cbc) [L]',
 NULL)
) AS v
WHERE EXISTS (SELECT 1 FROM ingredient WHERE code = 'sodium-chloride');

INSERT INTO product (code, name, form, container_ul, multi_dose, ph_min,
    ph_max, osmolality, synonyms, note, source, tonicity)
SELECT v.* FROM (VALUES
('profhilo-body-32', 'Profhilo Body (hyaluronic acid 32 mg/mL, hybrid high/low MW), 3 mL syringe', 'gel',
 3000, 0, NULL, NULL, NULL,
 'Profhilo Body IBSA hybrid HA body skin booster',
 '96 mg HA per 3 mL (48 mg H-HA + 48 mg L-HA, 3.2 %), in a 3.25 mL prefilled syringe. Body laxity: 3 mL per inner arm or 3 mL for the abdomen, 2 sessions 1 month apart; dorsum of the hand 1.5 mL by cannula fanning. Origin not stated for the Body product (Profhilo: bio-fermentation): left unknown.',
 'Sparavigna et al., Gazz Med Ital 2022;181(7-8):487-495 [P]; ClinicalTrials.gov NCT05590364 [P]',
 NULL)
) AS v
WHERE EXISTS (SELECT 1 FROM ingredient WHERE code = 'hyaluronic-acid');

INSERT INTO product_ingredient (product, ingredient, role, strength, unit, origin, source)
SELECT v.* FROM (VALUES
('sodium-chloride-0-9pct', 'sodium-chloride', 'excipient', 9000, 'ug', NULL,
 'Pfizer/Hospira 0.9 % Sodium Chloride Injection: sodium chloride 9 mg/mL (openFDA set_id 7da788fc) [L]'),
('water-for-injection', 'water', 'excipient', NULL, 'ug', NULL,
 'Hospira Sterile Water for Injection (DailyMed 3a6422e1): no solute [L]'),
('bacteriostatic-sodium-chloride-0-9pct', 'sodium-chloride', 'excipient', 9000, 'ug', NULL,
 'Hospira bacteriostatic 0.9 % sodium chloride (openFDA NDC 0409-1966): 9 mg/mL [L]'),
('bacteriostatic-sodium-chloride-0-9pct', 'benzyl-alcohol', 'excipient', 9000, 'ug', NULL,
 'Hospira bacteriostatic 0.9 % sodium chloride label (themeditary.com): benzyl alcohol 0.9 % = 9 mg/mL [L]'),
('bacteriostatic-sodium-chloride-paraben-0-9pct', 'sodium-chloride', 'excipient', 9000, 'ug', NULL,
 'Fresenius bacteriostatic sodium chloride (fda.report e6da6cbc): 0.9 % [L]'),
('bacteriostatic-sodium-chloride-paraben-0-9pct', 'methylparaben', 'excipient', 1200, 'ug', NULL,
 'Fresenius bacteriostatic sodium chloride (fda.report e6da6cbc): methylparaben 0.12 % = 1.2 mg/mL [L]'),
('bacteriostatic-sodium-chloride-paraben-0-9pct', 'propylparaben', 'excipient', 120, 'ug', NULL,
 'Fresenius bacteriostatic sodium chloride (fda.report e6da6cbc): propylparaben 0.012 % = 0.12 mg/mL [L]'),
('profhilo-body-32', 'hyaluronic-acid', 'active', 32000, 'ug', NULL,
 'Sparavigna et al., Gazz Med Ital 2022: 96 mg HA per 3 mL [P]; NCT05590364 [P]; origin not stated (unknown)')
) AS v
WHERE EXISTS (SELECT 1 FROM product p WHERE p.code = v.column1)
  AND EXISTS (SELECT 1 FROM ingredient i WHERE i.code = v.column2);

-- Ingredient synonyms (after the new ingredients): English, French and
-- Spanish names people type, brand names that name one ingredient only.
-- Left out as ambiguous: b3 / vitamin-b3 (niacin or nicotinamide), b5 /
-- vitamin-b5 (pantothenic acid or dexpanthenol), cobalamin (any B12 form),
-- silicon / silicium (organic silicon is not silicone oil), theophylline
-- (not aminophylline, another dose), pc, dc, pn, ha (two letters, more than
-- one meaning), and no alias of an excipient or a diluent (chosen through
-- products only).
INSERT INTO ingredient_alias (alias, ingredient)
SELECT v.column1, v.column2 FROM (VALUES
	('lignocaine', 'lidocaine'), ('xylocaine', 'lidocaine'),
	('lidocaina', 'lidocaine'), ('lidocaine-hydrochloride', 'lidocaine'),
	('novocaine', 'procaine'), ('novocain', 'procaine'),
	('procaina', 'procaine'),
	('carbocaine', 'mepivacaine'), ('mepivacaina', 'mepivacaine'),
	('citanest', 'prilocaine'), ('prilocaina', 'prilocaine'),
	('adrenaline', 'epinephrine'), ('adrenalin', 'epinephrine'),
	('adrenalina', 'epinephrine'),
	('vitamin-c', 'ascorbic-acid'), ('vit-c', 'ascorbic-acid'),
	('vitamine-c', 'ascorbic-acid'), ('vitamina-c', 'ascorbic-acid'),
	('acide-ascorbique', 'ascorbic-acid'), ('acido-ascorbico', 'ascorbic-acid'),
	('vitamin-a', 'retinol'), ('vitamine-a', 'retinol'), ('vitamina-a', 'retinol'),
	('vitamin-e', 'tocopherol'), ('vitamine-e', 'tocopherol'),
	('vitamina-e', 'tocopherol'),
	('b1', 'thiamine'), ('vitamin-b1', 'thiamine'), ('thiamin', 'thiamine'),
	('vitamine-b1', 'thiamine'), ('tiamina', 'thiamine'),
	('b2', 'riboflavin'), ('vitamin-b2', 'riboflavin'),
	('vitamine-b2', 'riboflavin'), ('riboflavina', 'riboflavin'),
	('niacinamide', 'nicotinamide'), ('niacinamida', 'nicotinamide'),
	('nicotinamida', 'nicotinamide'),
	('d-panthenol', 'dexpanthenol'), ('dexpantenol', 'dexpanthenol'),
	('b6', 'pyridoxine'), ('vitamin-b6', 'pyridoxine'),
	('vitamine-b6', 'pyridoxine'), ('piridoxina', 'pyridoxine'),
	('b7', 'biotin'), ('vitamin-b7', 'biotin'), ('vitamin-h', 'biotin'),
	('vitamine-b8', 'biotin'), ('biotine', 'biotin'), ('biotina', 'biotin'),
	('b12', 'cyanocobalamin'), ('vitamin-b12', 'cyanocobalamin'),
	('vitamine-b12', 'cyanocobalamin'), ('vitamina-b12', 'cyanocobalamin'),
	('cyanocobalamine', 'cyanocobalamin'), ('cianocobalamina', 'cyanocobalamin'),
	('hyaluronan', 'hyaluronic-acid'), ('sodium-hyaluronate', 'hyaluronic-acid'),
	('acide-hyaluronique', 'hyaluronic-acid'), ('acido-hialuronico', 'hyaluronic-acid'),
	('hyaluronate-de-sodium', 'hyaluronic-acid'),
	('hialuronidasa', 'hyaluronidase'),
	('txa', 'tranexamic-acid'), ('acide-tranexamique', 'tranexamic-acid'),
	('acido-tranexamico', 'tranexamic-acid'),
	('gsh', 'glutathione'), ('glutathion', 'glutathione'), ('glutation', 'glutathione'),
	('acide-kojique', 'kojic-acid'), ('acido-kojico', 'kojic-acid'),
	('dca', 'deoxycholic-acid'), ('sodium-deoxycholate', 'deoxycholic-acid'),
	('acide-desoxycholique', 'deoxycholic-acid'),
	('acido-desoxicolico', 'deoxycholic-acid'),
	('fosfatidilcolina', 'phosphatidylcholine'),
	('levocarnitine', 'l-carnitine'), ('carnitine', 'l-carnitine'),
	('l-carnitina', 'l-carnitine'),
	('cafeine', 'caffeine'), ('cafeina', 'caffeine'),
	('aminofilina', 'aminophylline'),
	('dutasterida', 'dutasteride'), ('avodart', 'dutasteride'),
	('finasterida', 'finasteride'), ('propecia', 'finasteride'),
	('proscar', 'finasteride'),
	('rogaine', 'minoxidil'), ('regaine', 'minoxidil'),
	('ghk-cu', 'copper-tripeptide'), ('argireline', 'acetyl-hexapeptide-8'),
	('coq10', 'coenzyme-q10'), ('ubiquinone', 'coenzyme-q10'),
	('polydeoxyribonucleotide', 'pdrn'),
	('monomethylsilanetriol', 'organic-silicon'),
	('bicarbonate', 'sodium-bicarbonate'), ('bicarb', 'sodium-bicarbonate'),
	('sodium-hydrogen-carbonate', 'sodium-bicarbonate'),
	('bicarbonate-de-sodium', 'sodium-bicarbonate'),
	('bicarbonato-de-sodio', 'sodium-bicarbonate'),
	('magnesio', 'magnesium'), ('selenio', 'selenium'),
	('glicina', 'glycine'), ('prolina', 'proline'), ('lisina', 'lysine')
) AS v
WHERE EXISTS (SELECT 1 FROM ingredient i WHERE i.code = v.column2);

-------------------------------------------------------------------------------
-- 5. Allergy: links that hold only for one origin; new members.
-------------------------------------------------------------------------------

-- Bare hyaluronic acid has no known origin: rooster comb and fermentation
-- both exist (HTL-bio; Saranraj), so the seed's 'fermentation' on the
-- ingredient made the avian caution vanish for HA of unknown source.  The
-- products that state fermentation keep it on product_ingredient.
UPDATE ingredient SET origin = NULL WHERE code = 'hyaluronic-acid';

UPDATE ingredient_allergen SET origin = 'avian-protein',
    message = 'Only HA made from rooster combs is avian (Synvisc label: caution with allergy to avian proteins, feathers or egg products). Fermentation HA - now the main source - avoids this: the caution holds when the product is avian or its origin is not recorded; a product recorded as fermentation origin is not concerned.'
WHERE ingredient = 'hyaluronic-acid' AND class = 'avian-protein';
UPDATE ingredient_allergen SET origin = 'bovine',
    message = 'Origin of deoxycholate in Lipostabil-type PC/DC products (bovine bile?) is not documented: no source found. Kybella deoxycholic acid is synthetic, non-animal: the link holds only where the origin is bovine or not recorded.'
WHERE ingredient = 'deoxycholic-acid' AND class = 'bovine';
UPDATE ingredient_allergen SET origin = 'soy'
WHERE ingredient = 'phosphatidylcholine' AND class = 'soy';
UPDATE ingredient_allergen SET origin = 'fish'
WHERE ingredient IN ('pdrn', 'polynucleotides') AND class = 'fish';

INSERT INTO ingredient_allergen (ingredient, class, severity, message, source, origin)
SELECT v.* FROM (VALUES
('propylparaben', 'paraben', 'block',
 'Propylparaben is a paraben (preservative of a paraben-preserved bacteriostatic saline). Use preservative-free sodium chloride 0.9 % instead.',
 'Fresenius bacteriostatic sodium chloride (fda.report e6da6cbc) [L]', NULL),
('prilocaine', 'amide-anaesthetic', 'block',
 'Prilocaine is an amide local anaesthetic. True IgE allergy to amides is rare (< 1 % of referred patients); reactions are often due to methylparaben or metabisulfite.',
 'Speca et al., Dent Clin N Am 2010 [P]; Olson, Poisoning & Drug Overdose 8th ed. (amide) [S]', NULL)
) AS v
WHERE EXISTS (SELECT 1 FROM ingredient i WHERE i.code = v.column1)
  AND EXISTS (SELECT 1 FROM allergen_class c WHERE c.code = v.column2);

-------------------------------------------------------------------------------
-- 6. Tonicity: the products' figures and the rules on the mix.
-------------------------------------------------------------------------------

UPDATE product SET osmolality = 4060,
    note = 'Strength stored is that of the salt as labelled (magnesium sulfate heptahydrate 500 mg/mL), NOT elemental magnesium (not in the sources). Osmolarity 4,060 mOsmol/L (4.06 mOsmol/mL, calculated), stored in the osmolality column: grossly hypertonic, must be diluted before use (4 % = 325, 8 % = 649 mOsmol/L). pH not retrieved. 2, 10 and 20 mL vials.',
    source = source || '; Hospira Ansyr magnesium sulfate 50 % (DailyMed 0409-1754): 4.06 mOsmol/mL calc. [L]; Fresenius (DailyMed e921a46b) [L]; Trissel''s (skyscape w/tl2) [L]'
WHERE code = 'magnesium-sulfate-50pct';

-- Plain lidocaine 1 % and 2 %: the SmPCs give 270-330 (1 %, pre-filled
-- syringe) and 280-340 mOsm/kg (1 % and 2 %); the upper bound 340 is
-- stored, as for pyridoxine and Amphadase: harm lies on the hypertonic side
-- and both ranges are isotonic.  The ranges are for preservative-free
-- solutions: the multi-dose vials (methylparaben) get the US label's word.
UPDATE product SET osmolality = 340, tonicity = 'isotonic',
    note = note || ' Osmolality 270-330 (1 % pre-filled syringe) and 280-340 mOsm/kg (1 % and 2 %, UK/IE SmPCs): the upper bound 340 is stored; US label: isotonic.',
    source = source || '; Lidocaine 10 mg/mL PFS SmPC section 3 (medthority.com) [L]; UK Lidocaine HCl 1 % SmPC section 3 (patient-info.co.uk) [L]; HPRA Lidocaine HCl 2 % SmPC section 3 (docslib 1485409) [L]'
WHERE code IN ('lidocaine-1pct', 'lidocaine-2pct');
UPDATE product SET tonicity = 'isotonic',
    source = source || '; Pfizer/Hospira lidocaine label: isotonic (no figure) [L]'
WHERE code IN ('lidocaine-1pct-mdv', 'lidocaine-2pct-mdv');
UPDATE product SET tonicity = 'isotonic',
    source = source || '; Xylocaine MPF with epinephrine label (fda.report e52110a0): isotonic, no figure [L]'
WHERE code IN ('lidocaine-epi-1pct', 'lidocaine-epi-2pct');
UPDATE product SET tonicity = 'isotonic',
    source = source || '; Carbocaine label (drugs.com/pro): sterile isotonic solutions, no figure [L]'
WHERE code IN ('mepivacaine-1pct', 'mepivacaine-2pct', 'mepivacaine-2pct-mdv');
UPDATE product SET tonicity = 'isotonic',
    source = source || '; USP32 Cyanocobalamin Injection (drugfuture): rendered isotonic with sodium chloride, no figure [L]'
WHERE code = 'cyanocobalamin-1000mcg';
UPDATE product SET tonicity = 'isotonic'
WHERE code = 'ha-nx-12';	-- "isotonic", no figure: be-ceuticals.com [W], already its source
UPDATE product SET tonicity = 'hypotonic',
    source = source || '; Hospira aminophylline label (labeling.pfizer.com id 4641): 0.17 mOsmol/mL calc., pH 8.8 (8.6-9.0) [L]'
WHERE code = 'aminophylline-25';	-- 114 measured (kept: the lower, safer for the hypotonic check) vs 170 calculated

INSERT INTO tonicity_rule (below, above, severity, message, source)
SELECT v.* FROM (VALUES
(NULL, 600, 'caution',
 'Estimated osmolality above 600 mOsm/kg: hypertonic. For subcutaneous injection the ideal is about 300 mOsm/kg and no more than 600 to prevent pain; labels call 600 mOsmol/L and more damaging to veins; in rat intradermal tests mannitol 549-1,098 and glucose 833-1,110 mOsm/L caused erythema and induration that healed in 3-6 days. A caution: pain and reversible irritation are what the sources show at this level. Dilute with sodium chloride 0.9 %. The estimate is the volume-weighted mean of the labels'' figures (calculated osmolarity or measured osmolality), a lower bound when a component has no figure.',
 'Usach, Martinez, Festini, Peris, Adv Ther 2019;36:2986-96 [P]; Baxter 3 %/5 % NaCl label (rx-index.ru copy) [L]; Shibata et al., Biol Pharm Bull 2018;41(6):951-6 [P]; Murty, Kapoor, DeLuca, Am J Hosp Pharm 1976;33:546-51 (calculated vs measured) [P]'),
(NULL, 999, 'block',
 'Estimated osmolality 1,000 mOsmol/L or more: grossly hypertonic. No human intradermal threshold was found. In rat intradermal tests 12.3 % magnesium sulfate - about 1,000 mOsmol/L, derived from the label''s 4,060 at 50 % - was a vesicant (ulceration, necrosis), as were 10 % sodium chloride and glucose from 1,388 mOsm/L, while 3 % sodium chloride (about 1,030 calculated) was only an irritant. The sources disagree on where injury starts (about 1,000 for magnesium sulfate, 1,388 for glucose): the lower figure is kept. A block, because necrosis is irreversible and dilution avoids it.',
 'Taogoshi et al., Biol Pharm Bull 2022;45(9):1254-8 [P]; Shibata et al., Biol Pharm Bull 2018;41(6):951-6 [P]; Hospira Ansyr magnesium sulfate 50 % (DailyMed 0409-1754): 4,060 mOsmol/L calc. [L]; derived: 4,060 x 12.3/50 = 999'),
(280, NULL, 'caution',
 'Estimated osmolality below 280 mOsm/kg: hypotonic (physiological 280-310). Water for injection must be made approximately isotonic before use, and intracutaneous sterile water is markedly painful (VAS 60.8 vs 41.3 subcutaneous). A caution: the sources show pain, not injury, for a hypotonic intradermal injection. Dilute with sodium chloride 0.9 %, not water.',
 'Baxter 3 %/5 % NaCl label footnote (rx-index.ru copy) [L]; Hospira Sterile Water for Injection (DailyMed 3a6422e1) [L]; Martensson et al., BJOG 2000 [P]; BMC Anesthesiol 2022;22:35 [P]')
) AS v
WHERE EXISTS (SELECT 1 FROM product);

-------------------------------------------------------------------------------
-- 7. Compatibility: buffered lidocaine-epinephrine, diluents, the melasma
--    cocktail.
-------------------------------------------------------------------------------

-- Freshly buffered lidocaine with epinephrine (10:1 with 8.4 % bicarbonate)
-- is standard practice: the seed's unconditional block becomes a time bound
-- within the studied ratio, and the label's incompatibility stays beyond it.
UPDATE compat_rule SET within_hours = 24, kind = 'stability',
    message = 'Sodium bicarbonate inactivates catecholamines such as epinephrine (Trissel) - with time. Freshly buffered lidocaine with epinephrine at 10:1 (1 mL 8.4 % per 10 mL) is standard practice: at 5 C it keeps at least 93.3 % epinephrine and 97.5 % lidocaine for 7 days (Pascuet 2009), >90 % of both for 2 weeks at 0-4 C, but epinephrine falls to 1.3 % in 4 weeks at 25 C (Larson 1991). The dermatology societies'' stability review assigns 24 h at room temperature and 7 days refrigerated (Desai 2026): prepare fresh and use within 24 h (the room-temperature figure, the safer). Beyond the 10:1 ratio the incompatibility holds at once (separate rule).',
    evidence = 'P',
    source = 'Desai, Vidimos, Elder, Davidson, Alam et al., "In-Office Compounding of Buffered Lidocaine and Epinephrine - A Stability and Safety Review" (AAD/ACMS/ASDS/ASMS), Mendeley Data 2026, doi 10.17632/dxxk65bptj.1 [P]; Pascuet et al., Can J Hosp Pharm 2009;62(5):375-80 [P]; J Dermatol Surg Oncol 1991;17(5):411-4 [P]; Trissel''s Handbook on Injectable Drugs 25th ed. (skyscape i/tl3) [L]; Frank et al. (via pemcincinnati.com) [P]'
WHERE a_kind = 'ingredient' AND a = 'sodium-bicarbonate'
  AND b_kind = 'ingredient' AND b = 'epinephrine'
  AND verdict = 'incompatible' AND cond IS NULL;

INSERT INTO compat_rule (a_kind, a, b_kind, b, verdict, cond, ratio_max,
    ph_below, conc_max, kind, message, evidence, source, within_hours)
SELECT v.* FROM (VALUES
-- ratio: the bicarbonate component over the epinephrine one above 1:10
('ingredient', 'epinephrine', 'ingredient', 'sodium-bicarbonate', 'incompatible', 'ratio', 100, NULL, NULL, 'incompatibility',
 'More than 1 volume of bicarbonate per 10 volumes of the epinephrine-containing anaesthetic: outside the studied 10:1 buffering (Frank; Pascuet 2009; Desai 2026), where the label rule holds - sodium bicarbonate inactivates catecholamines. Ratio set for 8.4 % bicarbonate.',
 'L', 'Trissel''s Handbook on Injectable Drugs 25th ed. (skyscape i/tl3) [L]; Pascuet et al., Can J Hosp Pharm 2009;62(5):375-80 [P]; Frank et al. (via pemcincinnati.com) [P]', NULL),
-- the melasma cocktail (Iraji 2019) and its parts
('ingredient', 'tranexamic-acid', 'ingredient', 'glutathione', 'compatible', NULL, NULL, NULL, NULL, 'stability',
 'Combined in one intradermal cocktail (TXA 4 mg/mL + vitamin C 3 % + glutathione 2 %) in a split-face melasma RCT, six sessions; no stability study.',
 'P', 'Iraji et al., J Cosmet Dermatol 2019 (doi 10.1111/jocd.12874) [P]', NULL),
('ingredient', 'ascorbic-acid', 'ingredient', 'glutathione', 'compatible', NULL, NULL, NULL, NULL, 'stability',
 'Combined in one intradermal cocktail (vitamin C 3 % + glutathione 2 % + TXA 4 mg/mL, Iraji 2019) and mixed in one syringe for IV use (glutathione 600 mg + vitamin C 2 g in 10 mL, 283 patients); no stability study: prepare fresh.',
 'P', 'Iraji et al., J Cosmet Dermatol 2019 (doi 10.1111/jocd.12874) [P]; Prime Journal Oct 2015 vol 5(5):24 (vitamin C and glutathione injections) [P]', NULL),
-- diluents
('ingredient', 'tranexamic-acid', 'ingredient', 'sodium-chloride', 'compatible', NULL, NULL, NULL, NULL, 'stability',
 'Tranexamic acid is marketed premixed in sodium chloride (Fresenius), and intradermal 4 mg/mL is made by diluting 100 mg/mL with saline (0.04 mL + saline to 1 mL).',
 'L', 'Fresenius tranexamic acid in sodium chloride (DailyMed 63f6c65f) [L]; NCT05884151 [P]', NULL),
('ingredient', 'tranexamic-acid', 'ingredient', 'water', 'compatible', NULL, NULL, NULL, NULL, 'stability',
 'Tranexamic acid injection is an aqueous solution in water for injection.',
 'L', 'Trissel''s Handbook on Injectable Drugs 25th ed. (skyscape h/tu471) [L]; Acella label [L]', NULL),
('ingredient', 'lidocaine', 'ingredient', 'sodium-chloride', 'compatible', NULL, NULL, NULL, NULL, 'stability',
 'Lidocaine injections hold sodium chloride (6-8 mg/mL), and tumescent anaesthesia dilutes lidocaine 0.05-0.1 % with epinephrine in saline.',
 'L', 'Pfizer/Hospira lidocaine label [L]; Klein, J Dermatol Surg Oncol 1990;16:248-63 [P]', NULL),
('ingredient', 'epinephrine', 'ingredient', 'sodium-chloride', 'compatible', NULL, NULL, NULL, NULL, 'stability',
 'Tumescent anaesthesia dilutes lidocaine with epinephrine 1:1,000,000 in saline.',
 'P', 'Klein, J Dermatol Surg Oncol 1990;16:248-63 [P]', NULL),
('ingredient', 'mepivacaine', 'ingredient', 'sodium-chloride', 'compatible', NULL, NULL, NULL, NULL, 'stability',
 'Carbocaine holds sodium chloride (4.6-7 mg/mL) and its label gives 0.5 % for infiltration "via dilution".',
 'L', 'Carbocaine label (drugs.com/pro; rxlist) [L]', NULL),
('ingredient', 'hyaluronic-acid', 'ingredient', 'sodium-chloride', 'compatible', NULL, NULL, NULL, NULL, 'stability',
 'Hyaluronic acid devices are supplied in physiological saline or phosphate buffer.',
 'L', 'Hyajoint Plus insert (MIMS HK) [L]', NULL),
('ingredient', 'hyaluronidase', 'ingredient', 'sodium-chloride', 'compatible', NULL, NULL, NULL, NULL, 'stability',
 'Amphadase is formulated with sodium chloride 8.5 mg/mL.',
 'L', 'Trissel''s Handbook on Injectable Drugs 25th ed. (skyscape g/tl2) [L]', NULL),
('ingredient', 'cyanocobalamin', 'ingredient', 'sodium-chloride', 'compatible', NULL, NULL, NULL, NULL, 'stability',
 'Cyanocobalamin 1,000 mcg/mL is formulated in sodium chloride 0.9 %.',
 'L', 'medlibrary B-12 kit label [L]; USP32 cyanocobalamin injection [L]', NULL),
('ingredient', 'zinc', 'ingredient', 'sodium-chloride', 'compatible', NULL, NULL, NULL, NULL, 'stability',
 'Zinc chloride injection 1 mg/mL zinc is formulated with sodium chloride 9 mg/mL.',
 'L', 'openFDA label set 9a1914a0 (zinc chloride) [L]', NULL),
('ingredient', 'glutathione', 'ingredient', 'water', 'compatible', NULL, NULL, NULL, NULL, 'stability',
 'Glutathione 600 mg is reconstituted with 5 mL water for injection (120 mg/mL); discard if turbid or precipitated.',
 'L', 'zuventus.com (Maxiliv) [L]', NULL),
('ingredient', 'deoxycholic-acid', 'ingredient', 'sodium-chloride', 'caution', NULL, NULL, NULL, NULL, 'incompatibility',
 'Kybella label: dilution or admixture with other compounds is not recommended - the 2 mg/cm2 dose and 0.2 mL per point assume the undiluted 10 mg/mL.',
 'L', 'Kybella PI section 3 (DailyMed setid fe431ed4; 120ty.net copy) [L]', NULL),
('ingredient', 'deoxycholic-acid', 'ingredient', 'water', 'caution', NULL, NULL, NULL, NULL, 'incompatibility',
 'Kybella label: dilution or admixture with other compounds is not recommended - the 2 mg/cm2 dose and 0.2 mL per point assume the undiluted 10 mg/mL.',
 'L', 'Kybella PI section 3 (DailyMed setid fe431ed4; 120ty.net copy) [L]', NULL)
) AS v
WHERE EXISTS (SELECT 1 FROM ingredient i WHERE i.code = v.column2)
  AND EXISTS (SELECT 1 FROM ingredient i WHERE i.code = v.column4);

-------------------------------------------------------------------------------
-- 8. Contraindications: mesotherapy itself, reproductive safety, new rows.
-------------------------------------------------------------------------------

-- The seed articles (clinic contraindication lists) name pregnancy and
-- breastfeeding, oncological disease, active skin infection, active herpes
-- and clotting disorders as contraindications to mesotherapy; each is one
-- row for every mix, with that source and a severity defended in it.
UPDATE contraindication SET level = 'absolute',
    message = 'Pregnancy: every clinic source lists it as a contraindication to mesotherapy ("not a candidate", "prohibited"); there are no safety data for intradermal cocktails in pregnancy and systemic absorption occurs. A block: the procedure is elective and can wait, harm to the fetus cannot be undone; an override must give its reason.',
    source = 'Clinic CI lists: ecoskinclinic.co.uk; healthfan.biz; marjukarin.ee; delightmedical.com; azpmu.org; bellareynaspa.com; borcianilondon.com; iliveok.com [W]; e-lactancia.org (systemic absorption) [S]'
WHERE condition = 'pregnancy' AND medication IS NULL AND ingredient IS NULL AND grp IS NULL;

UPDATE contraindication SET level = 'relative',
    message = 'Breastfeeding: the clinic lists name it with pregnancy, while e-lactancia rates mesotherapy "likely compatible, follow-up recommended": no published data, the risk depends on the injected drug (systemic absorption occurs). A caution for every mix - the drug-specific rows block where a label contraindicates nursing (dutasteride, deoxycholic acid, phosphatidylcholine); the specialist source is followed over the clinic pages.',
    source = 'e-lactancia.org "Mesotherapy" (updated 26 Jan 2019) [S]; Clinic CI lists: ecoskinclinic.co.uk; healthfan.biz; marjukarin.ee; delightmedical.com; azpmu.org; bellareynaspa.com [W]'
WHERE condition = 'breastfeeding' AND medication IS NULL AND ingredient IS NULL AND grp IS NULL;

UPDATE contraindication SET level = 'relative',
    message = 'Oncological disease, chemotherapy or immunotherapy: listed as a contraindication to mesotherapy by clinic sources (one allows treatment 12 months after cancer with a doctor''s letter). A caution: the sources give no mechanism of harm and the risk depends on the disease and its treatment (immunosuppression, healing) - the treating oncologist''s view decides.',
    source = 'Clinic CI lists: ecoskinclinic.co.uk; healthfan.biz; marjukarin.ee; delightmedical.com; azpmu.org; bellareynaspa.com; iliveok.com [W]'
WHERE condition = 'active-cancer' AND medication IS NULL AND ingredient IS NULL AND grp IS NULL;

UPDATE contraindication SET level = 'absolute',
    message = 'Active skin infection at or near the site: do not inject - wait until healed. Infected-site contraindication is on the labels of deoxycholic acid and hyaluronidase; mesotherapy has caused atypical mycobacterial infections (15 % of 92 cutaneous mycobacterioses in France 1986-92). A block: needles carry the infection deeper, and waiting costs nothing.',
    source = 'Kybella ISI [L]; Hydase label; medpill.info [L]; HAS 2014 (lequotidiendumedecin; medisite) [P]; Clinic CI lists: ecoskinclinic.co.uk; healthfan.biz; marjukarin.ee; bellareynaspa.com [W]'
WHERE condition = 'skin-infection' AND medication IS NULL AND ingredient IS NULL AND grp IS NULL;

UPDATE contraindication SET level = 'absolute',
    message = 'Active herpes: clinic sources list it as a contraindication and say to wait until healed (herpes simplex is an active skin infection; antiviral prophylaxis before and after facial procedures). A block: puncturing near an active lesion can spread the virus, and the session can wait; if the lesion is far from the treated area, the physician may override with that reason.',
    source = 'Clinic CI lists: ecoskinclinic.co.uk; bellareynaspa.com; azpmu.org; borcianilondon.com; iliveok.com [W]'
WHERE condition = 'active-herpes' AND medication IS NULL AND ingredient IS NULL AND grp IS NULL;

UPDATE contraindication SET level = 'relative',
    message = 'Clotting or bleeding disorders (e.g. haemophilia): listed as a contraindication to mesotherapy by clinic sources - bruising and haematoma. A caution, the level of anticoagulant therapy: superficial punctures can be compressed and the severity of the disorder varies; the ingredient rows block where a label contraindicates it (dexpanthenol in haemophilia).',
    source = 'Clinic CI lists: healthfan.biz; ecoskinclinic.co.uk; delightmedical.com; azpmu.org; iliveok.com [W]'
WHERE condition = 'coagulation-disorder' AND medication IS NULL AND ingredient IS NULL AND grp IS NULL;

-- Active herpes now blocks every mix: the seed's two inferred rows for
-- deoxycholic acid and hyaluronidase (the same block, the same risk) would
-- report it twice.
DELETE FROM contraindication
WHERE condition = 'active-herpes' AND medication IS NULL AND grp IS NULL
  AND ingredient IN ('deoxycholic-acid', 'hyaluronidase') AND level = 'absolute'
  AND source LIKE '%inference';

-- Reproductive rows reviewed against the labels (domain-facts-3 section 6).
UPDATE contraindication SET
    message = 'Tranexamic acid crosses the placenta (cord level about the maternal level); 2 fatal structural anomalies (0.02 %) after use at conception or in the first trimester, causality unclear; Lysteda is not indicated in pregnancy. A caution: the physician weighs it.',
    source = 'Cyklokapron label sections 8.1-8.2 (pfizermedicalinformation; rxdruglabels; medlibrary) [L]'
WHERE condition = 'pregnancy' AND ingredient = 'tranexamic-acid' AND medication IS NULL;
UPDATE contraindication SET
    message = 'Tranexamic acid is present in breast milk at about 1/100 of the serum level: the US label says consider the benefit, Janusmed (Sweden) calls it compatible (RID < 1 %) - the caution is kept as the safer reading.',
    source = 'Cyklokapron label section 8.2 (pfizermedicalinformation; rxdruglabels; medlibrary) [L]; janusinfo.se [S]'
WHERE condition = 'breastfeeding' AND ingredient = 'tranexamic-acid' AND medication IS NULL;
UPDATE contraindication SET
    message = 'Deoxycholic acid: no adequate human data; in rabbits a missing intermediate lung lobe at every dose tested (>= 2x the maximum human dose). The Kybella label says caution in pregnancy, while PC/DC (lipolysis) sources list pregnancy as a contraindication - the safer reading (contraindicated) is kept.',
    source = 'Kybella ISI (hcp.mykybella.com; oncologynurseadvisor) [L]; Kybella label section 8.1 (drugs.com; edrugswiki) [L]; yanjiskin blog (citing literature) [W]'
WHERE condition = 'pregnancy' AND ingredient = 'deoxycholic-acid' AND medication IS NULL;
UPDATE contraindication SET
    message = 'Dutasteride: pregnancy category X - contraindicated in women who are pregnant (US label) and, in other labels, in every woman of child-bearing potential; pregnant women must not handle it.',
    source = 'FDA SrLC Avodart 01/30/2020 [L]; Dutasia (MIMS) [L]; themeditary pregnancy pages [L]'
WHERE condition = 'pregnancy' AND ingredient = 'dutasteride' AND medication IS NULL;
UPDATE contraindication SET
    message = 'Dutasteride: the US label contraindicates it in pregnancy; other labels contraindicate it in all women of child-bearing potential, including nursing women - the wider (safer) label is kept. The risk may persist for years; no blood donation for >= 6 months after the last dose.',
    source = 'FDA SrLC Avodart 01/30/2020 [L]; Dutasia (MIMS) [L]; themeditary pregnancy pages [L]; thinninghair.com [W]'
WHERE condition = 'childbearing-potential' AND ingredient = 'dutasteride' AND medication IS NULL;

INSERT INTO contraindication (condition, medication, ingredient, grp, level, message, source)
SELECT v.* FROM (VALUES
('breastfeeding', NULL, 'dutasteride', NULL, 'absolute',
 'Dutasteride: contraindicated in nursing women (non-US labels; the US label: not indicated in women) - the wider label is kept.',
 'Dutasia (MIMS) [L]; FDA SrLC Avodart 01/30/2020 [L]'),
('breastfeeding', NULL, 'finasteride', NULL, 'relative',
 'Finasteride is not indicated in women and its excretion in milk is unknown. A caution: no label found contraindicating nursing itself (pregnancy and child-bearing potential block).',
 'MIMS Proscar [L]; drugs.com pregnancy (finasteride) [S]'),
('pregnancy', NULL, 'minoxidil', NULL, 'relative',
 'Minoxidil: use in pregnancy is not recommended (Australian category C). A caution (not a label contraindication).',
 'drugs.com pregnancy (minoxidil topical) [S]'),
('breastfeeding', NULL, 'minoxidil', NULL, 'relative',
 'Minoxidil (oral) is excreted in breast milk; use while nursing is not recommended.',
 'drugs.com pregnancy (minoxidil topical, oral) [S]'),
('pregnancy', NULL, 'glutathione', NULL, 'relative',
 'Glutathione injection: not advised in pregnancy ("sconsigliabile", Italian SmPC).',
 'Gluthion SmPC (pharmawizard.com) [L]'),
('breastfeeding', NULL, 'glutathione', NULL, 'relative',
 'Glutathione injection: not advised while breastfeeding (Italian SmPC).',
 'Gluthion SmPC (pharmawizard.com) [L]'),
('pregnancy', NULL, 'dexpanthenol', NULL, 'relative',
 'Dexpanthenol: pregnancy category C - use only if clearly needed.',
 'longlivinglife.com (vendor copy of the label) [W]'),
('breastfeeding', NULL, 'dexpanthenol', NULL, 'relative',
 'Dexpanthenol: caution while breastfeeding.',
 'longlivinglife.com (vendor copy of the label) [W]'),
('coagulation-disorder', NULL, 'dexpanthenol', NULL, 'absolute',
 'Dexpanthenol injection is contraindicated in haemophilia (it may prolong the bleeding time). The condition code covers every bleeding disorder: the wider reading is kept.',
 'Pantenyl injection label (medley.life 3133401A1050) [L]'),
('pregnancy', NULL, 'benzyl-alcohol', NULL, 'info',
 'Bacteriostatic sodium chloride (benzyl alcohol 0.9 %) is pregnancy category C: use only if clearly needed; preservative-free sodium chloride 0.9 % avoids it.',
 'edrugswiki (bacteriostatic sodium chloride) [L]'),
('methaemoglobinaemia', NULL, 'prilocaine', NULL, 'absolute',
 'Prilocaine is contraindicated in congenital or idiopathic methaemoglobinaemia: its metabolite oxidises haemoglobin (about 15 % methaemoglobin above 600 mg in adults).',
 'Citanest Plain Dental label (rxreasoner) [L]; Medscape (minclinic.eu copy) [S]'),
('cardiac-arrhythmia', NULL, 'epinephrine', NULL, 'relative',
 'Epinephrine with heart disease or arrhythmia: keep it to the "cardiac dose" of 0.04 mg per session (0.2 mg for healthy adults; a mix with 4 mL of a 1:100,000 anaesthetic holds 0.04 mg). A caution on every epinephrine mix, not a dose limit: the 0.04 mg figure is dental teaching for cardiovascular patients, while this condition code covers any arrhythmia, heart disease or pacemaker - the physician judges the patient.',
 'dentalcare.com CE ce547 Table 3 [S]; exam-prep pages [W]')
) AS v
WHERE EXISTS (SELECT 1 FROM condition c WHERE c.code = v.column1)
  AND EXISTS (SELECT 1 FROM ingredient i WHERE i.code = v.column3);

-- Benzyl alcohol and the youngest patients.
INSERT INTO age_rule (below_age, above_age, ingredient, grp, level, message, source)
SELECT v.* FROM (VALUES
(1, NULL, 'benzyl-alcohol', NULL, 'absolute',
 'Benzyl alcohol: not for use in neonates - gasping syndrome at 99-405 mg/kg/day in premature infants, 16 neonatal deaths with 9 mg/mL flushes. Age is counted in whole years, so the block covers the first year (wider than the neonatal period, the safer reading).',
 'Hospira bacteriostatic sodium chloride label (themeditary.com) [L]; Am J Dis Child 1983;137:805 [P]; CDC MMWR "Neonatal deaths associated with use of benzyl alcohol" [P]'),
(3, NULL, 'benzyl-alcohol', NULL, 'relative',
 'Benzyl alcohol may cause toxic and allergic reactions in infants and children up to 3 years old (EU excipient leaflet rule).',
 'CPMP/463/00 excipient table (PDA J table XIII) [L]')
) AS v
WHERE EXISTS (SELECT 1 FROM ingredient i WHERE i.code = v.column3);

-- Pregnancy status must be asked before a teratogen.
INSERT INTO pregnancy_rule (min_age, max_age, severity, message, source)
SELECT 15, 49, 'block',
 'Pregnancy status not recorded for a patient who could be pregnant (female, other or unknown sex; age 15-49 or unknown), and the mix holds an ingredient contraindicated in pregnancy. Record whether she is pregnant. A block: the labels contraindicate these ingredients in women who are or may become pregnant (dutasteride, finasteride: category X), the harm to a fetus cannot be undone, and the question costs a minute.',
 'SESRIC / UN SDG indicator 3.7.1 metadata (women of reproductive age 15-49) [P]; FDA SrLC Avodart 01/30/2020 [L]; MIMS Proscar [L]; Aquasol A label [L]'
WHERE EXISTS (SELECT 1 FROM contraindication WHERE condition = 'pregnancy' AND level = 'absolute');

-------------------------------------------------------------------------------
-- 9. Dose limits: corrections, conditions, products, new actives, a class.
-------------------------------------------------------------------------------
-- Severity, as in the seed: a labelled MAXIMUM (a toxicity ceiling) blocks;
-- a usual systemic dose or a studied protocol amount, used where no
-- intradermal limit exists, is a caution that says so.

-- Lidocaine.  Plain: EU/UK/IE SmPCs 4.5 mg/kg, max 200 mg; US label 300 mg
-- -> 200 mg.  The with-epinephrine maximum (7 mg/kg, 500 mg) is labelled for
-- solutions of 1:200,000-1:50,000 (5-20 ug/mL); no label says what a more
-- dilute mix earns, so it applies only from 5 ug/mL final epinephrine (the
-- lowest labelled strength, an inference, the safer rule) and the plain
-- maximum below that.
UPDATE dose_limit SET max_session = 200000, unless_min_conc = 5,
    message = 'Lidocaine without epinephrine (or with less than 5 mcg/mL epinephrine in the final mix): max 4.5 mg/kg and 200 mg (EU/UK/IE SmPCs); the US label allows 300 mg - the sources disagree and the safer 200 mg is kept (Rosenberg 2004: the 200 mg figure rests on decades of CNS-toxicity experience, not on evidence for higher doses). Below 5 mcg/mL no labelled lidocaine-epinephrine strength applies, so the plain maximum holds (an inference, the safer rule). Children: lower (plain 1.5-2 mg/kg per an AAD-derived summary); absorption is faster above the clavicles. A block: a labelled maximum, systemic toxicity (seizures, arrhythmia).',
    source = 'HPRA Lidocaine HCl 2 % SmPC (docslib 1485409) [L]; UK Lidocaine HCl 1 % SmPC (patient-info.co.uk) [L]; medthority 2 % w/v Lidocaine SmPC [L]; Xylocaine-MPF label (openFDA) [L]; Rosenberg, Veering, Urmey, Reg Anesth Pain Med 2004;29:564-75 [P]; droracle.ai (citing AAD guideline) [S]; lowest labelled epinephrine strength 1:200,000 = 5 mcg/mL (medicine.com; dentalcare.com) [L/S]'
WHERE ingredient = 'lidocaine' AND requires IS NULL AND unless = 'epinephrine';

UPDATE dose_limit SET requires_min_conc = 5,
    message = 'Lidocaine with epinephrine at 5 mcg/mL (1:200,000) or more in the final mix: max 7 mg/kg (3.5 mg/lb) and 500 mg (US Xylocaine and UK Xylocaine with adrenaline labels agree). More dilute epinephrine is not a labelled regimen: the plain maximum applies then. A block: a labelled maximum, systemic toxicity.',
    source = 'Xylocaine-MPF label (openFDA) [L]; UK Xylocaine 1 % with adrenaline 1:200,000 SmPC section 4.2 [L]; labelled lidocaine-epinephrine strengths 1:50,000-1:200,000 = 20-5 mcg/mL (medicine.com [L]; dentalcare.com [S]); Rosenberg 2004 (2.5-5 mcg/mL for large doses) [P]'
WHERE ingredient = 'lidocaine' AND requires = 'epinephrine' AND unless IS NULL;

-- Mepivacaine.  Plain: Olson 4.5 mg/kg or 350 mg vs Carbocaine 400 mg ->
-- 350 mg.  With a vasoconstrictor: Olson and a drug summary 500 mg, 7 mg/kg;
-- the Carbocaine label caps one procedure at 400 mg whatever is added ->
-- 400 mg, 7 mg/kg.
UPDATE dose_limit SET max_session = 350000, max_per_kg = 4500,
    unless = 'epinephrine', unless_min_conc = 5,
    message = 'Mepivacaine without a vasoconstrictor: 4.5 mg/kg or 350 mg (Olson) vs the Carbocaine label''s usual maximum of 400 mg per procedure - the sources disagree and the safer 350 mg and 4.5 mg/kg are kept. Not more than 1,000 mg in 24 h; repeat not sooner than 1.5 h. A block: a labelled maximum, systemic toxicity.',
    source = 'Olson, Poisoning & Drug Overdose 8th ed., Table II-2 (skyscape poisonod.ed8) [S]; Carbocaine label (pfizermedicalinformation.com; rxlist) [L]'
WHERE ingredient = 'mepivacaine' AND requires IS NULL AND unless IS NULL
  AND max_session = 400000;

INSERT INTO dose_limit (ingredient, unit, requires, unless, max_session,
    max_per_kg, max_per_point, max_conc, severity, message, source,
    product, requires_min_conc, unless_min_conc)
SELECT 'mepivacaine', 'ug', 'epinephrine', NULL, 400000, 7000, NULL, NULL, 'block',
 'Mepivacaine with epinephrine at 5 mcg/mL or more in the final mix: Olson and a drug summary allow 7 mg/kg or 500 mg, but the Carbocaine label caps one procedure at 400 mg whatever is added (7 mg/kg - 550 mg - has been given without harm but is not recommended) - the safer 400 mg is kept, with 7 mg/kg. A block: a labelled maximum, systemic toxicity.',
 'Olson, Poisoning & Drug Overdose 8th ed., Table II-2 [S]; emedz.net (mepivacaine) [S]; Carbocaine label (pfizermedicalinformation.com) [L]',
 NULL, 5, NULL
WHERE EXISTS (SELECT 1 FROM ingredient WHERE code = 'mepivacaine')
  AND EXISTS (SELECT 1 FROM ingredient WHERE code = 'epinephrine');

-- Procaine: label 350-600 mg, Olson 10 mg/kg or 600 mg -> 350 mg and 10 mg/kg.
UPDATE dose_limit SET max_per_kg = 10000,
    message = 'Procaine: 350-600 mg is regarded as a safe single total dose (label); Olson gives 10 mg/kg or 600 mg - the lower 350 mg is kept, and 10 mg/kg as well (it binds below 35 kg). A block: a labelled maximum, systemic toxicity.',
    source = 'Novocain label (DailyMed setid c80c810a) [L]; druglib.com [L]; Olson, Poisoning & Drug Overdose 8th ed., Table II-2 [S]'
WHERE ingredient = 'procaine' AND requires IS NULL AND unless IS NULL
  AND max_session = 350000;

-- Kybella's limits belong to Kybella.
UPDATE dose_limit SET product = 'deoxycholic-acid-10',
    message = 'Deoxycholic acid as Kybella (label, submental): 0.2 mL of 10 mg/mL (2 mg) per point at 1 cm spacing (2 mg/cm2), max 50 injections = 10 mL = 100 mg per session; >= 1 month between sessions, up to 6 sessions. These limits belong to the Kybella product: the deoxycholate of a PC/DC ampoule has no sourced limit (off-label abdominal DCA averaged 26.6 mL a session, and high total DC is implicated in systemic AEs after PC/DC - that dose is reported as not checked). A block: a labelled maximum.',
    source = 'Kybella PI section 2.1 (drugs.com/dosage/kybella; fda.report fe431ed4) [L]; Kybella label summaries (themeditary; oncologynurseadvisor; experiencesenara) [L]; hypogastric DCA pilot (discovery.researcher.life) [P]; Pawitan, systematic review [P]'
WHERE ingredient = 'deoxycholic-acid' AND max_session = 100000 AND max_per_point = 2000
  AND EXISTS (SELECT 1 FROM product WHERE code = 'deoxycholic-acid-10');

-- Caffeine: the label's grams are grams of caffeine AND sodium benzoate.
UPDATE dose_limit SET max_session = 250000,
    message = 'Caffeine (anhydrous, as in caffeine and sodium benzoate 125 + 125 mg/mL): the label''s doses are grams of the drug, half of it caffeine - usual 0.5 g (250 mg caffeine), "maximum safe dose 0.5 g" vs "max single dose 1 g" (500 mg caffeine), <= 2.5 g drug in 24 h. The sources disagree; the safer 0.5 g drug = 250 mg caffeine is kept. A block: a labelled maximum.',
    source = 'rxlist / globalrph caffeine and sodium benzoate label text [L]; drugs.com/dosage/caffeine-sodium-benzoate [L]'
WHERE ingredient = 'caffeine' AND max_session = 1000000;
UPDATE ingredient SET stability = 'pH given is that of caffeine and sodium benzoate injection (125 + 125 mg/mL); caffeine citrate 20 mg/mL = 10 mg/mL caffeine base. Label doses are of the drug (half caffeine): usual 0.5 g, "maximum safe dose 0.5 g" vs max single 1 g, <= 2.5 g/24 h.'
WHERE code = 'caffeine';
UPDATE product SET note = 'Per mL: caffeine 125 mg + sodium benzoate 125 mg. Label doses are of the drug (half of it caffeine): usual 0.5 g, "maximum safe dose 0.5 g" vs max single 1 g, <= 2.5 g/24 h.'
WHERE code = 'caffeine-sodium-benzoate-250';

-- Dexpanthenol: a single dose, not the ileus day.
UPDATE dose_limit SET max_session = 500000,
    message = 'Dexpanthenol: single IM/IV doses up to 500 mg (ileus 50-500 mg up to 6 times a day, Japanese label; 250-500 mg, max 3,000 mg/day, a secondary source); the single dose is kept as the session limit. Systemic label doses: no intradermal limit was found. A caution: a usual dose, not a toxicity ceiling.',
    source = 'Pantenyl injection label (medley.life 3133401A1050) [L]; absoluterx.com [S]'
WHERE ingredient = 'dexpanthenol' AND max_session = 3000000;
UPDATE ingredient SET stability = 'Stand-alone ampoule strength, pH and osmolality: no source found; found only inside Vitamin B-Complex 100 Injection (2 mg/mL). IM/IV single doses up to 500 mg (Japanese label: 20-100 mg 1-2 times a day; ileus 50-500 mg up to 6 times a day). Contraindicated in haemophilia (may prolong bleeding time).'
WHERE code = 'dexpanthenol';

-- New limits.  Every one of these is a systemic label dose (or a studied
-- protocol amount): no intradermal or mesotherapy limit was found for any.
INSERT INTO dose_limit (ingredient, unit, requires, unless, max_session,
    max_per_kg, max_per_point, max_conc, severity, message, source,
    product, requires_min_conc, unless_min_conc)
SELECT v.* FROM (VALUES
('prilocaine', 'ug', NULL, NULL, 400000, 6000, NULL, NULL, 'block',
 'Prilocaine: 6 mg/kg or 400 mg (Olson) vs Citanest Plain Dental 8 mg/kg under 70 kg and 600 mg - the sources disagree and the safer 400 mg and 6 mg/kg are kept, with or without a vasoconstrictor (Olson: 8 mg/kg or 600 mg with one), because methaemoglobinaemia follows the total dose (about 15 % above 600 mg). A block: a maximum, systemic toxicity.',
 'Olson, Poisoning & Drug Overdose 8th ed., Table II-2 (skyscape poisonod.ed8) [S]; Citanest Plain Dental label section 10 (rxreasoner) [L]; Medscape (minclinic.eu copy) [S]',
 NULL, NULL, NULL),
('epinephrine', 'ug', NULL, NULL, 200, NULL, NULL, NULL, 'block',
 'Epinephrine: maximum recommended dose 0.2 mg per appointment for a healthy adult (dental guidance; 20 mL of a 1:100,000 anaesthetic). With heart disease the "cardiac dose" is 0.04 mg (a separate caution). No intradermal limit was found. A block: a maximum, systemic effects (tachycardia, hypertension, arrhythmia).',
 'dentalcare.com CE ce547 Table 3 [S]; exam-prep pages [W]',
 NULL, NULL, NULL),
('aminophylline', 'ug', NULL, NULL, 500000, 5700, NULL, NULL, 'caution',
 'Aminophylline: the IV loading dose is 5.7 mg/kg (ideal body weight; reaches about 10 mcg/mL theophylline, target 10-20), "usually 250 to maximum 500 mg" (hospital guide). Systemic IV label dose; no intradermal limit found (Park 2008 gives no dose). A caution: a loading dose, not a toxicity ceiling - but theophylline''s window is narrow; per kg uses the actual weight (the label''s ideal weight is lower in obesity).',
 'Pfizer aminophylline label, dosage and administration [L]; nursekey (Lippincott drug guide) [S]; Galway University Hospitals IV guide (medinfogalway.ie) [S]',
 NULL, NULL, NULL),
('l-carnitine', 'ug', NULL, NULL, NULL, 50000, NULL, NULL, 'caution',
 'Levocarnitine: 50 mg/kg by slow IV bolus (US label; the highest dose given has been 300 mg/kg; UK up to 100 mg/kg/day) - the lower single dose is kept. Systemic IV label maximum; no intradermal limit found. A caution: a usual dose, not a toxicity ceiling.',
 'levocarnitine label (medlibrary) [L]; Carnitor 1 g SmPC (medicoreinc copy) [L]',
 NULL, NULL, NULL),
('tranexamic-acid', 'ug', NULL, NULL, 1000000, 10000, NULL, NULL, 'caution',
 'Tranexamic acid: 10 mg/kg IV per dose (US) vs 15 mg/kg (UK, 1 g every 6-8 h) - the safer 10 mg/kg is kept; UK single doses 0.5-1 g - 1 g per session. Systemic IV label dose; no intradermal limit from a label or paper (a secondary summary caps intradermal TXA at 8-16 mg a session at 4 mg/mL, while RCTs inject 50-100 mg/mL: not adopted). A caution: a usual dose, not a toxicity ceiling.',
 'Fresenius tranexamic acid in sodium chloride (DailyMed 63f6c65f) [L]; UK tranexamic acid 100 mg/mL SmPC [L]',
 NULL, NULL, NULL),
('glutathione', 'ug', NULL, NULL, 200000, NULL, NULL, NULL, 'caution',
 'Glutathione: 100-200 mg once a day (Tationil, Japan) vs 300-600 mg a day (Maxiliv) and 600 mg once or twice (Gluthion, Italy) - the sources disagree and the safer 200 mg is kept. Systemic label dose for other indications (no skin-lightening injectable is approved); no intradermal limit found. A caution: a usual dose, not a toxicity ceiling.',
 'Tationil Japanese label copy [L]; zuventus.com (Maxiliv) [L]; Gluthion SmPC (pharmawizard.com) [L]',
 NULL, NULL, NULL),
('thiamine', 'ug', NULL, NULL, 300000, NULL, NULL, NULL, 'caution',
 'Thiamine: 100-300 mg a day IV in severe deficiency (10-20 mg three times a day in beriberi); the labelled daily maximum 300 mg is the session limit. Systemic label dose; no intradermal limit found. A caution: a usual dose, not a toxicity ceiling.',
 'UK thiamine hydrochloride 125 mg/mL SmPC (medicines.org.uk 101445) [L]',
 NULL, NULL, NULL),
('pyridoxine', 'ug', NULL, NULL, 600000, NULL, NULL, NULL, 'caution',
 'Pyridoxine: up to 600 mg a day (dependency syndromes; 10-20 mg a day in deficiency). Systemic label dose; no intradermal limit found. A caution: a usual dose, not a toxicity ceiling.',
 'pyridoxine injection label (recallguide; druginserts.com) [L]',
 NULL, NULL, NULL),
('biotin', 'ug', NULL, NULL, 10000, NULL, NULL, NULL, 'caution',
 'Biotin: 1-2 ampoules of 5 mg per injection, 3 times a week for 6 weeks (IM, adjunct for diffuse alopecia) - 10 mg per session. No intradermal limit found. A caution: a labelled regimen, not a toxicity ceiling.',
 'Biotine Bayer RCP (ANSM R0371428) [L]',
 NULL, NULL, NULL),
('minoxidil', 'ug', NULL, NULL, 10000, NULL, NULL, NULL, 'caution',
 'Minoxidil intradermal protocol: 2 mL of 0.5 % (10 mg) weekly x 10 (RCT, 50 women); more per session is beyond the studied protocol (topical use is <= 2 mL a day of 2-5 %, not comparable). A caution, as for dutasteride''s protocol amount.',
 'Dermatol Ther (Brazil) RCT / NCT01655108 [P]; Medscape Rogaine monograph [S]',
 NULL, NULL, NULL),
('pdrn', 'ug', NULL, NULL, 5625, NULL, NULL, NULL, 'caution',
 'Placentex PDRN 5.625 mg/3 mL: 1 ampoule a day IM (or per physician); intradermal use is off-label. More than one ampoule in a session is beyond the label. A caution: a labelled dose, not a toxicity ceiling.',
 'Placentex SmPC (torrinomedica.it / farmaco-info.it) [L]',
 'pdrn-placentex-1-875', NULL, NULL),
('pdrn', 'ug', NULL, NULL, 2250, NULL, NULL, NULL, 'caution',
 'Placentex PDRN 2.25 mg/3 mL: 1 ampoule a day IM (or per physician); intradermal use is off-label. More than one ampoule in a session is beyond the label. A caution: a labelled dose, not a toxicity ceiling.',
 'Placentex SmPC (torrinomedica.it / farmaco-info.it) [L]',
 'pdrn-placentex-0-75', NULL, NULL)
) AS v
WHERE EXISTS (SELECT 1 FROM ingredient i WHERE i.code = v.column1)
  AND (v.column12 IS NULL OR EXISTS (SELECT 1 FROM product p WHERE p.code = v.column12));

-- Local anaesthetics add up: one class, amides and esters together.  The
-- sources make toxicity additive across local anaesthetics (Carbocaine:
-- "the toxic effects of local anesthetics are additive"; rat CNS toxicity
-- of lidocaine with tetracaine, an ester, is additive), so procaine is not
-- a class of its own.
INSERT INTO dose_class (code, name, severity, message, source)
SELECT 'local-anaesthetic', 'Local anaesthetics (systemic toxicity adds up)', 'block',
 'Local anaesthetics in one mix add up: their toxic effects are additive (Carbocaine and Italian lidocaine labels), neither synergistic nor antagonistic in rat CNS-toxicity isobolograms (lidocaine with bupivacaine or with the ester tetracaine). Each anaesthetic''s dose is taken as a fraction of its own applicable maximum (per session and per kg) and the fractions must not add up to more than 1. A block, as for each member''s own maximum: the combined dose is what the patient receives.',
 'Carbocaine PI section 2.1 (pfizermedicalinformation.com/en-us/carbocaine) [L]; Lidocaina ACC 10 mg/mL SmPC section 4.5 (starbene.it) [L]; Spiegel, Dexter, Warner et al., Anesth Analg 1992 [P]; droracle.ai (sum of fractions, citing AAP) [S]'
WHERE EXISTS (SELECT 1 FROM ingredient WHERE grp = 'local-anaesthetic');

INSERT INTO dose_class_member (class, ingredient, source)
SELECT 'local-anaesthetic', v.column1, v.column2 FROM (VALUES
('lidocaine', 'Amide; Lidocaina ACC SmPC section 4.5 (additive) [L]'),
('mepivacaine', 'Amide; Carbocaine PI section 2.1 (additive) [L]'),
('prilocaine', 'Amide; Olson, Poisoning & Drug Overdose 8th ed. [S]'),
('procaine', 'Ester; additivity holds across amide and ester (lidocaine with tetracaine: Spiegel 1992 [P]); "other local anaesthetics" (Lidocaina ACC SmPC) [L]')
) AS v
WHERE EXISTS (SELECT 1 FROM dose_class WHERE code = 'local-anaesthetic')
  AND EXISTS (SELECT 1 FROM ingredient i WHERE i.code = v.column1);

-------------------------------------------------------------------------------
-- 10. Templates that are real cocktails.
-------------------------------------------------------------------------------
-- Each template follows a published protocol with the formulary's products;
-- where a final strength is published, parts of sodium chloride 0.9 % bring
-- the stock to it (a part is a share of the planned total after any
-- absolute volumes).  The plan pins the total and the volume per point only
-- where a source gives them.

-- Minoxidil is the published intradermal alternative to dutasteride - the
-- one a woman who may become pregnant can be offered.
INSERT INTO indication (code, name, area, technique, note, source)
SELECT 'hair-loss-minoxidil', 'Androgenetic alopecia, minoxidil 0.5 %', 'scalp', NULL,
 'Intradermal minoxidil 0.5 %, 2 mL a session, weekly x 10 (RCT in 50 women: hair-shaft ratio 2.6 -> 3.8 vs a fall with placebo). An alternative to dutasteride, which is contraindicated in women who are or may become pregnant; minoxidil itself is not recommended in pregnancy (a caution). Technique named only as "intradermal": no default.',
 'Dermatol Ther (Brazil) RCT / NCT01655108 [P]; Rebellato et al., J Dermatol Res 2025;6(1) [P]'
WHERE EXISTS (SELECT 1 FROM area WHERE code = 'scalp');

DELETE FROM template_component
WHERE indication IN ('facial-hydration', 'radiance', 'fine-lines',
    'skin-laxity', 'photoaging', 'hyperpigmentation', 'acne-scars',
    'couperose', 'hair-loss', 'hair-loss-minoxidil', 'cellulite',
    'localized-fat', 'body-laxity');

-- The plan each indication pins, and its notes.
UPDATE indication SET delivered_ul = 2000, volume_per_point_ul = 20,
    plan_source = 'Seok et al., J Cosmet Dermatol 2016;15(4):578-582: 2 mL of non-cross-linked HA per face, 0.020 mL x 100 points by an intradermal injector, 3 sessions 2 weeks apart [P]; Glytone RCT: 50 x 0.02 mL per cheek [P]',
    note = 'Non-crosslinked HA alone (a systematic review finds HA alone outperforms cocktails): 2 mL over the face at 0.02 mL a point (100 points), 3 sessions 2 weeks apart. Mapping the injector''s micro-depots to papules is an inference.'
WHERE code = 'facial-hydration';

UPDATE indication SET delivered_ul = 3000, volume_per_point_ul = NULL,
    plan_source = 'Med Lasers (KSLMS) 2018;7(2):69: NCTF 135HA 3 mL per face with microneedling, 3 sessions every 2 weeks then 2 every 4 weeks [P]',
    note = 'Polyrevitalising solutions (NCTF 135HA: non-crosslinked HA with vitamins, amino acids, minerals, coenzymes; no such product in the formulary) - 3 mL per face with microneedling. Evidence mixed (positive Grand-Vincent 2017, negative Amin 2006 / El-Domyati 2012). Template: HA alone; the other actives have no sourced ratio - add them by hand.'
WHERE code = 'radiance';

UPDATE indication SET delivered_ul = 2000, volume_per_point_ul = NULL,
    plan_source = 'Ogilvie et al., CCID 2020;13:267-274 (VYC-12L consensus): about 2 mL for a full face, micro-depots 0.01-0.05 mL, 0.5-1.0 cm apart [P]',
    note = 'Micro-depots in the deep dermis with a 32 G 1/2 inch needle at < 45 degrees, 0.5-1.0 cm apart, 0.01-0.05 mL per depot (no single figure: the area''s default applies), about 2 mL for a full face (VYC-12L consensus, an HA gel). HA + idebenone (Savoia formulation B) also positive; no idebenone strength sourced. Mapping micro-depots to papules is an inference.'
WHERE code = 'fine-lines';

UPDATE indication SET delivered_ul = 2000, volume_per_point_ul = 200,
    plan_source = 'Profhilo IFU (123dok.org): 2 mL per face, BAP 5 points per hemiface [L/W]; 2 mL / 10 points = 0.2 mL per point (derived)',
    note = 'Profhilo (hybrid H-HA/L-HA) BAP technique: 5 points per hemiface, one 2 mL syringe per face (0.2 mL a point, derived), 2 sessions about 4 weeks apart - the BAP bolus points are not one of the formulary techniques, so no technique default. PDRN / PN are alternatives (no dosing template sourced for laxity).'
WHERE code = 'skin-laxity';

UPDATE indication SET delivered_ul = 2000, volume_per_point_ul = NULL,
    plan_source = 'Ogilvie et al., CCID 2020 (skin quality, about 2 mL full face) [P]; Seok et al., J Cosmet Dermatol 2016 (2 mL per face) [P] - applied to photo-ageing as whole-face skin-quality treatments (an inference)',
    note = 'Non-crosslinked HA alone (HA alone outperforms cocktails; multivitamin cocktails negative in Amin 2006 and El-Domyati 2012): about 2 mL over the face, as in the skin-quality sources; 4 sessions every 15 days (Savoia 2013) to 6 every 2 weeks (El-Domyati 2012). Technique: not stated in the sources.'
WHERE code = 'photoaging';

-- Iraji 2019, cocktail A: TXA 4 mg/mL + vitamin C 3 % + glutathione 2 %.
-- Parts of 300 from the formulary's stocks, the rest sodium chloride 0.9 %:
--   tranexamic-acid-100   100 mg/mL   4/100  = 0.04  -> 12/300
--   ascorbic-acid-500     500 mg/mL  30/500  = 0.06  -> 18/300
--   glutathione-600       120 mg/mL  20/120  = 1/6   -> 50/300
--   sodium-chloride-0-9pct           1 - 0.04 - 0.06 - 1/6 -> 220/300
-- Check: 100 x 12/300 = 4; 500 x 18/300 = 30; 120 x 50/300 = 20 mg/mL.
-- Pairs: TXA + vitamin C compatible (seed); TXA + glutathione and vitamin C
-- + glutathione compatible (Iraji, section 7); TXA + saline compatible; no
-- partner below pH 5 (vitamin C's rule).  Four products: the SFM's
-- "no more than three" caution is expected and true.  Estimated osmolality
-- (lower bound, TXA and glutathione have no figure): 0.06 x 5,900 + 0.733 x
-- 308 = 580.
UPDATE indication SET delivered_ul = 2000, volume_per_point_ul = 50,
    plan_source = 'droracle.ai (intradermal TXA protocols): 4 mg/mL diluted with normal saline, 0.05 mL per point 1 cm apart over the affected areas, at most 8-16 mg TXA a session = 2-4 mL at 4 mg/mL [S]; JPAD 2023 (0.05 mL per point, 1 cm apart over the lesion) [P] - the lower 2 mL is pinned',
    note = 'Iraji 2019 cocktail A: tranexamic acid 4 mg/mL + vitamin C 3 % + glutathione 2 % in sodium chloride 0.9 %, 6 sessions every 2 weeks (better than TXA + vitamin C alone, split-face RCT). 0.05 mL a point, 1 cm apart over the pigmented area (the total follows the lesion: at most 2-4 mL a session, 2 mL pinned). Four products: above the SFM''s three (a caution). Reported TXA strengths range 4-100 mg/mL; optimal concentration and interval not established. Per-point volume and diluent of the RCT itself are not in its abstract.'
WHERE code = 'hyperpigmentation';

UPDATE indication SET delivered_ul = NULL, volume_per_point_ul = NULL, plan_source = NULL,
    note = 'HA micro-droplets (NASHA 20 mg/mL, a stabilised gel) into discrete scars, up to 2 mL per side of the face (a maximum, not a plan), 3 sessions every 4 weeks; Profhilo dual-plane x 2; PN + HA. Technique named only as "micro-droplets", and no per-point volume or usual total: the plan asks for them.'
WHERE code = 'acne-scars';

-- Daadaa 2021: TXA 5 mg/mL = tranexamic-acid-100 1 part + saline 19
-- (100 x 1/20 = 5 mg/mL).
UPDATE indication SET delivered_ul = NULL, volume_per_point_ul = NULL, plan_source = NULL,
    note = 'Intradermal tranexamic acid 5 mg/mL (tranexamic acid 100 mg/mL 1 part + sodium chloride 0.9 % 19 parts) microinjections, monthly (mean 5.1 sessions); transient erythema/swelling in 3 of 6 (retrospective, n = 6). Volume per point and total per session: not in the source - the plan asks for them. A classical multi-ingredient couperose cocktail: no source found. Mapping microinjections to papules is an inference.'
WHERE code = 'couperose';

UPDATE indication SET delivered_ul = 1000, volume_per_point_ul = NULL,
    plan_source = 'Saceda-Corralo et al., J Drugs Dermatol 2022;21:742-7: dutasteride 0.01 %, 1 mL intradermal, commonly every 3 months (n = 541) [P]',
    note = 'Dutasteride 0.01 %, 1 mL intradermal a session, commonly every 3 months (marked improvement 38.4 % in monotherapy; pain 45.5 %; no sexual adverse events). Contraindicated in women who are or may become pregnant and in nursing women: for them see hair-loss-minoxidil. Per-point volume and spacing: no source found. Technique named only as "intradermal": no default.'
WHERE code = 'hair-loss';

UPDATE indication SET delivered_ul = 2000, volume_per_point_ul = NULL,
    plan_source = 'Dermatol Ther (Brazil) RCT / NCT01655108: minoxidil 0.5 %, 2 mL a session, weekly x 10 [P]'
WHERE code = 'hair-loss-minoxidil';

UPDATE indication SET delivered_ul = 10000, volume_per_point_ul = NULL,
    plan_source = 'medicinka.com: general body mesotherapy 10-20 mL a session, at least 4 mL [W] - the lower 10 mL is pinned; no cellulite-specific volume found (Park 2008 gives none)',
    note = 'Aminophylline alone by gun on the thigh (aminophylline + buflomedil + lidocaine weekly x 12: no change in girth or CT fat, Park 2008). Aminophylline must not be mixed with other drugs in a syringe (Trissel): a single product. At 25 mg/mL it is hypotonic (114 mOsm/kg): the tonicity caution is expected and true; no source gives a diluted strength. Weekly, 10-15 (up to 20) sessions [W]. Other listed ingredients (PC, hyaluronidase, L-carnitine, caffeine, artichoke, silicon) have no sourced ratio.'
WHERE code = 'cellulite';

UPDATE indication SET delivered_ul = NULL, volume_per_point_ul = 200,
    plan_source = 'Kybella PI section 2.1: 0.2 mL per injection, 1 cm apart (2 mg/cm2), up to 50 injections (10 mL) per treatment [L]',
    note = 'Deoxycholic acid 10 mg/mL undiluted - the label says dilution or admixture with other compounds is not recommended: 0.2 mL per point, 1 cm apart, up to 50 points = 10 mL per session, >= 1 month apart, up to 6 sessions. Approved for submental fat only. The total follows the area treated (no submental surface sourced): the plan asks for it. PC/DC is unapproved (banned in France, 2011).'
WHERE code = 'localized-fat';

UPDATE indication SET area = 'arms', delivered_ul = 3000, volume_per_point_ul = NULL,
    plan_source = 'Sparavigna et al., Gazz Med Ital 2022;181(7-8):487-495: Profhilo Body 3 mL per inner arm (and 3 mL for the abdomen), 2 sessions 1 month apart [P]',
    note = 'Profhilo Body (HA 32 mg/mL hybrid complexes): 3 mL per inner arm, 2 sessions 1 month apart (also 3 mL for the abdomen, 1.5 mL per hand by cannula). No classical mesotherapy cocktail is sourced for body laxity (organic silicon, PDRN mentioned only generically). Technique not named: no default.',
    source = source || '; Sparavigna et al., Gazz Med Ital 2022 [P]'
WHERE code = 'body-laxity' AND EXISTS (SELECT 1 FROM area WHERE code = 'arms');

INSERT INTO template_component (indication, seq, product, ingredient, strength, unit, parts, volume_ul, source)
SELECT v.* FROM (VALUES
('facial-hydration', 1, 'ha-nx-10', NULL, NULL, NULL, 1, NULL,
 'Non-crosslinked HA alone (Ghatge & Ghatge, CCID 2023 [P]; Seok 2016 [P]); HA 1 % NCL (mesoage.com [W])'),
('radiance', 1, 'ha-nx-10', NULL, NULL, NULL, 1, NULL,
 'Non-crosslinked HA base of polyrevitalising solutions (Robin et al., JCDSA 2021 [P]; Ghatge & Ghatge, CCID 2023 [P]); HA 1 % NCL (mesoage.com [W])'),
('fine-lines', 1, 'ha-nx-10', NULL, NULL, NULL, 1, NULL,
 'Non-crosslinked HA (Ghatge & Ghatge, CCID 2023 [P]; Ogilvie 2020 [P]); HA 1 % NCL (mesoage.com [W])'),
('photoaging', 1, 'ha-nx-10', NULL, NULL, NULL, 1, NULL,
 'Non-crosslinked HA alone outperforms cocktails (Ghatge & Ghatge, CCID 2023 [P]); HA 1 % NCL (mesoage.com [W])'),
('skin-laxity', 1, 'profhilo-32', NULL, NULL, NULL, NULL, 2000,
 'Profhilo 2 mL per face, BAP 5 points per hemiface (Profhilo IFU [L/W])'),
('hyperpigmentation', 1, 'tranexamic-acid-100', NULL, NULL, NULL, 12, NULL,
 'TXA 4 mg/mL final: 100 mg/mL x 12/300 (Iraji et al., J Cosmet Dermatol 2019 [P])'),
('hyperpigmentation', 2, 'ascorbic-acid-500', NULL, NULL, NULL, 18, NULL,
 'Vitamin C 3 % (30 mg/mL) final: 500 mg/mL x 18/300 (Iraji et al., J Cosmet Dermatol 2019 [P])'),
('hyperpigmentation', 3, 'glutathione-600', NULL, NULL, NULL, 50, NULL,
 'Glutathione 2 % (20 mg/mL) final: 120 mg/mL x 50/300 (Iraji et al., J Cosmet Dermatol 2019 [P])'),
('hyperpigmentation', 4, 'sodium-chloride-0-9pct', NULL, NULL, NULL, 220, NULL,
 'Diluent to the published strengths: 220/300; TXA diluted with saline (NCT05884151 [P]; droracle.ai [S])'),
('acne-scars', 1, NULL, 'hyaluronic-acid', 20000, 'ug', 1, NULL,
 'HA micro-droplets, NASHA 20 mg/mL (Halachmi et al., J Drugs Dermatol 2013 [P]); up to 2 mL per side (Dierickx 2018 [P])'),
('couperose', 1, 'tranexamic-acid-100', NULL, NULL, NULL, 1, NULL,
 'TXA 5 mg/mL final: 100 mg/mL x 1/20 (Daadaa et al., J Cosmet Dermatol 2021 [P])'),
('couperose', 2, 'sodium-chloride-0-9pct', NULL, NULL, NULL, 19, NULL,
 'Diluent to the published strength: 19/20; TXA diluted with saline (NCT05884151 [P])'),
('hair-loss', 1, 'dutasteride-0-01pct', NULL, NULL, NULL, NULL, 1000,
 'Dutasteride 0.01 %, 1 mL per session (Saceda-Corralo et al., J Drugs Dermatol 2022 [P])'),
('hair-loss-minoxidil', 1, 'minoxidil-0-5pct', NULL, NULL, NULL, NULL, 2000,
 'Minoxidil 0.5 %, 2 mL per session (Dermatol Ther RCT / NCT01655108 [P])'),
('cellulite', 1, 'aminophylline-25', NULL, NULL, NULL, 1, NULL,
 'Aminophylline by gun on the thigh (Park et al., Plast Reconstr Surg 2008 [P] - no measurable effect); alone because Trissel forbids mixing it [L]'),
('localized-fat', 1, 'deoxycholic-acid-10', NULL, NULL, NULL, 1, NULL,
 'Deoxycholic acid 10 mg/mL undiluted, submental (Kybella PI sections 2.1 and 3 [L])'),
('body-laxity', 1, 'profhilo-body-32', NULL, NULL, NULL, NULL, 3000,
 'Profhilo Body 3 mL per inner arm (Sparavigna et al., Gazz Med Ital 2022 [P])')
) AS v
WHERE EXISTS (SELECT 1 FROM indication i WHERE i.code = v.column1)
  AND (v.column3 IS NULL OR EXISTS (SELECT 1 FROM product p WHERE p.code = v.column3))
  AND (v.column4 IS NULL OR EXISTS (SELECT 1 FROM ingredient i WHERE i.code = v.column4))
  -- a template is all or nothing: every product it names must be there
  AND NOT EXISTS (SELECT 1 FROM (VALUES
	('hyperpigmentation', 'tranexamic-acid-100'),
	('hyperpigmentation', 'ascorbic-acid-500'),
	('hyperpigmentation', 'glutathione-600'),
	('hyperpigmentation', 'sodium-chloride-0-9pct'),
	('couperose', 'tranexamic-acid-100'),
	('couperose', 'sodium-chloride-0-9pct')) AS need
      WHERE need.column1 = v.column1
        AND NOT EXISTS (SELECT 1 FROM product p WHERE p.code = need.column2));

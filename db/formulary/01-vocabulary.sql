-- mesomix seed formulary, part 1: vocabulary.
-- Ingredient groups, allergen classes and their aliases, patient conditions
-- and medication classes.  Codes listed in VOCABULARY.md are public
-- interfaces: spelled exactly as there.  Extra codes (marked below) come from
-- domain-facts.md / domain-facts-2.md and carry their source in the rows of
-- 04-allergy.sql and 06-contra.sql that use them.

INSERT INTO ingredient_group (code, name) VALUES
	('hyaluronic-acid',   'Hyaluronic acid'),
	('vitamin',           'Vitamins'),
	('amino-acid',        'Amino acids'),
	('peptide',           'Peptides'),
	('mineral',           'Minerals and trace elements'),
	('coenzyme',          'Coenzymes'),
	('nucleotide',        'Nucleotides (PDRN, polynucleotides)'),
	('plant-extract',     'Plant extracts'),
	('lipolytic',         'Lipolytics'),
	('depigmenting',      'Depigmenting agents'),
	('hair',              'Hair-loss agents'),
	('local-anaesthetic', 'Local anaesthetics'),
	('vasoconstrictor',   'Vasoconstrictors'),
	('buffer',            'Buffers'),
	('enzyme',            'Enzymes'),
	('excipient',         'Excipients (carried by products, never chosen alone)');

-- All VOCABULARY classes, plus 'ethylenediamine' (aminophylline excipient
-- listed as an allergen in domain-facts.md section 3).
INSERT INTO allergen_class (code, name) VALUES
	('soy',               'Soy (soybean)'),
	('egg',               'Egg'),
	('avian-protein',     'Avian proteins (chicken, feathers)'),
	('bovine',            'Bovine-derived material'),
	('ovine',             'Ovine-derived material'),
	('fish',              'Fish (salmon, trout)'),
	('bee-venom',         'Bee / wasp (Hymenoptera) venom'),
	('ester-anaesthetic', 'Ester local anaesthetics (PABA derivatives)'),
	('amide-anaesthetic', 'Amide local anaesthetics'),
	('sulfite',           'Sulfites (metabisulfite, bisulfite)'),
	('paraben',           'Parabens'),
	('benzyl-alcohol',    'Benzyl alcohol'),
	('chlorobutanol',     'Chlorobutanol'),
	('thimerosal',        'Thimerosal (thiomersal)'),
	('polysorbate',       'Polysorbates (polysorbate 80)'),
	('cobalt',            'Cobalt'),
	('latex',             'Natural rubber latex'),
	('ethylenediamine',   'Ethylenediamine');

-- Other names a patient's allergy may be given as.
INSERT INTO allergen_alias (alias, class) VALUES
	('paba',              'ester-anaesthetic'),
	('para-aminobenzoic-acid', 'ester-anaesthetic'),
	('sulphite',          'sulfite'),
	('sulphites',         'sulfite'),
	('sulfites',          'sulfite'),
	('bisulfite',         'sulfite'),
	('metabisulfite',     'sulfite'),
	('parabens',          'paraben'),
	('soya',              'soy'),
	('eggs',              'egg'),
	('feathers',          'avian-protein'),
	('salmon',            'fish'),
	('trout',             'fish'),
	('wasp-venom',        'bee-venom'),
	('hymenoptera',       'bee-venom'),
	('thiomersal',        'thimerosal'),
	('tween-80',          'polysorbate'),
	('polysorbates',      'polysorbate'),
	('natural-rubber',    'latex');

-- All VOCABULARY conditions, plus label-level ones from domain-facts.md
-- section 4 (marked extra).
INSERT INTO condition (code, name) VALUES
	('pregnancy',                'Pregnancy'),
	('breastfeeding',            'Breastfeeding'),
	('active-cancer',            'Active cancer (or chemotherapy / immunotherapy)'),
	('skin-infection',           'Skin infection at or near the injection site'),
	('active-herpes',            'Active herpes'),
	('coagulation-disorder',     'Bleeding or coagulation disorder'),
	('thromboembolism-history',  'History of thromboembolism'),
	('autoimmune-disease',       'Autoimmune disease'),
	('immunodeficiency',         'Immunodeficiency'),
	('keloid-tendency',          'Keloid or hypertrophic-scar tendency'),
	('diabetes',                 'Diabetes (insulin-dependent)'),
	('liver-disease',            'Liver disease'),
	('kidney-disease',           'Kidney disease'),
	('childbearing-potential',   'Woman of child-bearing potential'),
	('cardiac-arrhythmia',       'Cardiac arrhythmia or heart disease (pacemaker)'),
	('g6pd-deficiency',          'G6PD deficiency'),
	('epilepsy',                 'Epilepsy'),
	-- extra
	('leber-disease',            'Leber''s disease (hereditary optic atrophy)'),
	('hypervitaminosis-a',       'Hypervitaminosis A'),
	('dysphagia-history',        'History of dysphagia'),
	('active-intravascular-clotting', 'Active intravascular clotting'),
	('subarachnoid-haemorrhage', 'Subarachnoid haemorrhage'),
	('acquired-colour-vision-defect', 'Acquired defective colour vision'),
	('asthma',                   'Asthma'),
	('uncontrolled-hypertension','Uncontrolled hypertension'),
	('cholelithiasis',           'Cholelithiasis (gallstones)');

-- All VOCABULARY medication classes, plus 'chemotherapy' (extra).
INSERT INTO medication_class (code, name) VALUES
	('anticoagulant',           'Anticoagulants'),
	('antiplatelet',            'Antiplatelet agents (incl. aspirin)'),
	('nsaid',                   'NSAIDs'),
	('isotretinoin',            'Isotretinoin (now or within 6-12 months)'),
	('hormonal-contraceptive',  'Hormonal contraceptives'),
	('systemic-corticosteroid', 'Systemic corticosteroids'),
	-- extra
	('chemotherapy',            'Chemotherapy');

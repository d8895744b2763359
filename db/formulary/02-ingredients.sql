-- mesomix seed formulary, part 2: ingredients.
-- Every VOCABULARY.md ingredient code, excipients included, plus two extra
-- excipients carried by products (sodium-benzoate, ethylenediamine).
-- pH: the labelled range of the injection of that ingredient where the
-- sources give one (a bare ingredient in a cocktail brings only these
-- values); osmolality only where a single labelled injection exists.
-- NULL = no source found: the user enters it.  light_sensitive NULL =
-- unknown (never assumed 0).

INSERT INTO ingredient (code, name, grp, excipient, origin, ph_min, ph_max, osmolality, light_sensitive, oily, stability, synonyms, source) VALUES

-- hyaluronic acid ---------------------------------------------------------
('hyaluronic-acid', 'Hyaluronic acid (sodium hyaluronate)', 'hyaluronic-acid', 0,
 'fermentation', NULL, NULL, NULL, NULL, 0,
 'Precipitates with quaternary-ammonium disinfectants: do not prep the skin with them (Synvisc label). Depolymerised by hyaluronidase. Origin: bacterial fermentation is now the main source, but rooster-comb (avian) and bovine-vitreous HA exist: check the label (see the avian-protein caution). pH and osmolality of meso-grade non-crosslinked HA: no source found (RX.HA.12 only says "isotonic").',
 'HA hyaluronan sodium hyaluronate hyaluronate NCL non-crosslinked',
 'HTL-bio "safety by design" [S]; Saranraj, IJPBA 2013;4(5):853 [S]; Synvisc label (rxlist) [L]; King et al., JCAD 2018;11(6):E61-68 [P]'),

-- vitamins ------------------------------------------------------------------
('retinol', 'Retinol (vitamin A)', 'vitamin', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Water-miscible only through polysorbate 80 (Aquasol A: 12 %); not an oily vehicle as labelled, but never substitute an oil-based vitamin A. Vitamin A adsorbs to plastic (M.V.I.-12 label 5.2). Aquasol A is labelled intramuscular only, contraindicated IV.',
 'vitamin A vit A retinyl palmitate Aquasol',
 'Aquasol A label (fda.report DailyMed, Hospira) [L]; M.V.I.-12 label section 5.2 (drugs.com) [L]'),

('ascorbic-acid', 'Ascorbic acid (vitamin C)', 'vitamin', 0,
 NULL, 5.5, 7.0, NULL, 1, 0,
 'Darkens in light and oxidises rapidly in solution: protect from light; Ascor bulk vial: use within 4 h of first puncture. Loss is marked below pH 5, considerable at pH 5-6, about 90 % retained after 5 h at pH >= 7; shaking accelerates loss. Containers >= 250 mg/mL can build up pressure on storage (USP). Copper speeds its oxidation.',
 'vitamin C vit C ascorbate L-ascorbic acid Ascor',
 'Mylan ascorbic acid 500 mg/mL label (paperzz 7973995) [L]; USP29 ascorbic acid injection monograph (pharmacopeia.cn) [L]; Ascor label (drugs.com/dosage/ascor-injection) [L]; J-STAGE iryo1946/23/2 [P]'),

('tocopherol', 'Tocopherol (vitamin E)', 'vitamin', 0,
 NULL, NULL, NULL, NULL, NULL, 1,
 'Stand-alone aqueous injectable vitamin E: no source found (only inside multivitamin infusions, e.g. Infuvite Adult 10 IU/dose). Flagged oily: inference - with no aqueous injectable found, a vitamin E preparation is presumed oil-based, and oil- or alcohol-based substances must not be injected in mesotherapy (cutaneous necrosis). Clear the flag only for a product whose label shows an aqueous vehicle.',
 'vitamin E vit E alpha-tocopherol tocopheryl',
 'ASHP news 12/2001 (Infuvite Adult) [L]; Konda & Thappa, IJDVL 2013 "Mesotherapy: What is new?" [P]; oily flag: inference'),

('thiamine', 'Thiamine (vitamin B1)', 'vitamin', 0,
 NULL, 2.5, 4.5, NULL, NULL, 0,
 'Stable in acid (maximum stability about pH 2), unstable at neutral or alkaline pH; rapidly inactivated by sulfites/bisulfites; incompatible with oxidising and reducing agents. Intradermal test dose advised if sensitivity is suspected; allergic reactions reported with IV thiamine.',
 'vitamin B1 B1 thiamin thiamine hydrochloride aneurine',
 'Trissel''s Handbook on Injectable Drugs 25th ed. (skyscape hbinjdrg.ed25 q/tl3) [L]; USP35 thiamine injection (pH 2.5-4.5) [L]; ASHP news 12/2001 (Infuvite) [L]'),

('riboflavin', 'Riboflavin (vitamin B2)', 'vitamin', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'No stand-alone injection found; present in multivitamin infusions (3.6 mg/dose), as riboflavin sodium phosphate 0.1 mg/mL in a PC injection, and as riboflavin 5''-phosphate 2 mg/mL in Vitamin B-Complex 100 Injection.',
 'vitamin B2 B2 riboflavine riboflavin-5-phosphate lactoflavin',
 'ASHP news 2001 (Infuvite) [L]; talkdrugs.info (PC injection) [L]; openFDA NDC 67457-146 (Vitamin B-Complex 100, Mylan) [L]'),

('nicotinamide', 'Niacinamide (nicotinamide, vitamin B3)', 'vitamin', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Stand-alone injection: no source found; only inside multivitamin infusions (40 mg/dose) and Vitamin B-Complex 100 Injection (100 mg/mL).',
 'niacinamide vitamin B3 B3 vitamin PP',
 'ASHP news 12/2001 (Infuvite) [L]; openFDA NDC 67457-146 (Vitamin B-Complex 100, Mylan) [L]'),

('dexpanthenol', 'Dexpanthenol (provitamin B5)', 'vitamin', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Stand-alone ampoule strength, pH and osmolality: no source found; found only inside Vitamin B-Complex 100 Injection (2 mg/mL). IM/IV dosing 250-500 mg, max 3,000 mg/day (ileus indication).',
 'D-panthenol panthenol pantothenol provitamin B5 vitamin B5 B5',
 'absoluterx.com [S]; openFDA NDC 67457-146 (Vitamin B-Complex 100, Mylan) [L]'),

('pyridoxine', 'Pyridoxine (vitamin B6)', 'vitamin', 0,
 NULL, 2.0, 3.8, 870, 1, 0,
 'At 100 mg/mL the injection is hypertonic: osmolality about 852-870 mOsm/kg (the upper value is stored). Stable 6 months in polypropylene syringes; 86 % lost after 8 h of direct sunlight (in parenteral nutrition): protect from light. Contains aluminium.',
 'vitamin B6 B6 pyridoxine hydrochloride pyridoxol',
 'Trissel''s Handbook on Injectable Drugs 25th ed. (skyscape f/tl3) [L]; druginserts.com pyridoxine label [L]; USP28 [L]'),

('biotin', 'Biotin (vitamin B7 / H)', 'vitamin', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Biotin falsifies streptavidin-biotin immunoassays (thyroid tests, troponin): the patient must tell the laboratory. Ampoules are labelled IM, adults only. pH: not in the sources.',
 'vitamin B7 B7 vitamin H vitamin B8 biotine Medebiotin',
 'Biotine Bayer RCP (ANSM R0371428) [L]; Medebiotin Fuerte (AEMPS CIMA 34236) [L]'),

('cyanocobalamin', 'Cyanocobalamin (vitamin B12)', 'vitamin', 0,
 NULL, 4.5, 7.0, NULL, 1, 0,
 'Light-sensitive: a 950 mcg/mL solution lost 14.7-21 % in 2 h of sunlight, a 95 mcg/mL dilution 56-81.5 %. Contains aluminium. With B1 + B6 in one syringe: no B12 loss over 8 h at room temperature, optimum pH 5.8; refrigerate mixed formulations. A benzyl-alcohol-free presentation exists (Panpharma).',
 'vitamin B12 B12 cobalamin cyanocobalamine',
 'medlibrary B-12 kit label [L]; Somerset label (myhealthbox) [L]; Mylan label (vdocuments) [L]; USP32 [L]; MIMS HK (Panpharma) [L]; Ahmad et al. (repository 142.54.178.187:9060 handle 16640) [P]; Monajjemzadeh et al., Adv Pharm Bull 2014 [P]'),

-- amino acids ---------------------------------------------------------------
('amino-acids', 'Amino acids (blend)', 'amino-acid', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Concentration, pH or osmolality of amino-acid ampoules for mesotherapy: no source found. Present in polyrevitalising devices (NCTF 135HA; HY6AA+ Sunekos = low-MW HA + six amino acids).',
 'amino acid blend AA polyrevitalising',
 'Robin et al., JCDSA 2021;11:18-37 [P]; Fasola & Kutera, J Dermat Cosmetol 2022;6(3):74-77 [P]; no figure sourced'),

('glycine', 'Glycine', 'amino-acid', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Injectable concentration for mesotherapy: no source found.',
 'Gly aminoacetic acid',
 'VOCABULARY.md; no figure sourced'),

('proline', 'Proline', 'amino-acid', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Injectable concentration for mesotherapy: no source found.',
 'Pro L-proline',
 'VOCABULARY.md; no figure sourced'),

('lysine', 'Lysine', 'amino-acid', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Listed among hair-cocktail amino acids (cysteine, lysine, methionine); injectable concentration: no source found.',
 'Lys L-lysine',
 'VOCABULARY.md; sapphireroots.com [W]; no figure sourced'),

-- peptides ------------------------------------------------------------------
('copper-tripeptide', 'Copper tripeptide-1 (GHK-Cu)', 'peptide', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'No regulated injectable product (cosmetic ingredient only). Complex stable only at about pH 6.0-7.0: below pH 5 copper dissociates, above pH 8 the peptide hydrolyses; the intact complex is blue. Ascorbate reduces Cu(II) and decomplexes it. Injectable figures exist only on research-chemical vendor pages: do not use them as a default.',
 'GHK-Cu GHK copper peptide copper tripeptide-1 glycyl-histidyl-lysine',
 'safeghkcu.com [W]; junsuimirai.com [W]; cupratec.com [W]; myskinrecipes.com [W]'),

('acetyl-hexapeptide-8', 'Acetyl hexapeptide-8', 'peptide', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Injectable concentration: no source found (only a topical listing, 0.15 g per 30 g).',
 'argireline acetyl hexapeptide-3',
 'openFDA NDC 87036-034 (topical) [L]; no injectable figure sourced'),

-- minerals ------------------------------------------------------------------
('zinc', 'Zinc (as sulfate or chloride)', 'mineral', 0,
 'mineral', 1.5, 2.5, NULL, NULL, 0,
 'pH stored is that of zinc chloride injection 1 mg/mL (pH 2.0, 1.5-2.5); zinc sulfate injection pH not retrieved, but trace-element products are strongly acidic (Neotrace-4 about 2.5). Parenteral-nutrition additives labelled for IV use after dilution (phlebitis); intradermal use is off-label.',
 'zinc sulfate zinc sulphate zinc chloride Zn trace element',
 'openFDA label set 9a1914a0 (zinc chloride) [L]; openFDA NDC 0517-8005, 70710-1877, 65219-401, 60505-6261 (zinc sulfate) [L]; rx-index.ru Neotrace-4 label [L]; American Regent Multitrace-5 label (myhealthbox) [L]'),

('magnesium', 'Magnesium (as sulfate)', 'mineral', 0,
 'mineral', NULL, NULL, NULL, NULL, 0,
 'Magnesium sulfate 50 % injection: pH and osmolarity not retrieved. Parenteral-nutrition additive labelled for IV use after dilution; intradermal use is off-label.',
 'magnesium sulfate magnesium sulphate MgSO4 Mg',
 'openFDA NDC 0409-2168, 63323-064, 0404-9904, 31722-394 [L]'),

('selenium', 'Selenium (as selenious acid)', 'mineral', 0,
 'mineral', NULL, NULL, NULL, NULL, 0,
 'Selenious acid injection is labelled only as a parenteral-nutrition selenium source, IV after dilution; trace-element products are strongly acidic (no pH figure for selenious acid retrieved). Intradermal use is off-label.',
 'selenious acid selenite Se trace element',
 'openFDA NDC 0517-6502, 81279-106 [L]'),

('organic-silicon', 'Organic silicon (silanols)', 'mineral', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Ampoule strength (Conjonctyl, monomethylsilanetriol): no source found; salicylate silanol 0.1 % was given intradermally weekly x 10 in one histology study. NOT liquid silicone oil (Silikon-1000, Adatosil-5000: retinal tamponade only, granulomas > 5 %) - a different substance, never to be confused with it.',
 'silanol silanols monomethylsilanetriol MMST salicylate silanol Conjonctyl silicium',
 'Brazilian thesis "Remodeling of the human dermis after application of salicylate silanol" (radarciencia.org) [P]; clinicalpub.com "Liquid injectable silicone" [S]; pfrankmd.com [S]'),

-- coenzymes ------------------------------------------------------------------
('idebenone', 'Idebenone', 'coenzyme', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Injectable strength: not in the sources. Combined with HA (formulation B) in a positive 50-patient facial study.',
 'idebenon',
 'Savoia et al., Dermatol Ther (Heidelb) 2013;3(1):83-93 [P]; no figure sourced'),

('coenzyme-q10', 'Coenzyme Q10 (ubiquinone)', 'coenzyme', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Injectable coenzyme Q10: no source found.',
 'CoQ10 Q10 ubiquinone ubidecarenone',
 'VOCABULARY.md; no figure sourced'),

-- nucleotides ------------------------------------------------------------------
('pdrn', 'PDRN (polydeoxyribonucleotide)', 'nucleotide', 0,
 'fish', NULL, NULL, NULL, NULL, 0,
 'DNA fragments 50-1,500 kDa extracted mainly from sperm of salmon trout (Oncorhynchus mykiss) or chum salmon (O. keta); adenosine A2A agonist; approved in Korea. Fish-allergy contraindication: no source found (theoretical; fish origin must be on the label).',
 'polydeoxyribonucleotide salmon DNA Placentex',
 'Kim et al., Mar Drugs 2021;19(6):296 (PMC8224764) [P]; sonicdash.org summary [S]'),

('polynucleotides', 'Polynucleotides (PN)', 'nucleotide', 0,
 'fish', NULL, NULL, NULL, NULL, 0,
 'Salmon-derived DNA polymers. Usual course 3 sessions about 4 weeks apart. Fish-allergy contraindication: no source found (theoretical).',
 'PN PN-HPT polynucleotide Rejuran salmon DNA',
 'Kim et al., Mar Drugs 2021;19(6):296 (PMC8224764) [P]; Cavallini et al., J Cosmet Dermatol 2021 (PMC9299481) [P]; beautybydrkay.com [W]'),

-- plant extracts ------------------------------------------------------------
('artichoke-extract', 'Artichoke extract', 'plant-extract', 0,
 'plant', NULL, NULL, NULL, NULL, 0,
 'Listed as a traditional cellulite/lipolytic cocktail ingredient. Injectable concentration, pH, allergen data: no source found.',
 'artichoke Cynara scolymus cynarin',
 'healthcentre.org.uk [W]; SEME review (seme.org) [P]; no figure sourced'),

('ginkgo-extract', 'Ginkgo biloba extract', 'plant-extract', 0,
 'plant', NULL, NULL, NULL, NULL, 0,
 'Listed as a traditional cocktail ingredient. Injectable concentration, pH, allergen data: no source found.',
 'ginkgo biloba gingko',
 'healthcentre.org.uk [W]; no figure sourced'),

('centella-extract', 'Centella asiatica extract', 'plant-extract', 0,
 'plant', NULL, NULL, NULL, NULL, 0,
 'Listed as a traditional cocktail ingredient. Injectable concentration, pH, allergen data: no source found.',
 'centella asiatica gotu kola madecassoside asiaticoside',
 'healthcentre.org.uk [W]; no figure sourced'),

-- lipolytics ------------------------------------------------------------------
('phosphatidylcholine', 'Phosphatidylcholine (soybean)', 'lipolytic', 0,
 'soy', 7.5, 9.5, NULL, NULL, 0,
 'pH given is that of the soybean PC injection (250 mg/5 mL, which also holds deoxycholate). Livson label: do not mix with other drugs in the same syringe. Not FDA-approved (warning letters 7 Apr 2010); injection lipolysis banned in France (decree of 12 April 2011); SFM excludes PC +/- DC from mesotherapy mixtures. Systemic AEs (acute liver dysfunction, acute renal failure) reported; high total DC implicated.',
 'PC lecithin polyenylphosphatidylcholine Essentiale Livson Lipostabil lipodissolve',
 'spravkaaptek.ru (soybean PC 250 mg/5 mL) [L]; shayanafarm.com (Livson label) [L]; dermanetwork.org [S]; Wikipedia "Injection lipolysis" [S]; docteur-nartz.sante.pro [W]; Pawitan, systematic review (tsijournals) [P]'),

('deoxycholic-acid', 'Deoxycholic acid (sodium deoxycholate)', 'lipolytic', 0,
 NULL, 8.3, 8.3, NULL, NULL, 0,
 'pH 8.3 is that of Kybella (phosphate-buffered); alkaline pH is considered necessary for effect. Acid turns deoxycholate micelles into gel-like precipitates: re-alkalinise after dilution with acidic (epinephrine-containing) local anaesthetic. Calcium deoxycholate is poorly soluble. Origin left unknown at ingredient level: Kybella is synthetic (set on the product), the origin of DC in Lipostabil-type PC/DC products (bovine bile?) has no source.',
 'DCA DC deoxycholate sodium deoxycholate Kybella Belkyra',
 'openFDA Kybella label & NDC 61168-101 [L]; Canadian Dermatology Today 2022 [S]; Rice et al., J Drugs Dermatol 2021;20(9):1017 [P]; Zhang et al., Acta Phys-Chim Sin 2004;20(10):1196 [P]; Lichtenberg et al. 1988 [P]'),

('l-carnitine', 'L-carnitine (levocarnitine)', 'lipolytic', 0,
 NULL, 6.0, 6.5, NULL, NULL, 0,
 'Carnitor injection: no preservative, labelled IV; seizures and anaphylaxis reported.',
 'levocarnitine carnitine Carnitor',
 'Carnitor label (DailyMed setid cf801cc4) [L]; USP28 [L]'),

('caffeine', 'Caffeine', 'lipolytic', 0,
 NULL, 6.5, 8.5, NULL, NULL, 0,
 'pH given is that of caffeine and sodium benzoate injection (125 + 125 mg/mL); caffeine citrate 20 mg/mL = 10 mg/mL caffeine base. Usual dose 0.5 g, max single 1 g, <= 2.5 g/24 h.',
 'caffeine sodium benzoate caffeine citrate CSB',
 'rxlist caffeine and sodium benzoate [L]; drugs.com [L]; druginteractionchecker (caffeine citrate) [L]'),

('aminophylline', 'Aminophylline (theophylline ethylenediamine)', 'lipolytic', 0,
 NULL, 8.6, 9.0, 114, NULL, 0,
 'Theophylline precipitates if the pH falls below 8; alkaline, destroys alkali-labile drugs. Trissel: do not mix in a syringe with other drugs. Contains ethylenediamine (about 3.74 mg/mL extra in the 25 mg/mL injection). Osmolality 114 mOsm/kg at 25 mg/mL.',
 'theophylline theophylline ethylenediamine',
 'American Regent aminophylline label (DailyMed) [L]; Trissel''s Handbook on Injectable Drugs 25th ed. (skyscape f/tl1) [L]; pharminfotech.co.nz [S]'),

-- depigmenting ------------------------------------------------------------------
('tranexamic-acid', 'Tranexamic acid', 'depigmenting', 0,
 NULL, 6.5, 8.0, NULL, NULL, 0,
 'Water for injection only, no preservative. Accidental intraspinal injection (look-alike with local-anaesthetic vials) has > 50 % mortality: store apart from local anaesthetics, label "Contains Tranexamic Acid", use the barcode.',
 'TXA tranexamic Cyklokapron',
 'Trissel''s Handbook on Injectable Drugs 25th ed. (skyscape h/tu471) [L]; Acella label [L]; Cyklokapron label (rxdruglabels; medlibrary) [L]'),

('glutathione', 'Glutathione (reduced)', 'depigmenting', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Reduced glutathione 600 mg vials (Tationil; Maxiliv reconstituted with 5 mL WFI = 120 mg/mL), labelled only as a cisplatin adjunct; discard if turbid or precipitated after reconstitution; plasma half-life about 14 min. No injectable skin-lightening product approved; liver, kidney and neurological toxicity and SJS reported.',
 'GSH reduced glutathione L-glutathione Tationil Maxiliv',
 'MIMS Philippines (Tationil) [L]; zuventus.com (Maxiliv) [L]; FDA Philippines Advisory 2019-182 [P]'),

('kojic-acid', 'Kojic acid', 'depigmenting', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Only a vendor ampoule found (kojic acid 4 % + azelaic acid 4 % + TXA 1.2 % + L-ascorbic acid, injected 1-2 mm deep). pH, stability, regulated injectable: no source found.',
 'kojic',
 'mesoage.com [W]'),

-- hair ------------------------------------------------------------------
('dutasteride', 'Dutasteride', 'hair', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'No commercial injectable: a compounded 0.01 % (0.1 mg/mL) solution is used intradermally, 1 mL every 3 months x 3. Vehicle not in the sources: confirm it is neither oil- nor alcohol-based before intradermal use. Pregnancy category X; no blood donation for >= 6 months after the last dose.',
 'Avodart 5-alpha-reductase inhibitor',
 'Saceda-Corralo et al. 2017 (forum quote) [W->P]; Busanello & Turcatel, Our Dermatol Online 2018;9(1):75 [P]; Herz-Ruelas et al., Skin Appendage Disord 2020 (PMC7706484) [P]; themeditary pregnancy pages [L]'),

('finasteride', 'Finasteride', 'hair', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Injectable concentration: no source found. Pregnancy category X; pregnant women must not handle broken tablets; contraception >= 6 months after stopping.',
 'Proscar Propecia 5-alpha-reductase inhibitor',
 'MIMS Proscar [L]; themeditary pregnancy pages [L]; thinninghair.com [W]'),

('minoxidil', 'Minoxidil', 'hair', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Intradermal 0.5 % compared with topical 5 %. Vehicle of the intradermal solution not in the sources: confirm it is neither oil- nor alcohol-based before intradermal use.',
 'Rogaine Regaine',
 'Rebellato et al., J Dermatol Res 2025;6(1) [P]; Azam & Morsi 2010 [P]'),

-- local anaesthetics ----------------------------------------------------------
('lidocaine', 'Lidocaine (lignocaine)', 'local-anaesthetic', 0,
 NULL, 5.0, 7.0, NULL, NULL, 0,
 'Plain solution pH 6.5 (5.0-7.0) per label; measured 1 % about 6.1, 2 % about 6.0; with epinephrine 1:100,000 about 4.2 (1 %) and 3.9 (2 %). Buffered lidocaine + epinephrine: at 25 C lidocaine 66 % and epinephrine 1.3 % remain after 4 weeks; at 0-4 C both > 90 % for 2 weeks - prepare buffered mixes fresh. Absorption is faster above the clavicles (face, neck). Reactions to "lidocaine" are often due to methylparaben or metabisulfite: prefer preservative-free (MPF).',
 'lignocaine xylocaine lido lidocaine hydrochloride Xylocaine-MPF',
 'Pfizer/Hospira lidocaine label [L]; Xylocaine-MPF label (openFDA) [L]; Frank et al. (via pemcincinnati.com) [P]; J Dermatol Surg Oncol 1991;17:411-4 [P]; droracle.ai [S]; Speca et al., Dent Clin N Am 2010 [P]'),

('procaine', 'Procaine', 'local-anaesthetic', 0,
 NULL, 3.0, 5.5, NULL, NULL, 0,
 'Ester of PABA (hydrolysed to PABA): cross-reacts within the ester group. Every presentation contains acetone sodium bisulfite (<= 1-2 mg/mL); multi-dose vials chlorobutanol <= 2.5 mg/mL.',
 'Novocain novocaine procaine hydrochloride',
 'Novocain label (DailyMed setid c80c810a) [L]; druglib.com [L]; Finucane, Can J Anesth editorial [P]'),

('mepivacaine', 'Mepivacaine', 'local-anaesthetic', 0,
 NULL, 4.5, 6.8, NULL, NULL, 0,
 'Label advises against mixing with other local anaesthetics. Multi-dose vials methylparaben 1 mg/mL; some vials contain calcium chloride 0.33 mg/mL.',
 'Carbocaine mepivacaine hydrochloride',
 'Carbocaine label (pfizermedicalinformation.com) [L]; drugs.com/pro [L]'),

-- vasoconstrictor ------------------------------------------------------------
('epinephrine', 'Epinephrine (adrenaline)', 'vasoconstrictor', 0,
 NULL, NULL, NULL, NULL, NULL, 0,
 'All commercial epinephrine contains metabisulfite. Inactivated by sodium bicarbonate (catecholamines are alkali-labile). Lidocaine with epinephrine 1:100,000 has pH about 4.2 (1 %) / 3.9 (2 %). pH of epinephrine alone: not in the sources.',
 'adrenaline adrenalin epi',
 'Phadia/ImmunoCAP drug-allergy book "Sulfites" [S]; Trissel''s Handbook on Injectable Drugs 25th ed. (skyscape i/tl3) [L]; Frank et al. (via pemcincinnati.com) [P]'),

-- buffer ------------------------------------------------------------------
('sodium-bicarbonate', 'Sodium bicarbonate', 'buffer', 0,
 NULL, 7.0, 8.5, NULL, NULL, 0,
 '8.4 % = 1 mEq/mL, 2,000 mOsm/L; 7.5 % = 0.892 mEq/mL, 1,790 mOsm/L; 4.2 % = 0.5 mEq/mL, 1,000 mOsm/L: strongly hypertonic (osmolality set per product). Subcutaneous use only if diluted to isotonic 1.5 %. Liberates CO2 with acids; precipitates with calcium; inactivates catecholamines (epinephrine).',
 'bicarbonate bicarb NaHCO3 sodium hydrogen carbonate',
 'Trissel''s Handbook on Injectable Drugs 25th ed. (skyscape i/tl3) [L]'),

-- enzyme ------------------------------------------------------------------
('hyaluronidase', 'Hyaluronidase', 'enzyme', 0,
 NULL, 6.4, 7.2, NULL, NULL, 0,
 'pH range spans the labelled products (Amphadase 6.8, Vitrase 6.4-7.2). Origin differs by product (Amphadase and Hydase bovine testicular, Vitrase ovine testicular, Hylenex human recombinant): set per product. Vitrase admixtures: store 15-25 C, use within 6 h. In citrate pH 4.5 (Wyeth) it lost 7-8 % in 24 h and 25-33 % in 48 h. Half-life about 2 min, action 24-48 h. Skin test (about 0.02 mL intradermal) is label-sanctioned.',
 'Amphadase Hydase Vitrase Hylenex HYAL',
 'Trissel''s Handbook on Injectable Drugs 25th ed. (skyscape g/tl2) [L]; PDR Vitrase [L]; edrugswiki Hydase [L]; AAAAI Ask-the-Expert 2013 [S]; King et al., JCAD 2018;11(6):E61-68 [P]'),

-- excipients (carried by products) ---------------------------------------------
('sodium-metabisulfite', 'Sodium metabisulfite (sulfite antioxidants)', 'excipient', 1,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Stands for the sulfite antioxidants of injectables: sodium or potassium metabisulfite in local anaesthetics with epinephrine (dental cartridges 1.2 mg/mL potassium metabisulfite), acetone sodium bisulfite in procaine. Inactivates thiamine; incompatible with hyaluronidase.',
 'metabisulfite bisulfite sulfite sulphite potassium metabisulfite acetone sodium bisulfite sodium bisulfite',
 'DailyMed dental cartridge label [L]; medicine.com [L]; Novocain label (DailyMed setid c80c810a) [L]; Trissel''s Handbook on Injectable Drugs 25th ed. [L]'),

('methylparaben', 'Methylparaben', 'excipient', 1,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Preservative of multi-dose local-anaesthetic vials (0.1 % = 1 mg/mL). FDA required its removal from dental LA cartridges.',
 'methyl paraben methyl parahydroxybenzoate paraben E218',
 'Pfizer/Hospira lidocaine label [L]; Carbocaine label (pfizermedicalinformation.com) [L]; Cleveland Clinic Pharmacotherapy Update 2001 [S]'),

('benzyl-alcohol', 'Benzyl alcohol', 'excipient', 1,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Preservative: Kybella; cyanocobalamin 1.5 %; PC injections 9 mg/mL; Multitrace-5 MDV 0.9 %; Vitamin B-Complex 100 2 %.',
 'benzylic alcohol phenylmethanol',
 'openFDA Kybella label [L]; medlibrary B-12 kit label [L]; talkdrugs.info [L]; American Regent Multitrace-5 label [L]; openFDA NDC 67457-146 [L]'),

('chlorobutanol', 'Chlorobutanol', 'excipient', 1,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Preservative of thiamine and pyridoxine multi-dose vials (0.5 %), Aquasol A (0.5 %), procaine multi-dose vials (<= 2.5 mg/mL).',
 'chlorbutol chlorobutol',
 'Trissel''s Handbook on Injectable Drugs 25th ed. [L]; Aquasol A label (fda.report) [L]; Novocain label (DailyMed setid c80c810a) [L]'),

('edetate', 'Edetate (EDTA)', 'excipient', 1,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Chelating agent in ascorbic acid (0.25 mg/mL at 500 mg/mL), Amphadase (1 mg/mL), dental LA cartridges (0.25 mg/mL), "Neut" 4 % bicarbonate (2 mg/mL). Best complexing agent for calcium in phosphate buffer pH 6-9.',
 'EDTA edetate disodium disodium edetate',
 'Mylan ascorbic acid label (paperzz 7973995) [L]; Trissel''s Handbook on Injectable Drugs 25th ed. [L]; DailyMed dental cartridge label [L]; PDA J 36(3):128 [P]'),

('polysorbate-80', 'Polysorbate 80', 'excipient', 1,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Solubiliser making vitamin A water-miscible (Aquasol A 12 %).',
 'tween 80 tween-80 polysorbate',
 'Aquasol A label (fda.report DailyMed) [L]'),

('calcium-chloride', 'Calcium chloride', 'excipient', 1,
 NULL, NULL, NULL, NULL, NULL, 0,
 'In Amphadase (0.4 mg/mL) and some Carbocaine vials (0.33 mg/mL). Precipitates with phosphate (risk rises with pH), with bicarbonate, and with deoxycholate (calcium deoxycholate is poorly soluble).',
 'CaCl2 calcium',
 'Trissel''s Handbook on Injectable Drugs 25th ed. (skyscape g/tl2, i/tl3) [L]; Carbocaine label [L]; Newton & Driscoll, AJHP 2008;65:73-80 [P]; Lichtenberg et al. 1988 [P]'),

('sodium-phosphate', 'Sodium phosphate (buffer)', 'excipient', 1,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Buffer of Kybella (dibasic sodium phosphate) and Amphadase (NaH2PO4 1.7 mg/mL). Calcium + phosphate precipitation risk rises with pH.',
 'phosphate buffer disodium phosphate dibasic sodium phosphate monobasic sodium phosphate NaH2PO4 Na2HPO4',
 'openFDA Kybella label [L]; Trissel''s Handbook on Injectable Drugs 25th ed. (skyscape g/tl2) [L]; Newton & Driscoll, AJHP 2008;65:73-80 [P]'),

('thimerosal', 'Thimerosal', 'excipient', 1,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Preservative of Amphadase (<= 0.1 mg/mL).',
 'thiomersal merthiolate',
 'Trissel''s Handbook on Injectable Drugs 25th ed. (skyscape g/tl2) [L]'),

-- extra excipients, carried by products below
('sodium-benzoate', 'Sodium benzoate', 'excipient', 1,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Co-solute of caffeine and sodium benzoate injection (125 mg/mL).',
 'benzoate E211',
 'rxlist caffeine and sodium benzoate [L]'),

('ethylenediamine', 'Ethylenediamine', 'excipient', 1,
 NULL, NULL, NULL, NULL, NULL, 0,
 'Part of aminophylline (theophylline ethylenediamine), plus about 3.74 mg/mL extra in the 25 mg/mL injection. Listed as an excipient allergen; clinical cross-reactivity data not retrieved.',
 'EDA ethylene diamine',
 'American Regent aminophylline label (DailyMed) [L]');

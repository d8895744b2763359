-- mesomix seed formulary, part 9: indications and template cocktails.
-- area / technique: a default only where a source names one; NULL otherwise.
-- Templates hold only what the sources give.  A component is a product, or
-- an ingredient with a stock strength (ug per mL); amounts in parts (share
-- of the planned total) or uL.  No source gives the mixing ratios of a
-- multi-ingredient cocktail, so every template is a single component: the
-- note names the documented add-ons for the physician to add by hand.

INSERT INTO indication (code, name, area, technique, note, source) VALUES
('facial-hydration', 'Facial hydration', 'face', 'papule',
 'Non-crosslinked HA alone: a systematic review finds HA alone outperforms cocktails. Micro-depots of about 0.02 mL (Glytone RCT: 50 x 0.02 mL per cheek; Seok 2016: 0.020 mL x 100 points per face by injector, 3 sessions 2 weeks apart). Mapping micro-depots to the papule technique is an inference.',
 'Ghatge & Ghatge, CCID 2023;16:891-9 [P]; Seok et al., J Cosmet Dermatol 2016;15(4):578-582 [P]; Glytone RCT (discovery.researcher.life) [P]'),
('radiance', 'Radiance (polyrevitalisation)', 'face', 'microneedling',
 'Polyrevitalising solutions (NCTF 135HA: non-crosslinked HA with vitamins, amino acids, minerals, coenzymes; not in the formulary as a product) - 3 mL per face with microneedling, 3 sessions every 2 weeks then 2 every 4 weeks. Evidence mixed (positive Grand-Vincent 2017, negative Amin 2006 / El-Domyati 2012). Template: HA alone; add other actives by hand (no ratio sourced).',
 'Med Lasers (KSLMS) 2018;7(2):69 [P]; Robin et al., JCDSA 2021;11:18-37 [P]; Grand-Vincent et al., JCDSA 2017;7:291-305 [P]; Ghatge & Ghatge, CCID 2023 [P]'),
('fine-lines', 'Fine lines', 'face', 'papule',
 'Micro-depots in the deep dermis with a 32 G 1/2 inch needle at < 45 degrees, 0.5-1.0 cm apart, 0.01-0.05 mL per depot, about 2 mL for a full face (VYC-12L consensus, an HA gel). HA + idebenone (Savoia formulation B) also positive; no idebenone strength sourced. Mapping micro-depots to papules is an inference.',
 'Ogilvie et al., CCID 2020;13:267-274 [P]; Savoia et al., Dermatol Ther (Heidelb) 2013;3(1):83-93 [P]; Ghatge & Ghatge, CCID 2023 [P]'),
('skin-laxity', 'Early skin laxity', 'face', NULL,
 'Profhilo (hybrid H-HA/L-HA) BAP technique: 5 points per hemiface, 2 mL per face, 2 sessions about 4 weeks apart - the BAP bolus points are not one of the formulary techniques, so no technique default. PDRN / PN are alternatives (no dosing template sourced for laxity).',
 'Profhilo IFU (123dok.org) [L/W]; makingfaceswiltshire.com [W]; Sparavigna et al., Health Sci Rep 2024 [P]'),
('photoaging', 'Photo-ageing', 'face', NULL,
 'Non-crosslinked HA alone or with vitamins, amino acids, minerals, coenzymes, antioxidants; multivitamin cocktails negative in two trials (Amin 2006, El-Domyati 2012); HA alone outperforms cocktails. Face: 4 sessions every 15 days (Savoia 2013) to 6 sessions every 2 weeks (El-Domyati 2012). Technique: not stated in the sources.',
 'Ghatge & Ghatge, CCID 2023;16:891-9 [P]; Savoia et al. 2013 [P]; El-Domyati 2012 [P]; Amin 2006 [P]'),
('hyperpigmentation', 'Hyperpigmentation / melasma', 'face', 'papule',
 'Intradermal tranexamic acid 4 mg/mL weekly x 6 or every 2 weeks x 7. Reported strengths range 4-100 mg/mL (Pazyar 2023 used 100 mg/mL): the lower 4 mg/mL is the template. Documented add-ons: vitamin C 3 % and glutathione 2 % (Iraji 2019) - add by hand (the formulary holds no diluent to express final strengths). Optimal concentration and interval not established. Depigmenting vendor mixes are injected 1-2 mm deep (papule depth) [W].',
 'JPMA pilot (ojs.jpma.org.pk 3117) [P]; Lueangarun, JCAD 2020;13(8):36-39 [P]; Pazyar, JCAD 2023;16(1):35-40 [P]; Iraji et al., J Cosmet Dermatol 2019 [P]; J Cosmet Dermatol 2022;21(1):118-129 [P]; mesoage.com [W]'),
('acne-scars', 'Acne scars', 'face', NULL,
 'HA micro-droplets (NASHA 20 mg/mL, a stabilised gel) into discrete scars, up to 2 mL per side of the face, 3 sessions every 4 weeks; Profhilo dual-plane x 2; PN + HA. Technique named only as "micro-droplets": no default.',
 'Halachmi et al., J Drugs Dermatol 2013;12(7):e121 [P]; Dierickx et al., Dermatol Surg 2018 [P]; J Cosmet Dermatol 2020;19:69-74 [P]'),
('couperose', 'Couperose / erythematotelangiectatic rosacea', 'face', 'papule',
 'Intradermal tranexamic acid 5 mg/mL microinjections, monthly (mean 5.1 sessions); transient erythema/swelling in 3 of 6 (retrospective, n = 6). A classical multi-ingredient couperose cocktail: no source found. Mapping microinjections to papules is an inference.',
 'Daadaa et al., J Cosmet Dermatol 2021;20(10):3324-3329 [P]'),
('hair-loss', 'Androgenetic alopecia', 'scalp', NULL,
 'Dutasteride 0.01 %, 1 mL intradermal every 3 months x 3. Other documented actives: minoxidil 0.5 % intradermal, biotin, B vitamins, zinc, silanol, amino acids - no mixing ratios sourced, add by hand. Dutasteride is contraindicated in women who are or may become pregnant. Technique named only as "intradermal" (injector and microneedling protocols also exist): no default.',
 'Saceda-Corralo et al. 2017 (forum quote) [W->P]; Herz-Ruelas et al., Skin Appendage Disord 2020 (PMC7706484) [P]; Rebellato et al. 2025 [P]; Gajjar et al., Int J Trichology [P]'),
('cellulite', 'Cellulite', 'thighs', 'mesogun',
 'Listed ingredients: aminophylline, PC, hyaluronidase, L-carnitine, caffeine, artichoke, silicon, buflomedil; evidence weak or negative (aminophylline + buflomedil + lidocaine by gun weekly x 12 on the thigh: no change in girth or CT fat). Aminophylline must not be mixed with other drugs in a syringe (Trissel) - hence a single-product template. Weekly, 10-15 (up to 20) sessions [W].',
 'Park et al., Plast Reconstr Surg 2008;121:179e [P]; healthcentre.org.uk; verylinks [W]; Trissel''s Handbook on Injectable Drugs 25th ed. (skyscape f/tl1) [L]'),
('localized-fat', 'Localised fat', 'submental', 'point-by-point',
 'Deoxycholic acid is approved for submental fat only: 0.2 mL per point, 1 cm apart, max 10 mL per session, >= 1 month apart, up to 6 sessions. PC/DC is unapproved (banned in France, 2011).',
 'Kybella label summaries (themeditary; oncologynurseadvisor; experiencesenara) [L]; docteur-nartz.sante.pro [W]'),
('body-laxity', 'Body skin laxity', NULL, NULL,
 'No specific cocktail source found (organic silicon and PDRN are mentioned only generically), so no template. For reference only: the Profhilo Body device (HA 32 mg/mL, 3 mL per inner arm and 3 mL for the abdomen, 2 sessions 1 month apart) and PN 1 mg/mL + HA 1 mg/mL for striae.',
 'domain-facts.md section 6; Sparavigna et al., Gazz Med Ital 2022;181(7-8):487-495 [P]; Palmieri & De Luca 2024 [P]');

INSERT INTO template_component (indication, seq, product, ingredient, strength, unit, parts, volume_ul, source) VALUES
('facial-hydration', 1, 'ha-nx-10', NULL, NULL, NULL, 1, NULL,
 'Non-crosslinked HA alone (Ghatge & Ghatge, CCID 2023 [P]); HA 1 % NCL (mesoage.com [W])'),
('radiance', 1, 'ha-nx-10', NULL, NULL, NULL, 1, NULL,
 'Non-crosslinked HA base of polyrevitalising solutions (Robin et al., JCDSA 2021 [P]; Ghatge & Ghatge, CCID 2023 [P]); HA 1 % NCL (mesoage.com [W])'),
('fine-lines', 1, 'ha-nx-10', NULL, NULL, NULL, 1, NULL,
 'Non-crosslinked HA (Ghatge & Ghatge, CCID 2023 [P]; Savoia 2013 [P]); HA 1 % NCL (mesoage.com [W])'),
('photoaging', 1, 'ha-nx-10', NULL, NULL, NULL, 1, NULL,
 'Non-crosslinked HA alone outperforms cocktails (Ghatge & Ghatge, CCID 2023 [P]); HA 1 % NCL (mesoage.com [W])'),
('skin-laxity', 1, 'profhilo-32', NULL, NULL, NULL, NULL, 2000,
 'Profhilo 2 mL per face, BAP 5 points per hemiface (Profhilo IFU [L/W])'),
('hyperpigmentation', 1, NULL, 'tranexamic-acid', 4000, 'ug', 1, NULL,
 'Intradermal TXA 4 mg/mL (JPMA pilot [P]; Lueangarun, JCAD 2020 [P]); the lower of the reported 4-100 mg/mL'),
('acne-scars', 1, NULL, 'hyaluronic-acid', 20000, 'ug', 1, NULL,
 'HA micro-droplets, NASHA 20 mg/mL (Halachmi et al., J Drugs Dermatol 2013 [P]); up to 2 mL per side (Dierickx 2018 [P])'),
('couperose', 1, NULL, 'tranexamic-acid', 5000, 'ug', 1, NULL,
 'Intradermal TXA 5 mg/mL (Daadaa et al., J Cosmet Dermatol 2021 [P])'),
('hair-loss', 1, 'dutasteride-0-01pct', NULL, NULL, NULL, NULL, 1000,
 'Dutasteride 0.01 %, 1 mL per session (Saceda-Corralo 2017 [W->P]; Herz-Ruelas 2020 [P])'),
('cellulite', 1, 'aminophylline-25', NULL, NULL, NULL, 1, NULL,
 'Aminophylline by gun on the thigh (Park et al., Plast Reconstr Surg 2008 [P] - no measurable effect); alone because Trissel forbids mixing it [L]'),
('localized-fat', 1, 'deoxycholic-acid-10', NULL, NULL, NULL, 1, NULL,
 'Deoxycholic acid 10 mg/mL, submental (Kybella label [L])');

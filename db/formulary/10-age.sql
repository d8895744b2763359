-- Age rules: who is too young (or too old) for an ingredient, or for any mix.
-- Each row carries its source; where the labels give no age, there is no row.

INSERT INTO age_rule (below_age, above_age, ingredient, grp, level, message, source) VALUES
(18, NULL, 'deoxycholic-acid', NULL, 'relative',
 'Deoxycholic acid (Kybella): safety and effectiveness have not been established under 18 years.',
 'Kybella ISI (refineaestheticsllc; hcp.mykybella.com; oncologynurseadvisor) [L]'),
(18, NULL, 'phosphatidylcholine', NULL, 'absolute',
 'Phosphatidylcholine / deoxycholate (injection lipolysis): under 18 years is listed as a contraindication.',
 'yanjiskin blog (citing literature) [W]'),
(18, NULL, 'biotin', NULL, 'relative',
 'Biotin injection (Biotine Bayer 0.5 %) is labelled for adults only.',
 'ANSM RCP R0371428 (Biotine Bayer) [L]'),
(18, NULL, NULL, NULL, 'relative',
 'Clinic source: mesotherapy candidates are 18 to 75 years old; under 18 is outside that range.',
 'doctormedica.co [W]'),
(NULL, 75, NULL, NULL, 'relative',
 'Clinic source: mesotherapy candidates are 18 to 75 years old; over 75 is outside that range.',
 'doctormedica.co [W]');

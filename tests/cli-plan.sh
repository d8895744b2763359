#!/bin/sh
# CLI tests for the issue "Cocktail files and the volume and dose plan":
# mesomix plan FILE [--format json] on the cocktail files of
# tests/data/plan/, one or more for each technique, against figures
# computed by hand from the rules of src/core/plan.c and the seed
# formulary (db/formulary/08-plan.sql):
#
#   grid (papule, nappage, point-by-point, mesogun):
#     points = ceil(surface_cm2 * 100 / spacing_mm^2), delivered = points x
#     volume per point; linear: threads x length (cm) x volume per cm;
#     surface (microneedling): surface x volume per cm2.
#   overage = delivered x overage_pct / 100.
#   syringe: the one asked for (syringe_ml; of two, the larger dead space),
#     else the smallest that holds it all, else the largest, several times;
#     syringes = ceil((delivered + overage) / (capacity - dead space)).
#   dead space per syringe = syringe's + needle's; needed = delivered +
#     overage + syringes x dead space.
#   parts share what the mL components leave of needed; each component is
#     rounded per syringe to the graduation (never to zero: reported).
#   amount = mL x strength; final = amount / total; per kg = amount / weight.
#
# Seed figures used: face 510 cm2, thighs 1615 cm2; papule face 10 mm,
# 0.02 mL; point-by-point face 10 mm, 0.05 mL; mesogun 10 mm, 0.02 mL;
# nappage 4 mm, no volume per point; syringe-1ml 1 mL / 0.01 mL marks /
# 0.07 mL dead; syringe-2-5ml no marks, 0.07 mL; syringe-5ml 0.2 mL marks,
# 0.075 mL; syringe-10ml 0.2 mL marks, 0.1 mL; needle 30g-4mm 0.01 mL.
#
# Run: MESOMIX=path/to/mesomix srcdir=path/to/source sh tests/cli-plan.sh
set -u
: "${srcdir:=.}"
. "$srcdir/tests/lib.sh"

PD="$DATA/plan"

# --- helpers ---------------------------------------------------------------

# expect_true DESCRIPTION COMMAND...
expect_true() {
	_d=$1
	shift
	if "$@"; then ok; else fail "$_d"; fi
}

# expect_jq FILTER DESCRIPTION: jq -e FILTER on stdout is true
expect_jq() {
	if jq -e "$1" "$OUT" >/dev/null 2>&1; then ok; else
		fail "$2: stdout fails jq '$1'"
	fi
}

# expect_val FILTER JSON DESCRIPTION: FILTER on stdout equals JSON
expect_val() {
	if jq -e --argjson w "$2" "($1) == \$w" "$OUT" >/dev/null 2>&1; then
		ok
	else
		fail "$3: $1 is $(jq -c "[$1]" "$OUT" 2>/dev/null), wanted $2"
	fi
}

# expect_err_fixed STRING DESCRIPTION: stderr holds STRING (no regex)
expect_err_fixed() {
	if grep -Fq -- "$1" "$ERR"; then ok; else
		fail "$2: stderr lacks '$1'"
		sed 's/^/  stderr: /' "$ERR" >&2
	fi
}

# c CODE: the jq path of a component by code
c() { printf '.components[] | select(.code == "%s")' "$1"; }

# plan_json FILE: plan FILE --format json; succeeds when mesomix did and
# printed a JSON object (0, 1 or 2: the plan was made, whatever it found)
plan_json() {
	run plan "$PD/$1" --format json
	case $rc in
	0|1|2)
		if jq -e 'type == "object"' "$OUT" >/dev/null 2>&1; then
			ok
			return 0
		fi
		fail "plan $1 --format json: stdout is not a JSON object"
		return 1
		;;
	esac
	fail "plan $1 --format json: exit $rc, wanted a plan"
	sed 's/^/  stderr: /' "$ERR" >&2
	return 1
}

# invariants FILE: what holds for every plan
invariants() {
	expect_jq '(.delivered_ml + .overage_ml + .dead_space_ml - .needed_ml) as $d |
	    (if $d < 0 then -$d else $d end) < 0.0005' \
	    "$1: delivered + overage + dead space = needed"
	expect_jq '([.components[].ml] | add) as $s | (.total_ml - $s) as $d |
	    (if $d < 0 then -$d else $d end) < 0.0005' \
	    "$1: total_ml is the sum of the components"
	expect_jq 'all(.components[]; .ml > 0)' \
	    "$1: no component is rounded to nothing"
	expect_jq 'if .syringe_ml == null then true
	    elif .syringes > 1 then
	      ([.components[].ml_per_syringe] | add) <= .syringe_ml + 0.0005
	    else .total_ml <= .syringe_ml + 0.0005 end' \
	    "$1: each syringe holds what it is given"
}

# no_per_kg FILE: without a weight, no per-kg figure
no_per_kg() {
	expect_jq '[.. | objects | (has("mg_per_kg") or has("units_per_kg"))] | any | not' \
	    "$1: no weight, no mg_per_kg"
}

# text_plan FILE: plan FILE (text); checks that hold for every text plan
text_plan() {
	run plan "$PD/$1" --format json
	jq -r '.components[].code' "$OUT" >"$SANDBOX/codes" 2>/dev/null
	run plan "$PD/$1"
	case $rc in
	0|1|2) ok ;;
	*) fail "plan $1 (text): exit $rc"; return 1 ;;
	esac
	while read -r _code; do
		expect_true "$1: the text names component $_code in full" \
		    grep -Fq -- "$_code" "$OUT"
	done <"$SANDBOX/codes"
	expect_no_out 'unknown mL' "$1: no 'unknown mL' in the text"
	return 0
}

# ===========================================================================
# Good files, each technique
# ===========================================================================

# --- papule, one point: face, 1 cm2 at 10 mm -> ceil(100/100) = 1 point of
# 0.02 mL; syringe-1ml (0.07 dead): needed 0.09; ha-nx-10 (10 mg/mL) takes
# all 0.09 mL = 0.9 mg, 10 mg/mL final, 0.2 mg per point.  Also: dead space
# on a small total (0.07 mL lost for 0.02 mL given).
F=papule-one-point.json
if plan_json $F; then
	invariants $F
	expect_val '.points' 1 "$F: points"
	expect_val '.delivered_ml' 0.02 "$F: delivered"
	expect_val '.syringe' '"syringe-1ml"' "$F: syringe"
	expect_val '.syringes' 1 "$F: syringes"
	expect_val '.dead_space_ml' 0.07 "$F: dead space"
	expect_val '.needed_ml' 0.09 "$F: needed"
	expect_val '.total_ml' 0.09 "$F: total"
	expect_val "$(c ha-nx-10) | .ml" 0.09 "$F: ha-nx-10 mL"
	expect_val "$(c ha-nx-10) | .mg" 0.9 "$F: ha-nx-10 mg"
	expect_val "$(c ha-nx-10) | .final_mg_per_ml" 10 "$F: final mg/mL"
	expect_val "$(c ha-nx-10) | .contents[0].mg_per_point" 0.2 \
	    "$F: mg per point"
	no_per_kg $F
fi
text_plan $F

# --- papule, whole face, parts and mL mixed, weight 60 kg: 510 points x
# 0.02 = 10.2 mL; no syringe holds it -> syringe-10ml (9.9 usable) x 2;
# needed 10.2 + 2 x 0.1 = 10.4.  Lidocaine 0.7 mL; the parts share 9.7:
# ha-nx-10 3/4 = 7.275 -> 3.6375 per syringe -> 3.6 (0.2 marks) -> 7.2 mL,
# 72 mg, 1.2 mg/kg; tranexamic-acid-100 1/4 = 2.425 -> 1.2125 -> 1.2 -> 2.4
# mL, 240 mg, 4 mg/kg; lidocaine 0.35 per syringe -> 0.4 -> 0.8 mL (+0.1,
# rounding reported), 8 mg, 0.133333 mg/kg.  Total 10.4.
# mg/kg counts what the 510 points deliver (10.2 mL of the 10.4 mL drawn):
# 72 x 10.2/10.4 / 60 = 1.176923, 240 -> 3.923077, 8 -> 0.130769.
F=papule-mixed.json
if plan_json $F; then
	invariants $F
	expect_val '.points' 510 "$F: points"
	expect_val '.delivered_ml' 10.2 "$F: delivered"
	expect_val '.syringe' '"syringe-10ml"' "$F: syringe"
	expect_val '.syringes' 2 "$F: syringes"
	expect_val '.graduation_ml' 0.2 "$F: graduation"
	expect_val '.dead_space_ml' 0.2 "$F: dead space, both syringes"
	expect_val '.needed_ml' 10.4 "$F: needed"
	expect_val '.total_ml' 10.4 "$F: total"
	expect_val "$(c ha-nx-10) | .ml" 7.2 "$F: ha-nx-10 mL"
	expect_val "$(c ha-nx-10) | .ml_per_syringe" 3.6 "$F: ha-nx-10 per syringe"
	expect_val "$(c ha-nx-10) | .mg" 72 "$F: ha-nx-10 mg"
	expect_val "$(c ha-nx-10) | .contents[0].mg_per_kg" 1.176923 \
	    "$F: hyaluronic acid mg/kg"
	expect_val "$(c tranexamic-acid-100) | .ml" 2.4 "$F: tranexamic-acid-100 mL"
	expect_val "$(c tranexamic-acid-100) | .ml_per_syringe" 1.2 \
	    "$F: tranexamic-acid-100 per syringe"
	expect_val "$(c tranexamic-acid-100) | .mg" 240 "$F: tranexamic acid mg"
	expect_val "$(c tranexamic-acid-100) | .contents[0].mg_per_kg" 3.923077 \
	    "$F: tranexamic acid mg/kg"
	expect_val "$(c lidocaine-1pct) | .wanted_ml" 0.7 "$F: lidocaine wanted"
	expect_val "$(c lidocaine-1pct) | .ml" 0.8 "$F: lidocaine mL, rounded"
	expect_val "$(c lidocaine-1pct) | .ml_per_syringe" 0.4 \
	    "$F: lidocaine per syringe"
	expect_val "$(c lidocaine-1pct) | .rounding_ml" 0.1 \
	    "$F: lidocaine rounding reported"
	expect_val "$(c lidocaine-1pct) | .mg" 8 "$F: lidocaine mg"
	expect_val "$(c lidocaine-1pct) | .contents[0].mg_per_kg" 0.130769 \
	    "$F: lidocaine mg/kg"
	expect_jq 'any(.findings[]; (.components | index("lidocaine")) and
	    (.message | test("0\\.7 mL")) and (.message | test("0\\.8 mL")))' \
	    "$F: a finding reports lidocaine rounded from 0.7 to 0.8 mL"
	expect_jq 'all(.components[]; .contents | all(.[];
	    .strength_known == false or has("mg_per_kg") or has("units_per_kg")))' \
	    "$F: weight given: every dose has its mg_per_kg"
fi
if text_plan $F; then
	expect_out '^lidocaine-1pct +0\.8 +0\.4 +0\.1$' \
	    "$F: text row: lidocaine 0.8 mL, 0.4 per syringe, +0.1 rounding"
	expect_out '510 points' "$F: text: 510 points"
	expect_out '1\.176923 mg/kg' "$F: text: mg/kg shown"
	expect_out 'from 0\.7 *$|from 0\.7 mL' "$F: text: the rounding finding"
fi

# --- a component below the syringe's marks, no area: 2.4 + 0.05 mL in a
# 5 mL syringe (0.2 mL marks).  0.05 rounds to 0 on 0.2 marks: kept at
# 0.05 mL and reported, never rounded away.  Lidocaine 0.05 mL x 10 mg/mL
# = 0.5 mg; ha-nx-10 24 mg; total 2.45 mL.
F=rounding-small.json
if plan_json $F; then
	invariants $F
	expect_jq 'has("points") | not' "$F: no area, no points"
	expect_val '.syringe' '"syringe-5ml"' "$F: the 5 mL syringe asked for"
	expect_val '.total_ml' 2.45 "$F: total"
	expect_val "$(c lidocaine-epi-1pct) | .ml" 0.05 \
	    "$F: the small component keeps its 0.05 mL"
	expect_val "$(c lidocaine-epi-1pct) | .mg" 0.5 "$F: lidocaine mg"
	expect_val "$(c ha-nx-10) | .ml" 2.4 "$F: ha-nx-10 mL"
	expect_val "$(c ha-nx-10) | .mg" 24 "$F: ha-nx-10 mg"
	expect_jq 'any(.findings[]; (.components | index("lidocaine")) and
	    .severity != "info" and (.message | test("below|measure")))' \
	    "$F: a finding says the component is below the syringe's marks"
	no_per_kg $F
fi
text_plan $F

# --- rounding up must not overfill: 4 x 0.7 mL -> 4 x 0.8 = 3.2 mL would not
# fit one 3 mL syringe, so the plan takes two (4 x 0.4 = 1.6 mL each).
F=overfill-rounding.json
if plan_json $F; then
	invariants $F
	expect_val ".syringes" 2 "$F: two syringes after rounding"
	expect_jq '[.components[].ml_per_syringe] | add <= 3' \
	    "$F: each syringe holds its load"
fi

# --- point-by-point: face, 3 cm2 at 10 mm -> 3 points x 0.05 = 0.15 mL;
# syringe-1ml, 0.07 dead: needed 0.22; glutathione-600 (120 mg/mL) 0.22 mL
# = 26.4 mg, 6 mg per point.
F=point-by-point.json
if plan_json $F; then
	invariants $F
	expect_val '.points' 3 "$F: points"
	expect_val '.depth_mm' 4 "$F: depth"
	expect_val '.delivered_ml' 0.15 "$F: delivered"
	expect_val '.dead_space_ml' 0.07 "$F: dead space"
	expect_val '.needed_ml' 0.22 "$F: needed"
	expect_val '.total_ml' 0.22 "$F: total"
	expect_val "$(c glutathione-600) | .ml" 0.22 "$F: glutathione mL"
	expect_val "$(c glutathione-600) | .mg" 26.4 "$F: glutathione mg"
	expect_val "$(c glutathione-600) | .contents[0].mg_per_point" 6 \
	    "$F: glutathione mg per point"
fi
text_plan $F

# --- the same with a 30g-4mm needle (0.01 mL): dead space 0.07 + 0.01 =
# 0.08 mL, needed 0.23 mL, glutathione 27.6 mg.
F=needle-dead-space.json
if plan_json $F; then
	invariants $F
	expect_val '.dead_space_ml' 0.08 "$F: syringe + needle dead space"
	expect_val '.needed_ml' 0.23 "$F: needed"
	expect_val '.total_ml' 0.23 "$F: total"
	expect_val "$(c glutathione-600) | .mg" 27.6 "$F: glutathione mg"
fi

# --- mesogun on one thigh, several syringes, 10 % overage: 1615 points x
# 0.02 = 32.3 mL, overage 3.23, 35.53 to fill; syringe-10ml (9.9 usable) x
# ceil(35.53/9.9) = 4; needed 35.53 + 4 x 0.1 = 35.93.  Lidocaine 2.4 mL
# (0.6 per syringe, 24 mg); the parts share 33.53: 16.765 each -> 4.19125
# per syringe -> 4.2 -> 16.8 mL: l-carnitine 3360 mg, caffeine 2100 mg.
# Total 36 mL.
F=mesogun-syringes.json
if plan_json $F; then
	invariants $F
	expect_val '.points' 1615 "$F: points"
	expect_val '.delivered_ml' 32.3 "$F: delivered"
	expect_val '.overage_ml' 3.23 "$F: overage 10 %"
	expect_val '.syringe' '"syringe-10ml"' "$F: syringe"
	expect_val '.syringes' 4 "$F: four syringes"
	expect_val '.dead_space_ml' 0.4 "$F: dead space of four syringes"
	expect_val '.needed_ml' 35.93 "$F: needed"
	expect_val '.total_ml' 36 "$F: total"
	expect_val "$(c l-carnitine-200) | .ml" 16.8 "$F: l-carnitine mL"
	expect_val "$(c l-carnitine-200) | .ml_per_syringe" 4.2 \
	    "$F: l-carnitine per syringe"
	expect_val "$(c l-carnitine-200) | .mg" 3360 "$F: l-carnitine mg"
	expect_val "$(c caffeine-sodium-benzoate-250) | .ml" 16.8 "$F: caffeine mL"
	expect_val "$(c caffeine-sodium-benzoate-250) | .mg" 2100 "$F: caffeine mg"
	expect_val "$(c lidocaine-1pct) | .ml" 2.4 "$F: lidocaine mL"
	expect_val "$(c lidocaine-1pct) | .ml_per_syringe" 0.6 \
	    "$F: lidocaine per syringe"
	expect_val "$(c lidocaine-1pct) | .mg" 24 "$F: lidocaine mg"
	no_per_kg $F
fi
text_plan $F

# --- nappage, which has no sourced volume per point: 10 cm2 at 4 mm ->
# ceil(1000/16) = 63 points x 0.004 = 0.252 mL; syringe_ml 1 -> of the two
# 1 mL syringes the larger dead space (syringe-1ml, 0.07): needed 0.322.
# Parts 3:1 -> 0.2415 -> 0.24 mL ha-nx-10 (2.4 mg), 0.0805 -> 0.08 mL
# biotin-5 (0.4 mg); total 0.32.
F=nappage.json
if plan_json $F; then
	invariants $F
	expect_val '.points' 63 "$F: points (rounded up)"
	expect_val '.spacing_mm' 4 "$F: nappage spacing"
	expect_val '.delivered_ml' 0.252 "$F: delivered"
	expect_val '.syringe' '"syringe-1ml"' "$F: syringe"
	expect_val '.needed_ml' 0.322 "$F: needed"
	expect_val '.total_ml' 0.32 "$F: total"
	expect_val "$(c ha-nx-10) | .ml" 0.24 "$F: ha-nx-10 mL"
	expect_val "$(c ha-nx-10) | .mg" 2.4 "$F: ha-nx-10 mg"
	expect_val "$(c biotin-5) | .ml" 0.08 "$F: biotin mL"
	expect_val "$(c biotin-5) | .mg" 0.4 "$F: biotin mg"
fi
text_plan $F

# --- linear retrograde, back of the hand: 10 threads x 4 cm x 0.02 mL/cm
# = 0.8 mL; syringe-1ml: needed 0.87.  Lidocaine 0.1 mL (1 mg); the
# polynucleotide + HA product takes 0.77 mL: 7.7 mg of each.  A patient
# without a weight: no mg_per_kg.
F=linear-retrograde.json
if plan_json $F; then
	invariants $F
	expect_val '.delivered_ml' 0.8 "$F: delivered"
	expect_val '.syringe' '"syringe-1ml"' "$F: syringe"
	expect_val '.needed_ml' 0.87 "$F: needed"
	expect_val '.total_ml' 0.87 "$F: total"
	expect_val "$(c polynucleotides-10-ha-10) | .ml" 0.77 "$F: PN + HA mL"
	expect_val "$(c polynucleotides-10-ha-10) | [.contents[].mg] | sort" \
	    '[7.7, 7.7]' "$F: PN + HA: 7.7 mg of each"
	expect_val "$(c lidocaine-1pct) | .ml" 0.1 "$F: lidocaine mL"
	expect_val "$(c lidocaine-1pct) | .mg" 1 "$F: lidocaine mg"
	no_per_kg $F
fi
text_plan $F

# --- microneedling, scalp: 120 cm2 x 0.01 mL/cm2 = 1.2 mL; the 1 mL
# syringes cannot hold it -> syringe-2-5ml (no marks, 0.07 dead): needed
# 1.27, nothing rounded; 1:1 -> 0.635 mL each: minoxidil 0.5 % 3.175 mg,
# biotin 5 mg/mL 3.175 mg.  Microneedling has no points.
F=microneedling.json
if plan_json $F; then
	invariants $F
	expect_jq 'has("points") | not' "$F: no points"
	expect_val '.delivered_ml' 1.2 "$F: delivered"
	expect_val '.syringe' '"syringe-2-5ml"' "$F: syringe"
	expect_jq 'has("graduation_ml") | not' "$F: no graduation known"
	expect_val '.needed_ml' 1.27 "$F: needed"
	expect_val '.total_ml' 1.27 "$F: total"
	expect_val "$(c minoxidil-0-5pct) | .ml" 0.635 "$F: minoxidil mL"
	expect_val "$(c minoxidil-0-5pct) | .mg" 3.175 "$F: minoxidil mg"
	expect_val "$(c biotin-5) | .ml" 0.635 "$F: biotin mL"
	expect_val "$(c biotin-5) | .mg" 3.175 "$F: biotin mg"
fi
text_plan $F

# --- total_ml without area or technique: 2 mL, lidocaine 0.2 mL (2 mg),
# ha-nx-10 takes the remaining 1.8 mL (18 mg); no points.
F=total-ml.json
if plan_json $F; then
	invariants $F
	expect_jq 'has("points") | not' "$F: no points"
	expect_val '.total_ml' 2 "$F: total"
	expect_val "$(c ha-nx-10) | .ml" 1.8 "$F: ha-nx-10 mL"
	expect_val "$(c ha-nx-10) | .mg" 18 "$F: ha-nx-10 mg"
	expect_val "$(c lidocaine-1pct) | .ml" 0.2 "$F: lidocaine mL"
	expect_val "$(c lidocaine-1pct) | .mg" 2 "$F: lidocaine mg"
	no_per_kg $F
fi
text_plan $F

# ===========================================================================
# Bad input: exit 65, "FILE:LINE: FIELD" on stderr
# ===========================================================================

# bad FILE LINE FIELD DESCRIPTION
bad() {
	run plan "$PD/$1"
	expect_rc 65 "$4: exit 65"
	expect_err_fixed "$PD/$1:$2: $3" "$4: names $1:$2 and $3"
}

bad bad-unknown-key.json 8 volume_per_pont_ml "unknown top-level key"
bad bad-unknown-key-component.json 8 'components[1].strenght' \
    "unknown key in a component (its own line, not the component's)"
bad bad-unknown-product.json 7 'components[1].product' "unknown product code"
bad bad-unknown-area.json 7 area "unknown area"
bad bad-type.json 8 surface_cm2 "a string for a number"
bad bad-tiny-syringe.json 1 syringe_ml "a syringe far too small: a million syringes, refused, never overflowed"
bad bad-type-component.json 5 'components[0].ml' \
    "a string for a number in a component"
bad bad-negative-ml.json 6 'components[1].ml' "negative mL"
bad bad-zero-ml.json 5 'components[0].ml' "zero mL"
bad bad-huge-ml.json 5 'components[0].ml' "1e300 mL"
bad bad-depth.json 8 depth_mm "depth_mm 200"
bad bad-weight.json 5 patient.weight_kg "weight_kg 5000"
bad bad-product-and-ingredient.json 5 'components[1]' \
    "product and ingredient both"
bad bad-area-no-technique.json 6 area "area without technique"
bad bad-json.json 7 '' "invalid JSON (line of the syntax error)"

# parts without a plan or total_ml: the components key (line 3) or the
# component in parts (line 4)
run plan "$PD/bad-parts-no-plan.json"
expect_rc 65 "parts without plan or total_ml: exit 65"
expect_err 'bad-parts-no-plan\.json:(3: components|4: components\[0\](\.parts)?):' \
    "parts without plan or total_ml: names the line and field"

# A figure the formulary lacks and the file does not give: the field, and a
# real line of the file (the technique that needs it), never line 0.
missing_figure() {
	run plan "$PD/$1"
	expect_rc 65 "$3: exit 65"
	expect_err "$1:[1-9][0-9]*: $2:" "$3: names a line of the file and $2"
}
missing_figure bad-nappage-no-volume.json volume_per_point_ml \
    "nappage without volume_per_point_ml"
missing_figure bad-linear-no-threads.json threads \
    "linear retrograde without threads"
missing_figure bad-microneedling-no-volume.json volume_per_cm2_ml \
    "microneedling without volume_per_cm2_ml"

: >"$SANDBOX/empty.json"
run plan "$SANDBOX/empty.json"
expect_rc 65 "empty file: exit 65"
expect_err_fixed "$SANDBOX/empty.json:" "empty file: named"
expect_err 'empty|JSON' "empty file: says why"

run plan "$SANDBOX/no-such-file.json"
expect_rc 66 "missing file: exit 66"
expect_err_fixed "$SANDBOX/no-such-file.json" "missing file: named"

mkdir "$SANDBOX/adir"
run plan "$SANDBOX/adir"
expect_rc 66 "a directory as FILE: exit 66"
expect_err_fixed "$SANDBOX/adir" "a directory as FILE: named"

run plan
expect_rc 64 "plan without FILE: exit 64"
run plan "$PD/total-ml.json" "$PD/nappage.json"
expect_rc 64 "plan with two FILEs: exit 64"
run plan "$PD/total-ml.json" --format xml
expect_rc 64 "plan --format xml: exit 64"

# ===========================================================================
# Text and JSON say the same: every number of the text plan (up to the
# findings) is a number of the JSON plan; and points, total, each
# component's mL and mg of the JSON appear in the text.
# ===========================================================================

# text_numbers FILE: the numbers of a text plan, one per line, normalised
text_numbers() {
	awk '/^(BLOCK|CAUTION|INFO) \([0-9]+\)$/ || /^No findings/ { exit }
	    { print }' "$1" |
	    tr ' \t,:()' '\n\n\n\n\n\n' |
	    grep -E '^-?[0-9]+(\.[0-9]+)?$' |
	    awk '{ printf "%.10g\n", $1 + 0 }' | sort -u
}

# json_numbers FILTER FILE: the numbers FILTER yields, normalised
json_numbers() {
	jq -r "$1" "$2" | awk 'NF { printf "%.10g\n", $1 + 0 }' | sort -u
}

for F in papule-mixed.json mesogun-syringes.json linear-retrograde.json; do
	run plan "$PD/$F"
	text_numbers "$OUT" >"$SANDBOX/text.num"
	run plan "$PD/$F" --format json
	json_numbers '.. | numbers' "$OUT" >"$SANDBOX/json.num"
	json_numbers '.points?, .total_ml, (.components[] | .ml, .mg?, .units?)
	    | select(. != null)' "$OUT" >"$SANDBOX/key.num"
	missing=$(comm -23 "$SANDBOX/text.num" "$SANDBOX/json.num" | tr '\n' ' ')
	expect_true "$F: numbers of the text plan missing from the JSON: $missing" \
	    test -z "$missing"
	missing=$(comm -23 "$SANDBOX/key.num" "$SANDBOX/text.num" | tr '\n' ' ')
	expect_true "$F: points, total, mL and mg of the JSON missing from the text: $missing" \
	    test -z "$missing"
	n=$(wc -l <"$SANDBOX/text.num")
	expect_true "$F: the text plan has numbers to compare ($n)" test "$n" -ge 8
done

finish

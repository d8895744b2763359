#!/bin/sh
# CLI tests of the plan: mesomix plan FILE [--format json] (and the plan
# part of mesomix check) on the cocktail files of tests/data/plan/, one or
# more for each technique and for each way the mix is pinned, against
# figures computed by hand from the rules of src/core/plan.h and the seed
# formulary (db/formulary/08-plan.sql), before the program ran:
#
#   grid (papule, nappage, point-by-point, mesogun):
#     points = ceil(surface_cm2 * 100 / spacing_mm^2), delivered = points x
#     volume per point; linear: threads x length (cm) x volume per cm;
#     surface (microneedling): surface x volume per cm2.
#   what pins the mix: every component in mL (their sum), else total_ml,
#     else delivered_ml, else the geometry.  A pinned mix gives what its
#     syringes can inject, less the overage, to the geometry: points =
#     whole points of the volume per point, the spacing (or the volume
#     per point, when the points are fixed) follows.
#   injection syringe: the one asked for (syringe_ml), else the smallest
#     that holds it all, else the largest, several times; of two of one
#     size a mix to be made takes the larger dead space, a fixed mix the
#     smaller.  A mix to be made: syringes = ceil((delivered + overage) /
#     (capacity - dead space)), needed = delivered + overage + syringes x
#     dead space; a fixed mix: syringes = ceil(mix / capacity).
#   no area and technique, no syringe_ml: no injection syringe (0), no
#     dead space.
#   each component measured whole with the smallest graduated syringe that
#     holds it (the largest when none does), rounded half up to its marks,
#     never to nothing.
#   injectable = mix drawn - syringes x dead space; leftover = injectable -
#     delivered - overage.
#   amount = mL x strength; final = amount / mix; injectable amount =
#     amount x injectable / mix; per kg = injectable amount / weight;
#     per point = amount x delivered / mix / points.
#
# Seed figures used: face 510 cm2, scalp 510 cm2, thighs 1615 cm2; papule
# 10 mm, 0.02 mL (face pair and technique); point-by-point face 10 mm,
# 0.05 mL; mesogun 10 mm, 0.02 mL; nappage 4 mm, no volume per point;
# syringes (capacity / marks / dead space): syringe-1ml 1 / 0.01 / 0.07 mL,
# syringe-1ml-lds 1 / - / 0.005, syringe-2-5ml 2.5 / - / 0.07, syringe-3ml
# 3 / 0.2 / -, syringe-5ml 5 / 0.2 / 0.075, syringe-10ml 10 / 0.2 / 0.1;
# needle 30g-4mm 0.01 mL.
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
	expect_jq '(.total_ml - .dead_space_ml - .injectable_ml) as $d |
	    (if $d < 0 then -$d else $d end) < 0.0005' \
	    "$1: injectable = mix drawn - dead space"
	expect_jq '.leftover_ml >= 0 and (.leftover_ml == 0 or
	    ((.delivered_ml + .overage_ml + .leftover_ml - .injectable_ml) |
	    (if . < 0 then -. else . end) < 0.0005))' \
	    "$1: injectable = delivered + overage + leftover"
	expect_jq 'all(.components[]; .ml > 0)' \
	    "$1: no component is rounded to nothing"
	expect_jq 'all(.components[]; .measured_with | type == "string")' \
	    "$1: each component names the syringe it is measured with"
	expect_jq 'if .syringe_ml == null then true
	    else .total_ml <= .syringes * .syringe_ml + 0.0005 end' \
	    "$1: the syringes hold the mix, dead space included"
	expect_jq 'all(.ingredients[]; (.mg // 0) >= (.mg_injectable // 0))' \
	    "$1: never more injectable than drawn"
	expect_jq '(.origin | keys) - ["surface_cm2", "spacing_mm", "points",
	    "volume_per_point_ml", "threads", "thread_length_cm",
	    "volume_per_cm_ml", "volume_per_cm2_ml", "delivered_ml",
	    "total_ml"] == []' "$1: origin names only figures of the file"
	# One computation: an ingredient in one component has the same
	# figures in its component row and in the whole-mix totals.
	expect_jq '[.components[].contents[] | select(.mg != null)] as $c |
	    all(.ingredients[] | select(.mg != null); . as $t |
	    [$c[] | select(.ingredient == $t.ingredient)] as $m |
	    ($m | length) != 1 or ($m[0] | .mg == $t.mg and
	    .mg_injectable == $t.mg_injectable and
	    .final_mg_per_ml == $t.final_mg_per_ml and
	    .mg_per_kg == $t.mg_per_kg and .mg_per_point == $t.mg_per_point))' \
	    "$1: component rows and whole-mix totals agree"
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
# 0.02 mL; a mix to make for 0.02 mL: syringe-1ml (0.93 usable; of the two
# 1 mL syringes the larger dead space): needed 0.09; ha-nx-10 (10 mg/mL)
# takes all 0.09 mL (9 marks of syringe-1ml) = 0.9 mg, 10 mg/mL final;
# injectable 0.09 - 0.07 = 0.02 mL = 0.2 mg; per point 0.9 x 0.02 / 0.09 /
# 1 = 0.2 mg.  Dead space on a small total: 0.07 mL lost for 0.02 given.
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
	expect_val '.injectable_ml' 0.02 "$F: injectable"
	expect_val "$(c ha-nx-10) | .ml" 0.09 "$F: ha-nx-10 mL"
	expect_val "$(c ha-nx-10) | .measured_with" '"syringe-1ml"' \
	    "$F: measured with the 1 mL syringe"
	expect_val "$(c ha-nx-10) | .mg" 0.9 "$F: ha-nx-10 mg"
	expect_val "$(c ha-nx-10) | .final_mg_per_ml" 10 "$F: final mg/mL"
	expect_val "$(c ha-nx-10) | .contents[0].mg_injectable" 0.2 \
	    "$F: mg injectable"
	expect_val "$(c ha-nx-10) | .contents[0].mg_per_point" 0.2 \
	    "$F: mg per point"
	expect_val '.origin.surface_cm2' '"fixed"' "$F: surface fixed"
	expect_val '.origin.spacing_mm' '"formulary"' "$F: spacing sourced"
	expect_val '.origin.points' '"derived"' "$F: points derived"
	no_per_kg $F
fi
text_plan $F

# --- papule, whole face, parts and mL mixed, weight 60 kg: 510 points x
# 0.02 = 10.2 mL; no syringe holds it -> syringe-10ml (9.9 usable) x 2;
# needed 10.2 + 2 x 0.1 = 10.4.  Lidocaine 0.7 mL (syringe-1ml: on its
# marks); the parts share 9.7: ha-nx-10 3/4 = 7.275 mL, measured with
# syringe-10ml (0.2 mL marks: 36.4 -> 36) = 7.2 mL, 72 mg;
# tranexamic-acid-100 1/4 = 2.425 mL, syringe-3ml (2.5 mL has no marks
# known; 12.1 -> 12) = 2.4 mL, 240 mg; lidocaine 7 mg.  Mix 10.3 mL
# (0.1 short of 10.4: less than one 0.2 mL mark, no finding); injectable
# 10.3 - 0.2 = 10.1 mL.  Per kg on what can be injected (10.1 of 10.3):
# 72 x 10.1 / 10.3 = 70.601942 mg / 60 = 1.176699 mg/kg; 240 -> 235.339806
# mg, 3.92233; 7 -> 6.864078, 0.114401.  Each syringe: 3.6 + 1.2 + 0.35.
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
	expect_val '.total_ml' 10.3 "$F: total"
	expect_val '.injectable_ml' 10.1 "$F: injectable"
	expect_val "$(c ha-nx-10) | .ml" 7.2 "$F: ha-nx-10 mL"
	expect_val "$(c ha-nx-10) | .measured_with" '"syringe-10ml"' \
	    "$F: ha-nx-10 measured with the 10 mL syringe"
	expect_val "$(c ha-nx-10) | .ml_per_syringe" 3.6 "$F: ha-nx-10 per syringe"
	expect_val "$(c ha-nx-10) | .mg" 72 "$F: ha-nx-10 mg"
	expect_val "$(c ha-nx-10) | .contents[0].mg_injectable" 70.601942 \
	    "$F: hyaluronic acid injectable"
	expect_val "$(c ha-nx-10) | .contents[0].mg_per_kg" 1.176699 \
	    "$F: hyaluronic acid mg/kg"
	expect_val "$(c tranexamic-acid-100) | .ml" 2.4 "$F: tranexamic-acid-100 mL"
	expect_val "$(c tranexamic-acid-100) | .measured_with" '"syringe-3ml"' \
	    "$F: tranexamic acid measured with the 3 mL syringe"
	expect_val "$(c tranexamic-acid-100) | .mg" 240 "$F: tranexamic acid mg"
	expect_val "$(c tranexamic-acid-100) | .contents[0].mg_per_kg" 3.92233 \
	    "$F: tranexamic acid mg/kg"
	expect_val "$(c lidocaine-1pct) | .wanted_ml" 0.7 "$F: lidocaine wanted"
	expect_val "$(c lidocaine-1pct) | .ml" 0.7 \
	    "$F: lidocaine on the 1 mL syringe's marks, not rounded"
	expect_val "$(c lidocaine-1pct) | .measured_with" '"syringe-1ml"' \
	    "$F: lidocaine measured with the 1 mL syringe"
	expect_val "$(c lidocaine-1pct) | .rounding_ml" 0 "$F: lidocaine exact"
	expect_val "$(c lidocaine-1pct) | .mg" 7 "$F: lidocaine mg"
	expect_val "$(c lidocaine-1pct) | .contents[0].mg_per_kg" 0.114401 \
	    "$F: lidocaine mg/kg"
	expect_val '.ingredients[] | select(.ingredient == "lidocaine") |
	    .mg_per_kg' 0.114401 "$F: the whole-mix lidocaine mg/kg agrees"
	expect_jq '[.findings[] | select(.id | startswith("plan-"))] == []' \
	    "$F: no plan finding"
	expect_jq 'all(.components[]; .contents | all(.[];
	    .strength_known == false or has("mg_per_kg") or has("units_per_kg")))' \
	    "$F: weight given: every dose has its mg_per_kg"
fi
if text_plan $F; then
	expect_out '^lidocaine-1pct +0\.7 +0\.35 +0  syringe-1ml \(0\.01 mL\)$' \
	    "$F: text row: lidocaine 0.7 mL, 0.35 per syringe, measured on 0.01 mL marks"
	expect_out '510 points' "$F: text: 510 points"
	expect_out '1\.176699 mg/kg' "$F: text: mg/kg shown"
	expect_out '^Mix drawn 10\.3 mL, injectable 10\.1 mL$' \
	    "$F: text: mix drawn and injectable"
	expect_out '^Figures from the formulary: surface_cm2, spacing_mm' \
	    "$F: text: where the figures come from"
fi

# --- below the marks, no area: 2.4 + 0.05 + 0.004 mL, a 5 mL syringe asked
# (0.075 mL dead space).  Each component is measured with the smallest
# graduated syringe that holds it: 2.4 on syringe-3ml (12 marks of 0.2),
# 0.05 on syringe-1ml (5 marks of 0.01): both exact.  0.004 mL is less
# than one 0.01 mL mark: kept at 0.004, never rounded away, and said.
# Lidocaine 0.05 x 10 mg/mL = 0.5 mg; ha-nx-10 24 mg; mix 2.454 mL,
# injectable 2.454 - 0.075 = 2.379.
F=rounding-small.json
if plan_json $F; then
	invariants $F
	expect_jq 'has("points") | not' "$F: no area, no points"
	expect_val '.syringe' '"syringe-5ml"' "$F: the 5 mL syringe asked for"
	expect_val '.total_ml' 2.454 "$F: total"
	expect_val '.injectable_ml' 2.379 "$F: injectable"
	expect_val "$(c lidocaine-epi-1pct) | .ml" 0.05 \
	    "$F: 0.05 mL on the 1 mL syringe's marks"
	expect_val "$(c lidocaine-epi-1pct) | .measured_with" '"syringe-1ml"' \
	    "$F: measured with the 1 mL syringe, not the 5 mL"
	expect_val "$(c lidocaine-epi-1pct) | .mg" 0.5 "$F: lidocaine mg"
	expect_val "$(c ha-nx-10) | .ml" 2.4 "$F: ha-nx-10 mL"
	expect_val "$(c ha-nx-10) | .mg" 24 "$F: ha-nx-10 mg"
	expect_val "$(c epinephrine) | .ml" 0.004 "$F: the small one kept"
	expect_val "$(c epinephrine) | .rounding" '"below-marks"' \
	    "$F: below the marks"
	expect_jq 'any(.findings[]; .id == "plan-below-marks" and
	    (.components | index("epinephrine")) and .severity == "caution")' \
	    "$F: a finding says the component is below the marks"
	expect_jq '[.findings[] | select(.id == "plan-below-marks")] | length == 1' \
	    "$F: only the component below the marks"
	no_per_kg $F
fi
text_plan $F

# --- four equal parts: 112 points x 0.025 = 2.8 mL in a 3 mL syringe (no
# dead space known).  Each 0.7 mL is measured on syringe-1ml's 0.01 mL
# marks: exact, and the four fill one syringe (2.8 <= 3).
F=overfill-rounding.json
if plan_json $F; then
	invariants $F
	expect_val ".syringes" 1 "$F: one syringe holds 2.8 mL"
	expect_val ".total_ml" 2.8 "$F: total"
	expect_jq 'all(.components[]; .ml == 0.7 and
	    .measured_with == "syringe-1ml")' "$F: 0.7 mL each, on 1 mL marks"
fi

# --- point-by-point: face, 3 cm2 at 10 mm -> 3 points x 0.05 = 0.15 mL;
# syringe-1ml, 0.07 dead: needed 0.22; glutathione-600 (120 mg/mL) 0.22 mL
# = 26.4 mg, 26.4 x 0.15 / 0.22 / 3 = 6 mg per point.
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
	expect_val "$(c glutathione-600) | .contents[0].mg_injectable" 18 \
	    "$F: glutathione injectable (0.15 mL)"
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
# (syringe-3ml, 24 mg); the parts share 33.53: 16.765 each, more than any
# syringe holds: the largest graduated one, 10 mL, in several fills (83.8
# marks -> 84) = 16.8 mL: l-carnitine 3360 mg, caffeine 2100 mg.  Mix 36 mL
# in 4 syringes (9 mL each: 4.2 + 4.2 + 0.6); injectable 36 - 0.4 = 35.6;
# leftover 35.6 - 32.3 - 3.23 = 0.07.
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
	expect_val '.injectable_ml' 35.6 "$F: injectable"
	expect_val '.leftover_ml' 0.07 "$F: leftover"
	expect_val "$(c l-carnitine-200) | .ml" 16.8 "$F: l-carnitine mL"
	expect_val "$(c l-carnitine-200) | .ml_per_syringe" 4.2 \
	    "$F: l-carnitine per syringe"
	expect_val "$(c l-carnitine-200) | .measured_with" '"syringe-10ml"' \
	    "$F: l-carnitine measured with the largest syringe"
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
# 1 mL syringes a mix to make takes the larger dead space (syringe-1ml,
# 0.07): needed 0.322.  Parts 3:1 -> 0.2415 (0.242) -> 24.2 marks -> 0.24
# mL ha-nx-10 (2.4 mg), 0.0805 (0.081) -> 0.08 mL biotin-5 (0.4 mg); total
# 0.32 (0.002 short: less than a mark).
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
	expect_val '.origin.volume_per_point_ml' '"fixed"' "$F: vpp fixed"
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
# syringes cannot hold it with their dead space -> syringe-2-5ml (0.07
# dead): needed 1.27; 1:1 -> 0.635 mL each, measured on syringe-1ml's
# marks (63.5 -> 64): 0.64 mL each, mix 1.28, injectable 1.21, 0.01 left
# over.  Minoxidil 0.5 % (5 mg/mL) 3.2 mg, biotin 5 mg/mL 3.2 mg.  No
# points.
F=microneedling.json
if plan_json $F; then
	invariants $F
	expect_jq 'has("points") | not' "$F: no points"
	expect_val '.delivered_ml' 1.2 "$F: delivered"
	expect_val '.syringe' '"syringe-2-5ml"' "$F: syringe"
	expect_jq 'has("graduation_ml") | not' "$F: no graduation known"
	expect_val '.needed_ml' 1.27 "$F: needed"
	expect_val '.total_ml' 1.28 "$F: total"
	expect_val '.injectable_ml' 1.21 "$F: injectable"
	expect_val '.leftover_ml' 0.01 "$F: leftover"
	expect_val "$(c minoxidil-0-5pct) | .ml" 0.64 "$F: minoxidil mL"
	expect_val "$(c minoxidil-0-5pct) | .mg" 3.2 "$F: minoxidil mg"
	expect_val "$(c biotin-5) | .ml" 0.64 "$F: biotin mL"
	expect_val "$(c biotin-5) | .mg" 3.2 "$F: biotin mg"
fi
text_plan $F

# --- total_ml without area or technique: 2 mL, lidocaine 0.2 mL (2 mg),
# ha-nx-10 takes the remaining 1.8 mL (18 mg; 9 marks of syringe-3ml); no
# points; no injection syringe planned, so nothing is lost to dead space.
F=total-ml.json
if plan_json $F; then
	invariants $F
	expect_jq 'has("points") | not' "$F: no points"
	expect_val '.total_ml' 2 "$F: total"
	expect_val '.syringes' 0 "$F: no injection syringe planned"
	expect_val '.injectable_ml' 2 "$F: all of it injectable"
	expect_val "$(c ha-nx-10) | .ml" 1.8 "$F: ha-nx-10 mL"
	expect_val "$(c ha-nx-10) | .mg" 18 "$F: ha-nx-10 mg"
	expect_val "$(c lidocaine-1pct) | .ml" 0.2 "$F: lidocaine mL"
	expect_val "$(c lidocaine-1pct) | .mg" 2 "$F: lidocaine mg"
	expect_val '.origin.total_ml' '"fixed"' "$F: total fixed"
	no_per_kg $F
fi
text_plan $F

# ===========================================================================
# The solver: what the physician fixes pins the plan
# ===========================================================================

# --- the hair-loss template: 1 mL of dutasteride 0.01 % (0.1 mg/mL) on the
# scalp by papules, 80 kg.  The 1 mL stays 1 mL: one 1 mL syringe (of the
# two, a fixed mix takes the smaller dead space: syringe-1ml-lds, 0.005
# mL), measured on syringe-1ml's 0.01 mL marks, not rounded; injectable
# 0.995 mL = 0.0995 mg of the 0.1 mg drawn, 0.0995 / 80 = 0.001244 mg/kg,
# within the 0.1 mg session limit (no finding).  The plan follows: 0.995 /
# 0.02 = 49 whole points (49.75), 0.995 / 49 = 0.0203 -> 0.02 mL a point,
# spacing sqrt(510 / 49) cm = 32.262 mm.  Never 510 points and 10.4 mL in
# "2 syringes of 10 mL", never 1.2 mL.
F=hair-loss-scalp.json
if plan_json $F; then
	invariants $F
	expect_val '.total_ml' 1 "$F: the 1 mL stays 1 mL"
	expect_val '.syringes' 1 "$F: one syringe"
	expect_val '.syringe' '"syringe-1ml-lds"' "$F: a 1 mL syringe"
	expect_val '.injectable_ml' 0.995 "$F: injectable"
	expect_val '.delivered_ml' 0.995 "$F: delivered"
	expect_val '.points' 49 "$F: points derived"
	expect_val '.volume_per_point_ml' 0.02 "$F: volume per point"
	expect_val '.spacing_mm' 32.262 "$F: spacing derived"
	expect_val "$(c dutasteride-0-01pct) | .ml" 1 "$F: not rounded up"
	expect_val "$(c dutasteride-0-01pct) | .rounding_ml" 0 "$F: no rounding"
	expect_val "$(c dutasteride-0-01pct) | .mg" 0.1 "$F: dutasteride mg"
	expect_val "$(c dutasteride-0-01pct) | .contents[0].mg_injectable" \
	    0.0995 "$F: dutasteride injectable"
	expect_val "$(c dutasteride-0-01pct) | .contents[0].mg_per_kg" \
	    0.001244 "$F: dutasteride mg/kg"
	expect_val '.origin.total_ml' '"components"' "$F: the mix pins it"
	expect_val '.origin.points' '"derived"' "$F: points derived"
	expect_val '.origin.volume_per_point_ml' '"derived"' "$F: vpp derived"
	expect_val '.origin.spacing_mm' '"derived"' "$F: spacing derived"
	expect_val '.origin.surface_cm2' '"formulary"' "$F: surface sourced"
	expect_jq '[.findings[] | select(.kind == "dose" or
	    (.id | startswith("plan-")))] == []' \
	    "$F: no overdose made by the plan itself"
fi
text_plan $F

# --- 20 mL of lidocaine 2 % (400 mg) for 60 kg over 100 cm2 of face.  20
# mL fits no syringe: 2 x 10 mL (0.1 mL dead each), injectable 19.8 mL =
# 400 x 19.8 / 20 = 396 mg, 6.6 mg/kg; 19.8 / 0.02 = 990 points, spacing
# sqrt(100 / 990) cm = 3.178 mm, 0.4 mg a point.  check: 396 mg is above
# the 300 mg session limit and 6.6 above 4.5 mg/kg (07-dose.sql): block.
F=lido-20ml.json
if plan_json $F; then
	invariants $F
	expect_val '.syringe' '"syringe-10ml"' "$F: 10 mL syringes"
	expect_val '.syringes' 2 "$F: two of them, never one of 2.5 mL"
	expect_val '.total_ml' 20 "$F: total"
	expect_val '.injectable_ml' 19.8 "$F: injectable"
	expect_val '.points' 990 "$F: points"
	expect_val '.spacing_mm' 3.178 "$F: spacing"
	expect_val '.ingredients[0].mg' 400 "$F: drawn"
	expect_val '.ingredients[0].mg_injectable' 396 "$F: injectable mg"
	expect_val '.ingredients[0].mg_delivered' 396 "$F: delivered mg"
	expect_val '.ingredients[0].mg_per_kg' 6.6 "$F: mg/kg"
	expect_val '.ingredients[0].mg_per_point' 0.4 "$F: mg a point"
fi
run check "$PD/$F" --format json
expect_rc 2 "$F: check blocks"
expect_jq 'any(.findings[]; .id == "dose-session" and
    (.message | test("396 mg in this session \\(400 mg drawn\\)")))' \
    "$F: the session limit held against the 396 mg injectable"
expect_jq 'any(.findings[]; .id == "dose-per-kg" and
    (.message | test("6\\.6 mg per kg")))' "$F: the per-kg limit too"
expect_val '.plan.injectable_ml' 19.8 "$F: check shows the plan"

# --- the whole face with total_ml 2, parts: never the default 10.4 mL.  A
# fixed 2 mL: syringe-2-5ml (0.07 dead), injectable 1.93; 1.93 / 0.02 = 96
# points (96.5), 1.93 / 96 -> 0.02 mL, spacing sqrt(510 / 96) cm = 23.049
# mm; ha-nx-10 2 mL (10 marks of syringe-3ml).
F=face-total.json
if plan_json $F; then
	invariants $F
	expect_val '.total_ml' 2 "$F: the total given"
	expect_val '.syringe' '"syringe-2-5ml"' "$F: syringe"
	expect_val '.injectable_ml' 1.93 "$F: injectable"
	expect_val '.delivered_ml' 1.93 "$F: delivered"
	expect_val '.points' 96 "$F: points"
	expect_val '.spacing_mm' 23.049 "$F: spacing derived"
	expect_val '.origin.total_ml' '"fixed"' "$F: total fixed"
fi

# --- "0.9 mL over the face at 0.02 mL a point": delivered_ml and the
# volume per point fixed, parts: 45 points, spacing sqrt(510 / 45) cm =
# 33.665 mm; a mix to make for 0.9 mL: syringe-1ml (0.93 usable), mix 0.97
# (97 marks), injectable 0.9.
F=face-delivered.json
if plan_json $F; then
	invariants $F
	expect_val '.delivered_ml' 0.9 "$F: delivered"
	expect_val '.points' 45 "$F: points"
	expect_val '.spacing_mm' 33.665 "$F: spacing"
	expect_val '.syringe' '"syringe-1ml"' "$F: syringe"
	expect_val '.total_ml' 0.97 "$F: mix"
	expect_val '.injectable_ml' 0.9 "$F: injectable"
	expect_val '.origin.delivered_ml' '"fixed"' "$F: delivered fixed"
	expect_val '.origin.volume_per_point_ml' '"fixed"' "$F: vpp fixed"
	expect_val '.origin.points' '"derived"' "$F: points derived"
fi

# --- 10 points of 0.02 mL fixed, 1 mL fixed: the plan gives 0.2 mL, the
# syringe (syringe-1ml-lds, 0.005 dead) can inject 0.995: 0.795 mL left
# over, named, and the doses are held against the 0.995 mL.  Spacing
# sqrt(510 / 10) cm = 71.414 mm.
F=leftover.json
if plan_json $F; then
	invariants $F
	expect_val '.delivered_ml' 0.2 "$F: delivered"
	expect_val '.injectable_ml' 0.995 "$F: injectable"
	expect_val '.leftover_ml' 0.795 "$F: leftover"
	expect_val '.points' 10 "$F: points"
	expect_val '.spacing_mm' 71.414 "$F: spacing"
	expect_val '.ingredients[0].mg_injectable' 9.95 "$F: injectable mg"
	expect_val '.ingredients[0].mg_delivered' 2 "$F: delivered mg"
	expect_jq 'any(.findings[]; .id == "plan-leftover" and
	    .figures.leftover_ml == 0.795 and
	    .figures.figure == "volume_per_point_ml")' \
	    "$F: the leftover is a finding naming the figure to change"
fi
if text_plan $F; then
	expect_out '^Mix drawn 1 mL, injectable 0\.995 mL$' \
	    "$F: text: mix drawn and injectable"
	expect_out '^Left over 0\.795 mL: injectable, but not in the plan$' \
	    "$F: text: the leftover"
fi

# --- nothing pins the mix (parts, nappage has no volume per point): the
# plan names the figure it needs (exit 65), and check still reports every
# other finding: the soy allergy reaches the soybean phosphatidylcholine
# of pc-dc-50.
F=no-plan-allergy.json
run plan "$PD/$F"
expect_rc 65 "$F: plan: exit 65"
expect_err "$F:[1-9][0-9]*: volume_per_point_ml: .*give volume_per_point_ml" \
    "$F: plan: names the figure"
run check "$PD/$F" --format json
expect_rc 65 "$F: check: exit 65"
expect_err "$F:[1-9][0-9]*: volume_per_point_ml:" "$F: check: names the figure"
expect_jq 'any(.findings[]; .kind == "allergy" and
    (.components | index("phosphatidylcholine")))' \
    "$F: check: the allergy is still found"
expect_val '.plan_needs' '"volume_per_point_ml"' "$F: check: plan_needs"
expect_jq 'has("plan") | not' "$F: check: no plan"
run check "$PD/$F"
expect_rc 65 "$F: check (text): exit 65"
expect_out 'allergy' "$F: check (text): the allergy shown"
expect_out '^No plan: give volume_per_point_ml\.$' \
    "$F: check (text): the figure it needs"

# In a batch, the line without a plan keeps its findings, says the figure
# it needs, and makes the batch exit 65; the good line is reported as ever.
{
	jq -c . "$PD/papule-one-point.json"
	jq -c . "$PD/no-plan-allergy.json"
} >"$SANDBOX/batch.jsonl"
run check --batch "$SANDBOX/batch.jsonl"
expect_rc 65 "batch with a line without a plan: exit 65"
expect_true "batch: two report lines" test "$(wc -l <"$OUT")" -eq 2
if sed -n 2p "$OUT" >"$SANDBOX/line2" && OUT="$SANDBOX/line2"; then
	expect_jq '.line == 2 and .status == 65 and
	    .field == "volume_per_point_ml" and
	    .plan_needs == "volume_per_point_ml" and
	    any(.findings[]; .kind == "allergy")' \
	    "batch: line 2 keeps its findings and names the figure"
	OUT="$SANDBOX/out"
fi
expect_err 'batch\.jsonl:2: volume_per_point_ml:' "batch: stderr names line 2"

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

#!/bin/sh
# Acceptance tests for `mesomix check`, the safety check run before a
# cocktail is drawn.  Every cocktail lives in tests/data/check/ (its "name"
# says what it tests); each case asserts the exit status, the verdict and the
# exact finding (severity, kind, ingredient codes) - never the status alone.
#
# Needs MESOMIX (the binary), srcdir (the source tree) and jq.
# Prints "N passed, N failed" last; exits non-zero on any failure.

set -u
: "${srcdir:=.}"
. "$srcdir/tests/lib.sh"

CK="$DATA/check"
: >"$SANDBOX/broken"

if ! command -v jq >/dev/null 2>&1; then
	fail "jq is needed to read the JSON reports (apt-get install jq)"
	finish
fi

CASE=
FLAT="$SANDBOX/flat"
TAB=$(printf '\t')

# check FILE RC VERDICT: run `check FILE --format json`, assert the exit
# status and the verdict.  The report is read once, by one jq, into $FLAT:
#   V <tab> verdict
#   F <tab> severity <tab> kind <tab> components <tab> message   (a finding)
#   I <tab> name        (an invariant of the JSON contract that is broken)
check() {
	CASE=$1
	run check "$CK/$1" --format json
	jq -r --slurpfile ck "$CK/$1" --argjson rc "$rc" '
	    def inv($name; cond): if cond then empty else "I\t\($name)" end;
	    def oneof($xs): . as $x | any($xs[]; . == $x);
	    "V\t\(.verdict)",
	    (.findings[]? | "F\t\(.severity)\t\(.kind)\t\(.components | join(" "))\t\(.message | gsub("[\t\n]"; " "))"),
	    inv("schema"; (.verdict | oneof(["ok", "caution", "block"])) and
		(.findings | type == "array") and
		all(.findings[]; (.severity | oneof(["block", "caution", "info"])) and
		    (.kind | oneof(["incompatibility", "allergy", "contraindication",
			"interaction", "dose", "count", "no-data", "technique",
			"stability"])) and
		    (.components | type == "array" and all(.[]; type == "string")) and
		    (.message | type == "string" and length > 0) and
		    (.source | type == "string"))),
	    # The verdict is the highest severity, and the exit status says it.
	    inv("verdict"; ([.findings[].severity] | if index("block") then "block"
		elif index("caution") then "caution" else "ok" end) == .verdict),
	    inv("rc"; {"ok": 0, "caution": 1, "block": 2}[.verdict] == $rc),
	    # no-data is info, on a pair, and never calls the pair compatible.
	    inv("nodata"; all(.findings[] | select(.kind == "no-data");
		.severity == "info" and (.components | length == 2) and
		(.message | test("(is|are) compatible|^compatible") | not))),
	    # Components are ingredient codes, never the cocktail'"'"'s products.
	    inv("codes"; [$ck[0].components[].product // empty] as $p |
		all(.findings[].components[]; . as $x | $p | index($x) | not))
	' "$OUT" >"$FLAT" 2>/dev/null && grep -q "^V$TAB." "$FLAT" ||
	    printf 'I\tjson\n' >"$FLAT"
	sed -n "s/^I$TAB/$1$TAB/p" "$FLAT" >>"$SANDBOX/broken"
	expect_rc "$2" "$CASE"
	if grep -qx "V$TAB$3" "$FLAT"; then ok; else
		fail "$CASE: verdict $3"
		show_findings
	fi
}

# Show what the report held, after a failed assertion on it.
show_findings() {
	awk -F '\t' '$1 == "V" { print "  verdict: " $2 }
	    $1 == "F" { printf "  finding: %s %s [%s] %s\n", $2, $3, $4,
		substr($5, 1, 70) }' "$FLAT" >&2
}

# find SEV KIND COMPONENTS MESSAGE-REGEX: is there such a finding?  SEV and
# KIND "*" = any; COMPONENTS are ingredient codes separated by blanks,
# compared as a set ("-" = none, "*" = any); MESSAGE-REGEX is an ERE.
find() {
	S=$1 K=$2 C=$3 M=$4 awk -F '\t' '
	    function same(a, b,    x, y, n, m, i, j, hit) {
		n = split(a, x, " "); m = split(b, y, " ")
		if (n != m) return 0
		for (i = 1; i <= n; i++) {
			hit = 0
			for (j = 1; j <= m; j++) if (x[i] == y[j]) hit = 1
			if (!hit) return 0
		}
		return 1
	    }
	    BEGIN { s = ENVIRON["S"]; k = ENVIRON["K"]; c = ENVIRON["C"]
		m = ENVIRON["M"]; if (c == "-") c = "" }
	    $1 == "F" && (s == "*" || $2 == s) && (k == "*" || $3 == k) &&
		(c == "*" || same($4, c)) && $5 ~ m { found = 1 }
	    END { exit !found }' "$FLAT"
}
# has SEV KIND COMPONENTS [MESSAGE-REGEX]: such a finding exists.
has() {
	if find "$1" "$2" "$3" "${4:-}"; then ok; else
		fail "$CASE: wanted a finding: $1 $2 [$3]${4:+ /$4/}"
		show_findings
	fi
}
# hasnt SEV KIND COMPONENTS [MESSAGE-REGEX]: no such finding (in a report
# that was read: no report proves nothing).
hasnt() {
	if ! grep -q "^V$TAB." "$FLAT"; then
		fail "$CASE: no JSON report to look for: $1 $2 [$3]${4:+ /$4/}"
	elif find "$1" "$2" "$3" "${4:-}"; then
		fail "$CASE: unwanted finding: $1 $2 [$3]${4:+ /$4/}"
		show_findings
	else ok; fi
}

# jqt DESCRIPTION [JQ ARGS...] FILTER: one assertion, jq -e on stdout.
jqt() {
	_d=$1
	shift
	if jq -e "$@" "$OUT" >/dev/null 2>&1; then ok; else
		fail "$CASE: $_d"
		sed 's/^/  stdout: /' "$OUT" | head -20 >&2
	fi
}

# 1. Pairs in one syringe, and whole-mix rules ------------------------------
pairs() {
	check pair-hyaluronidase-ha.json 2 block
	has block incompatibility "hyaluronidase hyaluronic-acid" "depolymeris"

	# The sulfite is an excipient of lidocaine-epi-1pct.
	check pair-hyaluronidase-sulfite.json 2 block
	has block incompatibility "hyaluronidase sodium-metabisulfite"

	# The bisulfite of procaine-1pct is mapped to sodium-metabisulfite.
	check pair-thiamine-sulfite.json 2 block
	has block incompatibility "thiamine sodium-metabisulfite"

	# 1 volume of 8.4 % bicarbonate to 10 of lidocaine: the compatible
	# buffering ratio, exactly at the limit: nothing for the pair.
	check pair-lido-bicarb-1to10.json 0 ok
	hasnt "*" "*" "lidocaine sodium-bicarbonate"
	# The same 1:10, in volumes that do not fit one syringe: still the
	# volumes given (no area, no technique, no syringe_ml: no plan).
	check pair-lido-bicarb-1to10-large.json 0 ok
	hasnt "*" "*" "lidocaine sodium-bicarbonate"
	hasnt caution dose "*" "rounding"
	# 1:5: beyond 1:10, precipitation risk.
	check pair-lido-bicarb-over.json 1 caution
	has caution incompatibility "lidocaine sodium-bicarbonate" "1 volume of bicarbonate per 10"

	# lidocaine-epi-1pct has pH 4.2: the deoxycholate pH rule reaches the
	# epinephrine (no other rule names that pair).
	check pair-dca-acidic.json 1 caution
	has caution incompatibility "deoxycholic-acid epinephrine" "pH"
	has caution incompatibility "deoxycholic-acid lidocaine" "pH"
	# ... and a 2:1 DCA:lidocaine dilution is at, not beyond, Rice's limit.
	hasnt "*" "*" "deoxycholic-acid lidocaine" "2:1"

	check pair-dca-calcium.json 1 caution
	has caution incompatibility "deoxycholic-acid calcium-chloride" "calcium deoxycholate"

	check pair-calcium-phosphate.json 1 caution
	has caution incompatibility "calcium-chloride sodium-phosphate"

	check pair-bicarb-calcium.json 2 block
	has block incompatibility "sodium-bicarbonate calcium-chloride"

	# Freshly buffered at 10:1: compat_rule.within_hours makes this a
	# "use within 24 h" stability finding once the check reads it; until
	# then the rule's verdict (incompatible) still blocks.
	check pair-bicarb-epinephrine.json 2 block
	has block "*" "sodium-bicarbonate epinephrine" "catecholamines"
	# More bicarbonate than 1:10: outside the studied buffering, the label's
	# incompatibility holds at once.
	# (The kind is the ratio rule's, incompatibility, once the time-bounded
	# rule stops blocking; until then either rule may be the one shown.)
	check pair-bicarb-epinephrine-over.json 2 block
	has block "*" "sodium-bicarbonate epinephrine" "catecholamines"

	check pair-pc-lidocaine.json 2 block
	has block incompatibility "phosphatidylcholine lidocaine"

	check pair-aminophylline-any.json 2 block
	has block incompatibility "aminophylline hyaluronic-acid"

	# Conflicting evidence: caution, and the message says so.
	check pair-b12-vitc.json 1 caution
	has caution stability "cyanocobalamin ascorbic-acid" "^conflicting evidence"

	check pair-ghkcu-vitc.json 2 block
	has block incompatibility "copper-tripeptide ascorbic-acid"

	check pair-vitc-pyridoxine.json 1 caution
	has caution stability "ascorbic-acid pyridoxine"
	# Any partner below pH 5 (here lidocaine with epinephrine, pH 4.2).
	check pair-vitc-acidic-ph.json 1 caution
	has caution stability "ascorbic-acid lidocaine" "below pH 5"

	# B12 + B1 + B6: compatible - no finding of any kind on these pairs.
	# (The caution comes from the pH window: B1 and B6 are acidic.)
	check pair-b12-b1-b6.json 1 caution
	hasnt "*" "*" "cyanocobalamin thiamine"
	hasnt "*" "*" "cyanocobalamin pyridoxine"
	hasnt "*" "*" "thiamine pyridoxine"
	hasnt "*" count "*"

	check pair-ha-lidocaine.json 0 ok
	hasnt "*" "*" "hyaluronic-acid lidocaine"

	check pair-mepivacaine-la.json 1 caution
	has caution incompatibility "mepivacaine lidocaine" "other local anaesthetics"

	check pair-la-lipolytic.json 1 caution
	has caution incompatibility "lidocaine l-carnitine" "Jayasinghe|lipoly"

	# No record: info no-data, never "compatible".
	check pair-no-data.json 0 ok
	has info no-data "hyaluronic-acid biotin" "not known to be compatible"
	hasnt "*" "*" "hyaluronic-acid biotin" "(is|are) compatible"

	check mix-four-products.json 1 caution
	has caution count "-" "4 products"

	check mix-ph-window.json 1 caution
	has caution stability "aminophylline" "outside the 5-7 window"
	# ascorbic acid (pH 5.5-7.0) is inside the window.
	check pair-b12-vitc.json 1 caution
	hasnt "*" stability "*" "window"

	check mix-oily.json 2 block
	has block incompatibility "tocopherol" "[Oo]il"
}

# 2. Allergies ---------------------------------------------------------------
allergies() {
	check allergy-soy.json 2 block
	has block allergy "phosphatidylcholine" "soy"

	check allergy-ester.json 2 block
	has block allergy "procaine" "ester-anaesthetic"
	# paba is an alias of ester-anaesthetic.
	check allergy-paba.json 2 block
	has block allergy "procaine"
	# No ester <-> amide cross-reactivity: lidocaine MPF is an option.
	check allergy-ester-amide.json 0 ok
	hasnt block allergy "*"
	hasnt caution allergy "*"
	# Ester -> paraben: disputed, caution.
	check allergy-ester-paraben.json 1 caution
	has caution allergy "methylparaben"

	check allergy-amide.json 2 block
	has block allergy "lidocaine" "amide-anaesthetic"

	check allergy-sulfite-lido-epi.json 2 block
	has block allergy "sodium-metabisulfite" "sulfite"
	check allergy-sulfite-procaine.json 2 block
	has block allergy "sodium-metabisulfite" "sulfite"

	check allergy-paraben.json 2 block
	has block allergy "methylparaben" "paraben"
	# The preservative-free vial holds no paraben.
	check allergy-paraben-mpf.json 0 ok
	hasnt "*" allergy "*"

	check allergy-benzyl-b12.json 2 block
	has block allergy "benzyl-alcohol"
	check allergy-benzyl-dca.json 2 block
	has block allergy "benzyl-alcohol"

	check allergy-chlorobutanol.json 2 block
	has block allergy "chlorobutanol"

	check allergy-thimerosal.json 2 block
	has block allergy "thimerosal"

	check allergy-polysorbate.json 2 block
	has block allergy "polysorbate-80" "polysorbate"

	check allergy-cobalt.json 2 block
	has block allergy "cyanocobalamin" "cobalt"

	# Theoretical: caution only.
	check allergy-bee-venom.json 1 caution
	has caution allergy "hyaluronidase" "bee-venom"

	check allergy-bovine.json 2 block
	has block allergy "hyaluronidase" "bovine"
	check allergy-ovine.json 2 block
	has block allergy "hyaluronidase" "ovine"
	check allergy-ovine-bovine-product.json 0 ok
	hasnt "*" allergy "*"

	check allergy-avian.json 1 caution
	has caution allergy "hyaluronic-acid" "avian"
	# Egg reaches avian-derived HA by cross-reactivity.
	check allergy-egg.json 1 caution
	has caution allergy "hyaluronic-acid" "egg"

	# Fish: the seed's class link is a theoretical caution; the product's
	# fish origin (label) is matched by the engine too, as a block.
	check allergy-fish-pdrn.json 2 block
	has caution allergy "pdrn" "fish"
	has block allergy "pdrn" "fish origin"
	check allergy-fish-pn.json 2 block
	has caution allergy "polynucleotides" "fish"

	# Latex: no product in the formulary names its closure - no data, so
	# no finding may be invented.
	check allergy-latex.json 0 ok
	hasnt "*" allergy "*"

	# An allergy named by an ingredient code.
	check allergy-ingredient-code.json 2 block
	has block allergy "lidocaine" "allergic to lidocaine"
}

# 3. Conditions and medications ---------------------------------------------
conditions() {
	# Pregnancy and breastfeeding reach every mix, even plain HA: pregnancy
	# blocks (every clinic source lists it; elective, irreversible harm),
	# breastfeeding cautions (e-lactancia: likely compatible).
	check cond-pregnancy.json 2 block
	has block contraindication "-" "^pregnancy:"
	check cond-pregnancy-dca.json 2 block
	has block contraindication "deoxycholic-acid" "^pregnancy:"
	check cond-breastfeeding.json 1 caution
	has caution contraindication "-" "^breastfeeding:"

	# Age: too young for PC/DC and deoxycholic acid, and outside 18-75.
	check age-minor-pcdc.json 2 block
	has block contraindication "phosphatidylcholine" "^age 16 \\(under 18\\)"
	has caution contraindication "deoxycholic-acid" "^age 16 \\(under 18\\)"
	check age-over-75.json 1 caution
	has caution contraindication "-" "^age 80 \\(over 75\\)"
	check age-adult-ha.json 0 ok
	hasnt caution contraindication "-"

	check cond-childbearing-dutasteride.json 2 block
	has block contraindication "dutasteride" "^childbearing-potential:"
	check cond-childbearing-finasteride.json 2 block
	has block contraindication "finasteride" "^childbearing-potential:"

	check cond-thromboembolism-txa.json 1 caution
	has caution contraindication "tranexamic-acid" "^thromboembolism-history:"

	check cond-g6pd-vitc.json 2 block
	has block contraindication "ascorbic-acid" "^g6pd-deficiency:"

	check cond-skin-infection.json 2 block
	has block contraindication "-" "^skin-infection:"
	check cond-skin-infection-hyaluronidase.json 2 block
	has block contraindication "hyaluronidase" "^skin-infection:"

	# Active herpes: the clinic sources say wait until healed - a block.
	check cond-herpes.json 2 block
	has block contraindication "-" "^active-herpes:"
	# One risk, one finding: the every-mix block covers deoxycholic acid.
	check cond-herpes-dca.json 2 block
	has block contraindication "-" "^active-herpes:"
	hasnt "*" contraindication "deoxycholic-acid" "^active-herpes:"

	check cond-keloid.json 1 caution
	has caution contraindication "-" "^keloid-tendency:"

	check cond-autoimmune.json 1 caution
	has caution contraindication "-" "^autoimmune-disease:"

	check cond-immunodeficiency.json 1 caution
	has caution contraindication "-" "^immunodeficiency:"
	has caution contraindication "phosphatidylcholine" "^immunodeficiency:"

	check cond-cancer.json 1 caution
	has caution contraindication "-" "^active-cancer:"
	has caution contraindication "phosphatidylcholine" "^active-cancer:"

	check cond-coagulation.json 1 caution
	has caution contraindication "-" "^coagulation-disorder:"
	has caution contraindication "deoxycholic-acid" "^coagulation-disorder:"

	check cond-liver-pcdc.json 1 caution
	has caution contraindication "phosphatidylcholine" "^liver-disease:"
	has caution contraindication "deoxycholic-acid" "^liver-disease:"
	check cond-kidney-pcdc.json 1 caution
	has caution contraindication "phosphatidylcholine" "^kidney-disease:"
	has caution contraindication "deoxycholic-acid" "^kidney-disease:"

	check cond-epilepsy.json 1 caution
	has caution contraindication "-" "^epilepsy:"
	has caution contraindication "tranexamic-acid" "^epilepsy:"

	check cond-diabetes.json 1 caution
	has caution contraindication "-" "^diabetes:"

	check cond-arrhythmia.json 1 caution
	has caution contraindication "-" "^cardiac-arrhythmia:"

	check med-anticoagulant.json 1 caution
	has caution interaction "-" "^anticoagulant:"
	has caution interaction "deoxycholic-acid" "^anticoagulant:"
	check med-antiplatelet.json 1 caution
	has caution interaction "-" "^antiplatelet:"
	check med-isotretinoin.json 1 caution
	has caution interaction "-" "^isotretinoin:"
	check med-contraceptive-txa.json 1 caution
	has caution interaction "tranexamic-acid" "^hormonal-contraceptive:"
	# Without tranexamic acid the contraceptive is no concern.
	check med-contraceptive-ha.json 0 ok
	hasnt "*" interaction "*"
	check med-nsaid.json 1 caution
	has caution interaction "-" "^nsaid:"
	check med-corticosteroid.json 1 caution
	has caution interaction "-" "^systemic-corticosteroid:"
}

# 4. Dose ------------------------------------------------------------------
doses() {
	# 9.5 mL of 2 % = 190 mg for 40 kg = 4.75 mg/kg > 4.5 (and < 200 mg,
	# the EU maximum kept over the US 300 mg).
	check dose-lido-per-kg.json 2 block
	has block dose "lidocaine" "per kg"
	hasnt block dose "lidocaine" "in this session"
	# With epinephrine the 7 mg/kg limit applies instead: 4.67 mg/kg is
	# fine (the caution is the pH window: lidocaine-epi-2pct is pH 3.9).
	check dose-lido-epi-under.json 1 caution
	hasnt "*" dose "lidocaine"
	# 15 mL of 2 % = 300 mg for 40 kg = 7.5 mg/kg > 7; under 500 mg.
	check dose-lido-epi-over.json 2 block
	has block dose "lidocaine" "limit of 7 mg per kg"
	has block dose "lidocaine" "\\(300 mg for 40 kg\\)"
	# 11 mL of 2 % = 220 mg > 200 mg (EU/UK/IE SmPCs; the US 300 mg is
	# not kept); 2.2 mg/kg for 100 kg is fine.
	check dose-lido-session.json 2 block
	has block dose "lidocaine" "220 mg in this session, above the limit of 200 mg"
	hasnt block dose "lidocaine" "per kg"
	# 12 mL of 10 mg/mL = 120 mg > 100 mg.
	check dose-dca-session.json 2 block
	has block dose "deoxycholic-acid" "120 mg in this session"
	# No weight: the per-kg limit cannot be checked, and the check says so.
	check dose-no-weight.json 0 ok
	has info dose "lidocaine" "could not be checked.*weight"
	# A bare ingredient without a strength: no dose can be computed.
	check dose-no-strength.json 0 ok
	has info dose "centella-extract" "no known strength"
}

# 5. Text report -------------------------------------------------------------
text_report() {
	CASE=text-report.json
	run check "$CK/text-report.json" --format json
	cp "$OUT" "$SANDBOX/text.json"
	run check "$CK/text-report.json"
	expect_rc 2 "$CASE (text)"
	cp "$OUT" "$SANDBOX/text.txt"
	expect_out '^Verdict: block$' "$CASE: verdict line"
	run check "$CK/text-report.json" --format text
	if cmp -s "$OUT" "$SANDBOX/text.txt"; then ok; else
		fail "$CASE: --format text differs from the default"
	fi
	# Headings in order, each counting the markers under it, and the
	# counts equal to the JSON report's.
	sections=$(awk '
		/^(BLOCK|CAUTION|INFO) \([0-9]+\)$/ {
			if (sec != "") printf "%s %d %d\n", sec, want, got
			sec = $1; want = substr($2, 2) + 0; got = 0; next }
		sec == "BLOCK" && /^  X / { got++ }
		sec == "CAUTION" && /^  ! / { got++ }
		sec == "INFO" && /^  i / { got++ }
		/^  [X!i] / && !((sec == "BLOCK" && /^  X /) ||
		    (sec == "CAUTION" && /^  ! /) || (sec == "INFO" && /^  i /)) {
			printf "misplaced %s\n", $0 }
		END { if (sec != "") printf "%s %d %d\n", sec, want, got }
	' "$SANDBOX/text.txt")
	fromjson=$(jq -r '[.findings[].severity] as $s |
	    ["block", "caution", "info"][] as $v |
	    ($s | map(select(. == $v)) | length) as $n |
	    select($n > 0) | "\($v | ascii_upcase) \($n) \($n)"' "$SANDBOX/text.json")
	if [ "$sections" = "$fromjson" ]; then ok; else
		fail "$CASE: text sections (heading, count, markers) differ from JSON"
		printf '  text:\n%s\n  json:\n%s\n' "$sections" "$fromjson" >&2
	fi
	long=$(awk 'length($0) > 80 { printf "  %d: %s\n", length($0), $0 }' \
	    "$SANDBOX/text.txt")
	if [ -z "$long" ]; then ok; else
		fail "$CASE: text lines over 80 columns"
		printf '%s\n' "$long" >&2
	fi
	# Wrapping keeps the words apart: every source is in the text, with
	# its blanks (joined over line breaks).
	missing=$(jq -r '.findings[].source | select(. != "")' "$SANDBOX/text.json" |
	    while IFS= read -r src; do
		awk '/^    source: / { on = 1; s = substr($0, 13); next }
		    on && /^      / { sub(/^      /, ""); s = s " " $0; next }
		    on { print s; on = 0 }
		    END { if (on) print s }' "$SANDBOX/text.txt" |
		    grep -Fqx -- "$src" || printf '  %s\n' "$src"
	    done)
	if [ -z "$missing" ]; then ok; else
		fail "$CASE: sources not shown intact in the text report"
		printf '%s\n' "$missing" >&2
	fi
	# A clean mix says so.
	run check "$CK/exit-clean.json"
	expect_rc 0 "exit-clean.json (text)"
	expect_out '^Verdict: ok$' "exit-clean.json (text): verdict line"
	expect_no_out '^(BLOCK|CAUTION) ' "exit-clean.json (text): no heading"
}

# 6. Batch -----------------------------------------------------------------
batch() {
	CASE=batch.jsonl
	run check --batch "$CK/batch.jsonl"
	expect_rc 65 "$CASE (a bad line makes it 65)"
	n=$(wc -l <"$OUT")
	if [ "$n" -eq 6 ]; then ok; else fail "$CASE: $n report lines, wanted 6"; fi
	got=$(jq -r '"\(.line) \(.verdict)"' "$OUT" 2>/dev/null | tr '\n' ' ')
	want="1 ok 2 caution 3 error 4 block 5 error 6 ok "
	if [ "$got" = "$want" ]; then ok; else
		fail "$CASE: lines and verdicts '$got', wanted '$want'"
	fi
	jqt "line 5 names the field" -s \
	    '.[4].field == "components[0].product" and (.[4].error | test("lidocaine-3pct"))'
	jqt "line 4 has its findings" -s \
	    'any(.[3].findings[]; .severity == "block" and .kind == "incompatibility" and (.components | sort) == ["hyaluronic-acid", "hyaluronidase"])'
	expect_err 'batch\.jsonl:3: ' "$CASE: stderr names line 3"
	expect_err 'batch\.jsonl:5: components\[0\]\.product: .*lidocaine-3pct' \
	    "$CASE: stderr names line 5 and its field"
	if grep -Eq 'batch\.jsonl:[1246]:' "$ERR"; then
		fail "$CASE: stderr blames a good line"
	else ok; fi

	CASE=batch-valid.jsonl
	run check --batch "$CK/batch-valid.jsonl"
	expect_rc 1 "$CASE (the worst verdict)"
	got=$(jq -r '"\(.line) \(.verdict)"' "$OUT" 2>/dev/null | tr '\n' ' ')
	want="1 ok 2 caution 3 ok "
	if [ "$got" = "$want" ]; then ok; else
		fail "$CASE: lines and verdicts '$got', wanted '$want'"
	fi

	CASE=batch-missing
	run check --batch "$SANDBOX/no-such.jsonl"
	expect_rc 66 "$CASE"
}

# 7. Exit statuses -----------------------------------------------------------
exits() {
	check exit-clean.json 0 ok
	hasnt "*" "*" "*"
	jqt "no plan without area and technique" 'has("plan") | not'

	CASE=usage
	run check
	expect_rc 64 "check without a file"
	expect_err 'usage' "check without a file: usage on stderr"
	run check "$CK/exit-clean.json" --bogus
	expect_rc 64 "check with an unknown option"
	expect_err "bogus" "unknown option named"
	run check "$CK/exit-clean.json" --format xml
	expect_rc 64 "check --format xml"
	run check "$CK/exit-clean.json" "$CK/exit-clean.json"
	expect_rc 64 "check with two files"
	run check --batch
	expect_rc 64 "check --batch without a file"

	CASE=invalid
	run check "$CK/exit-unknown-product.json" --format json
	expect_rc 65 "unknown product code"
	expect_err 'exit-unknown-product\.json:6: components\[1\]\.product: .*lidocaine-3pct' \
	    "unknown product code: file, line and field"
	if [ -s "$OUT" ]; then fail "unknown product code: a report was printed"; else ok; fi
	run check "$CK/exit-unknown-key.json"
	expect_rc 65 "unknown key"
	expect_err 'exit-unknown-key\.json:4: patinet' "unknown key: file, line and key"
	run check "$CK/exit-unknown-allergy.json"
	expect_rc 65 "unknown allergy code"
	expect_err 'exit-unknown-allergy\.json:4: patient\.allergies\[0\].*peanutt' \
	    "unknown allergy code: file, line and field"
	run check "$CK/exit-bad-json.json"
	expect_rc 65 "invalid JSON"
	expect_err 'exit-bad-json\.json:[56]: ' "invalid JSON: file and line"

	CASE=missing
	run check "$SANDBOX/no-such.json"
	expect_rc 66 "missing file"
	expect_err 'no-such\.json' "missing file named"
	run check "$CK"
	expect_rc 66 "a directory"
}

# Invariants, over every report read by check() ------------------------------
invariants() {
	CASE=invariants
	for v in json schema verdict rc nodata codes; do
		list=$(awk -F '\t' -v v="$v" '$2 == v { printf " %s", $1 }' \
		    "$SANDBOX/broken" | tr ' ' '\n' | sort -u | tr '\n' ' ')
		if [ -z "$list" ]; then ok; else
			case $v in
			json) what="report is not JSON" ;;
			schema) what="report does not follow the JSON contract" ;;
			verdict) what="verdict is not the highest severity" ;;
			rc) what="exit status does not match the verdict" ;;
			nodata) what="no-data finding not info, or called compatible" ;;
			codes) what="finding components hold product codes, not ingredient codes" ;;
			esac
			fail "$what:$list"
		fi
	done
}

pairs
allergies
conditions
doses
text_report
batch
exits
invariants
finish

#!/bin/sh
# CLI tests for the issue "Foundation": --help and --version, where the
# database lives (db path), db init / migrate / backup, formulary list /
# show / search / export / import, and databases that are not what they
# should be (damaged, unreadable, newer, another program's).
#
# Run: MESOMIX=path/to/mesomix srcdir=path/to/source sh tests/cli-basic.sh
# Prints "N passed, N failed" last; exits non-zero when a case fails.
set -u
: "${srcdir:=.}"
. "$srcdir/tests/lib.sh"

BD="$DATA/basic"
umask 022

# --- helpers (lib.sh has run, expect_rc, expect_out, expect_err) --------

note() { printf 'NOTE: %s\n' "$*" >&2; }

# expect_true DESCRIPTION COMMAND...: the command succeeds
expect_true() {
	_d=$1
	shift
	if "$@"; then ok; else fail "$_d"; fi
}

# expect_stdout_is TEXT DESCRIPTION: stdout is exactly TEXT (one line)
expect_stdout_is() {
	_got=$(cat "$OUT")
	if [ "$_got" = "$1" ]; then ok; else
		fail "$2: stdout is '$_got', wanted '$1'"
	fi
}

# expect_err_empty DESCRIPTION
expect_err_empty() {
	if [ -s "$ERR" ]; then
		fail "$1: stderr is not empty"
		sed 's/^/  stderr: /' "$ERR" >&2
	else ok; fi
}

# expect_err_fixed STRING DESCRIPTION: stderr holds STRING (no regex)
expect_err_fixed() {
	if grep -Fq -- "$1" "$ERR"; then ok; else
		fail "$2: stderr lacks '$1'"
		sed 's/^/  stderr: /' "$ERR" >&2
	fi
}

# expect_jq FILTER DESCRIPTION: jq -e FILTER on stdout is true
expect_jq() {
	if jq -e "$1" "$OUT" >/dev/null 2>&1; then ok; else
		fail "$2: stdout fails jq '$1'"
		head -c 600 "$OUT" | sed 's/^/  stdout: /' >&2
	fi
}

# expect_same FILE1 FILE2 DESCRIPTION: byte-identical
expect_same() {
	if cmp -s "$1" "$2"; then ok; else
		fail "$3: $1 and $2 differ"
		diff "$1" "$2" 2>/dev/null | head -10 | sed 's/^/  diff: /' >&2
	fi
}

# run_paths XDG HOMEDIR ARGS...: mesomix with MESOMIX_DB unset, XDG_DATA_HOME
# set to XDG ("-" leaves it unset) and HOME set to HOMEDIR.
run_paths() {
	_x=$1
	_h=$2
	shift 2
	(
		unset MESOMIX_DB
		if [ "$_x" = - ]; then
			unset XDG_DATA_HOME
		else
			XDG_DATA_HOME=$_x
			export XDG_DATA_HOME
		fi
		HOME=$_h
		export HOME
		exec "$MESOMIX" "$@"
	) >"$OUT" 2>"$ERR"
	rc=$?
}

# err_line NAME: the line number mesomix gave in "NAME:LINE:" on stderr
err_line() {
	sed -n "s|^.*$1:\\([0-9][0-9]*\\):.*|\\1|p" "$ERR" | head -n 1
}

# mode PATH: the permission bits, as stat prints them (600, 700)
mode() { stat -c %a "$1" 2>/dev/null; }

# set_user_version DB N: PRAGMA user_version = N, with the sqlite3 shell or,
# without one, by writing the 4-byte big-endian header field at offset 60.
set_user_version() {
	if command -v sqlite3 >/dev/null 2>&1; then
		sqlite3 "$1" "PRAGMA user_version = $2;"
	else
		printf "\\000\\000\\000\\$(printf %03o "$2")" |
		    dd of="$1" bs=1 seek=60 conv=notrunc 2>/dev/null
	fi
}

IS_ROOT=0
[ "$(id -u)" -eq 0 ] && IS_ROOT=1

# === --help and --version (GNU style: stdout, exit 0) =====================

run --help
expect_rc 0 "--help exits 0"
expect_out '^[Uu]sage: mesomix' "--help starts with a usage line"
expect_out '--help' "--help lists --help"
expect_out '--version' "--help lists --version"
expect_out '--db' "--help lists --db"
expect_out 'formulary' "--help lists the formulary command"
expect_out 'db init' "--help lists db init"
expect_err_empty "--help writes nothing on stderr"

run -h
expect_rc 0 "-h exits 0"
expect_out '^[Uu]sage: mesomix' "-h prints the usage"

run --version
expect_rc 0 "--version exits 0"
expect_true "--version's first line is 'mesomix X.Y[.Z]'" \
    sh -c 'head -n 1 "$1" | grep -Eq "^mesomix [0-9]+\.[0-9]+(\.[0-9]+)?$"' \
    sh "$OUT"
expect_err_empty "--version writes nothing on stderr"

run -V
expect_rc 0 "-V exits 0"
expect_out '^mesomix [0-9]+\.[0-9]+' "-V prints the version"

# === db path: --db, MESOMIX_DB, XDG_DATA_HOME (absolute only), HOME =======

run --db "$SANDBOX/flag.db" db path
expect_rc 0 "db path with --db"
expect_stdout_is "$SANDBOX/flag.db" "--db wins over MESOMIX_DB"

run db path
expect_rc 0 "db path with MESOMIX_DB"
expect_stdout_is "$MESOMIX_DB" "MESOMIX_DB wins over XDG_DATA_HOME"

run_paths "$SANDBOX/xdg" "$SANDBOX/home" db path
expect_rc 0 "db path with XDG_DATA_HOME"
expect_stdout_is "$SANDBOX/xdg/mesomix/mesomix.db" \
    "XDG_DATA_HOME/mesomix/mesomix.db"

run_paths "relative/xdg" "$SANDBOX/home" db path
expect_rc 0 "db path with a relative XDG_DATA_HOME"
expect_stdout_is "$SANDBOX/home/.local/share/mesomix/mesomix.db" \
    "a relative XDG_DATA_HOME is ignored (HOME fallback)"

run_paths "" "$SANDBOX/home" db path
expect_stdout_is "$SANDBOX/home/.local/share/mesomix/mesomix.db" \
    "an empty XDG_DATA_HOME is ignored (HOME fallback)"

run_paths - "$SANDBOX/home" db path
expect_rc 0 "db path with only HOME"
expect_stdout_is "$SANDBOX/home/.local/share/mesomix/mesomix.db" \
    "HOME fallback: ~/.local/share/mesomix/mesomix.db"

# db path only names the file: it creates nothing
expect_true "db path creates no database" \
    test ! -e "$SANDBOX/home/.local/share/mesomix/mesomix.db"

# === db init: 0600 file in a 0700 directory, whatever the umask ==========

run_paths "$SANDBOX/xdg" "$SANDBOX/home" db init
expect_rc 0 "db init (XDG)"
expect_out 'created' "db init says it created the database"
expect_true "db init creates the database file" \
    test -f "$SANDBOX/xdg/mesomix/mesomix.db"
expect_true "database file is mode 600 (got $(mode "$SANDBOX/xdg/mesomix/mesomix.db"))" \
    test "$(mode "$SANDBOX/xdg/mesomix/mesomix.db")" = 600
expect_true "database directory is mode 700 (got $(mode "$SANDBOX/xdg/mesomix"))" \
    test "$(mode "$SANDBOX/xdg/mesomix")" = 700

run_paths "$SANDBOX/xdg" "$SANDBOX/home" db init
expect_rc 0 "second db init"
expect_out 'already' "second db init says the database is already there"
expect_no_out 'created' "second db init does not claim to create it"

# Under umask 000 the modes must still be 600 and 700.
H0="$SANDBOX/home-umask0"
mkdir -p "$H0"
(umask 000; run_paths - "$H0" db init; exit "$rc")
rc=$?
expect_rc 0 "db init under umask 000 (HOME fallback)"
expect_true "umask 000: database file is mode 600 (got $(mode "$H0/.local/share/mesomix/mesomix.db"))" \
    test "$(mode "$H0/.local/share/mesomix/mesomix.db")" = 600
expect_true "umask 000: database directory is mode 700 (got $(mode "$H0/.local/share/mesomix"))" \
    test "$(mode "$H0/.local/share/mesomix")" = 700

# The default database of this script (MESOMIX_DB), used from here on.
run db init
expect_rc 0 "db init (MESOMIX_DB)"
expect_true "database file is mode 600 (MESOMIX_DB)" \
    test "$(mode "$MESOMIX_DB")" = 600

# === db migrate ===========================================================

run db migrate
expect_rc 0 "db migrate on a current database"
expect_out 'schema version [0-9]+' "db migrate names the schema version"

run --db "$SANDBOX/nowhere.db" db migrate
expect_rc 66 "db migrate of a missing database"
expect_true "db migrate does not create a missing database" \
    test ! -e "$SANDBOX/nowhere.db"

# A database of schema version 1 with the seed formulary, as the first
# release made it, is brought to the current version by 'db migrate': same
# schema as a new database, its data kept, the age rules added.
if command -v sqlite3 >/dev/null 2>&1; then
	V1="$SANDBOX/v1.db"
	{
		cat "$srcdir/db/schema/0001-formulary.sql"
		for f in "$srcdir"/db/formulary/*.sql; do cat "$f"; done
		echo "PRAGMA application_id = 1296388943; PRAGMA user_version = 1;"
		echo "INSERT INTO patient (id, name) VALUES ('P-1', 'Kept');"
	} | sqlite3 "$V1"
	run --db "$V1" db migrate
	expect_rc 0 "db migrate of a version 1 database"
	expect_out 'schema version 3 \(2 steps applied\)' \
	    "db migrate applies every later step to a version 1 database"
	run --db "$SANDBOX/new2.db" db init
	sqlite3 "$V1" "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name" >"$SANDBOX/s1"
	sqlite3 "$SANDBOX/new2.db" "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name" >"$SANDBOX/s2"
	expect_true "a migrated database has the schema of a new one" \
	    cmp -s "$SANDBOX/s1" "$SANDBOX/s2"
	expect_true "the age rules come with the migration" \
	    test "$(sqlite3 "$V1" 'SELECT count(*) FROM age_rule')" = \
	    "$(sqlite3 "$SANDBOX/new2.db" 'SELECT count(*) FROM age_rule')"
	expect_true "migration keeps the clinic's data" \
	    test "$(sqlite3 "$V1" "SELECT name FROM patient WHERE id = 'P-1'")" = Kept
	expect_true "the migrated database passes its integrity checks" \
	    test "$(sqlite3 "$V1" 'PRAGMA integrity_check; PRAGMA foreign_key_check')" = ok
else
	echo "note: sqlite3 not found: the version 1 migration case is skipped"
fi

# === db backup ============================================================

BK="$SANDBOX/backup.db"
run db backup "$BK"
expect_rc 0 "db backup FILE"
expect_true "backup file exists" test -f "$BK"
expect_true "backup file is mode 600 (got $(mode "$BK"))" \
    test "$(mode "$BK")" = 600

run --db "$BK" formulary list
expect_rc 0 "formulary list on the backup"
expect_out '^hyaluronic-acid ' "the backup holds the formulary"

run formulary export
cp "$OUT" "$SANDBOX/export-main.json"
run --db "$BK" formulary export
expect_rc 0 "formulary export of the backup"
expect_same "$SANDBOX/export-main.json" "$OUT" \
    "the backup's formulary equals the original's"

cp "$BK" "$SANDBOX/backup-before.db"
run db backup "$BK"
expect_rc 73 "db backup onto an existing file is refused"
expect_err 'exists' "the refusal says the target exists"
expect_same "$SANDBOX/backup-before.db" "$BK" \
    "a refused backup leaves the existing file alone"

run db backup "$SANDBOX/no-such-dir/backup.db"
expect_rc 73 "db backup into a missing directory"

# === formulary list =======================================================

run formulary list
expect_rc 0 "formulary list"
expect_out '^hyaluronic-acid ' "formulary list has hyaluronic-acid"
expect_out '^lidocaine-1pct ' "formulary list has lidocaine-1pct"

run formulary list --group local-anaesthetic
expect_rc 0 "formulary list --group local-anaesthetic"
expect_out '^lidocaine ' "the group has lidocaine"
expect_out '^lidocaine-1pct ' "the group has lidocaine-1pct"
expect_no_out '^hyaluronic-acid ' "the group leaves out hyaluronic-acid"

run formulary list --group no-such-group
expect_rc 65 "formulary list with an unknown group"
expect_err 'no-such-group' "the message names the unknown group"

run formulary list --format json
expect_rc 0 "formulary list --format json"
expect_jq 'type == "array" and length > 0' "list JSON is a non-empty array"
expect_jq 'map(.code) | index("hyaluronic-acid") != null' \
    "list JSON has hyaluronic-acid"
expect_jq 'map(select(.code == "lidocaine-1pct"))[0].kind == "product"' \
    "list JSON: lidocaine-1pct is a product"
expect_jq 'all(.[]; has("code") and has("kind") and has("name"))' \
    "list JSON rows have code, kind and name"

run formulary list --group local-anaesthetic --format json
expect_jq 'length > 0 and all(.[]; .group == "local-anaesthetic")' \
    "list --group JSON: every row is in the group"

# === formulary show =======================================================

run formulary show lidocaine-epi-1pct
expect_rc 0 "formulary show lidocaine-epi-1pct"
expect_out 'lidocaine-epi-1pct' "show names the product"
expect_out 'ingredient +lidocaine$' "show lists lidocaine"
expect_out 'ingredient +epinephrine$' "show lists epinephrine"
expect_out 'ingredient +sodium-metabisulfite$' \
    "show lists the excipient sodium-metabisulfite"
n=$(grep -c '^ *source ' "$OUT")
expect_true "show prints a source for the product and each of its 3 ingredients (got $n)" \
    test "$n" -ge 4

run formulary show lidocaine-epi-1pct --format json
expect_rc 0 "formulary show lidocaine-epi-1pct --format json"
expect_jq '.kind == "product"' "show JSON: kind product"
expect_jq '[.contents[].ingredient] | sort == ["epinephrine", "lidocaine", "sodium-metabisulfite"]' \
    "show JSON: its contents are lidocaine, epinephrine, sodium-metabisulfite"
expect_jq '.contents[] | select(.ingredient == "sodium-metabisulfite") | .role == "excipient"' \
    "show JSON: sodium-metabisulfite is an excipient"
expect_jq 'all(.contents[]; (.source | type) == "string" and (.source | length) > 0)' \
    "show JSON: every content has its source"

run formulary show lidocaine --format json
expect_rc 0 "formulary show lidocaine --format json"
expect_jq '.kind == "ingredient"' "show lidocaine: an ingredient"
expect_jq '(.dose_limits | length) > 0' "show lidocaine: has dose limits"
expect_jq 'all(.dose_limits[]; (.source | type) == "string" and (.source | length) > 0)' \
    "show lidocaine: every dose limit has its source"
expect_jq 'any(.dose_limits[]; .max_per_kg != null or .max_session != null)' \
    "show lidocaine: a limit per kg or per session"

run formulary show nosuch
expect_rc 65 "formulary show of an unknown code"
expect_err "unknown code 'nosuch'" "show names the unknown code"

# === formulary search =====================================================

# search_has TEXT CODE...: formulary search TEXT finds every CODE
search_has() {
	_q=$1
	shift
	run formulary search "$_q" --format json
	expect_rc 0 "formulary search $_q"
	for _c in "$@"; do
		expect_jq "map(.code) | index(\"$_c\") != null" \
		    "search '$_q' finds $_c"
	done
}
search_has hyal hyaluronic-acid hyaluronidase
search_has B12 cyanocobalamin
search_has lido lidocaine lidocaine-1pct lidocaine-epi-1pct
search_has TXA tranexamic-acid

run formulary search lido
expect_rc 0 "formulary search lido (text)"
expect_out '^lidocaine ' "text search lists lidocaine"

# === formulary export / import: an exact round trip =======================

E1="$SANDBOX/export1.json"
E2="$SANDBOX/export2.json"
run formulary export
expect_rc 0 "formulary export"
cp "$OUT" "$E1"
expect_jq '.format == "mesomix-formulary/1" and (.tables | type) == "object"' \
    "export is a mesomix-formulary/1 JSON document"
expect_jq '.tables.ingredient | map(.code) | index("lidocaine") != null' \
    "export holds the ingredients"

DB2="$SANDBOX/second.db"
run --db "$DB2" formulary import "$E1"
expect_rc 0 "formulary import of the export into a second database"
run --db "$DB2" formulary export
expect_rc 0 "formulary export of the second database"
cp "$OUT" "$E2"
expect_same "$E1" "$E2" "export -> import -> export is byte-identical"

# bounds ROW_INDEX FILE: lines of .tables.ingredient[ROW_INDEX] in FILE
# (written by jq --indent 1: each row's "{" and "}" on lines of their own)
row_bounds() {
	_code=$(jq -r ".tables.ingredient[$1].code" "$2")
	awk -v code="\"code\": \"$_code\"" '
	    /^  "ingredient": \[/ { t = 1 }
	    t && !s && index($0, code) { s = NR - 1 }
	    s && NR > s && /^   },?$/ { print s, NR; exit }' "$2"
}

# import_refused FILE DESCRIPTION ROW: exit 65, FILE:LINE inside the row,
# and the database unchanged
import_refused() {
	run formulary import "$1"
	expect_rc 65 "$2: exit 65"
	if [ -n "$3" ]; then
		_b=$(row_bounds "$3" "$1")
		_l=$(err_line "$(basename "$1")")
		if [ -n "$_l" ] && [ "$_l" -ge "${_b% *}" ] &&
		    [ "$_l" -le "${_b#* }" ]; then ok; else
			fail "$2: line ${_l:-none} is not inside the row (lines $_b)"
		fi
	fi
	cp "$ERR" "$SANDBOX/import.err"
	run formulary export
	expect_same "$E1" "$OUT" "$2: database unchanged (nothing half-written)"
	cp "$SANDBOX/import.err" "$ERR"		# for the caller's checks
}

jq --indent 1 'del(.tables.ingredient[3].source)' "$E1" \
    >"$SANDBOX/no-source.json"
import_refused "$SANDBOX/no-source.json" "import of a row without its source" 3
expect_err_fixed "no-source.json:" "missing source: names the file"
expect_err 'nothing was imported' "missing source: says nothing was imported"
expect_err_fixed "tables.ingredient[3].source" \
    "missing source: names the field tables.ingredient[3].source"

jq --indent 1 '.tables.ingredient[3].source = " "' "$E1" \
    >"$SANDBOX/blank-source.json"
import_refused "$SANDBOX/blank-source.json" "import of a row with a blank source" 3
expect_err_fixed "tables.ingredient[3].source" \
    "blank source: names the field tables.ingredient[3].source"

jq --indent 1 '.tables.ingredient[3].ph_min = 20' "$E1" >"$SANDBOX/ph20.json"
import_refused "$SANDBOX/ph20.json" "import of ph_min 20" 3
expect_err_fixed "tables.ingredient[3]" "ph_min 20: names the row"
expect_err 'ph_min' "ph_min 20: names the field ph_min"

jq --indent 1 '.tables.product_ingredient[0].unit = "kg"' "$E1" \
    >"$SANDBOX/unit-kg.json"
import_refused "$SANDBOX/unit-kg.json" "import of an unknown unit" ""
expect_err_fixed "tables.product_ingredient[0]" "unit kg: names the row"
expect_err 'unit' "unit kg: names the field unit"

jq --indent 1 '.tables.syringe[0].capacity_ul = "1000"' "$E1" \
    >"$SANDBOX/capacity-string.json"
import_refused "$SANDBOX/capacity-string.json" "import of a string for a number" ""
expect_err_fixed "tables.syringe[0].capacity_ul" \
    "string for a number: names the field"

cp "$BD/formulary-bad-json.json" "$SANDBOX/bad-json.json"
import_refused "$SANDBOX/bad-json.json" "import of invalid JSON" ""
# The syntax error: the second row follows the first without a comma.
expect_err 'bad-json\.json:(6|7):' "invalid JSON: names the line of the error"

cp "$BD/formulary-wrong-format.json" "$SANDBOX/wrong-format.json"
import_refused "$SANDBOX/wrong-format.json" "import of another format" ""
expect_err 'wrong-format\.json:2: format' "another format: names format's line"

run formulary import "$SANDBOX/no-such-file.json"
expect_rc 66 "import of a missing file"
expect_err 'no-such-file\.json' "missing file: named"
run formulary export
expect_same "$E1" "$OUT" "missing file: database unchanged"

run formulary import
expect_rc 64 "formulary import without FILE"

run formulary export --format text
expect_rc 64 "formulary export --format text (JSON only)"

# === bad databases ========================================================

# bad_db PATH DESCRIPTION: formulary list fails 65 with a message naming the
# database, and the file is left as it was
bad_db() {
	cp "$1" "$SANDBOX/bad-db-before"
	run --db "$1" formulary list
	expect_rc 65 "$2: formulary list"
	expect_err_fixed "$1" "$2: the message names the database"
	expect_err 'not a mesomix database|damaged|corrupt|newer' \
	    "$2: the message says what is wrong"
	expect_same "$SANDBOX/bad-db-before" "$1" "$2: the file is left alone"
}

cp "$BD/not-a-database.txt" "$SANDBOX/text.db"
bad_db "$SANDBOX/text.db" "a text file as database"

# Binary garbage, the same every run.
awk 'BEGIN { for (i = 0; i < 4096; i++) printf "%c", (i * 37 + 11) % 251 + 1 }' \
    >"$SANDBOX/garbage.db"
bad_db "$SANDBOX/garbage.db" "random bytes as database"

# A real database cut short: the header is fine, the pages are not.
head -c 8192 "$MESOMIX_DB" >"$SANDBOX/truncated.db"
bad_db "$SANDBOX/truncated.db" "a truncated database"

run --db "$SANDBOX/text.db" db init
expect_rc 65 "db init on a text file is refused"
expect_same "$BD/not-a-database.txt" "$SANDBOX/text.db" \
    "db init leaves a text file alone"

# A newer schema: refused, naming the version.
cp "$MESOMIX_DB" "$SANDBOX/v99.db"
set_user_version "$SANDBOX/v99.db" 99
bad_db "$SANDBOX/v99.db" "a database with user_version 99"
expect_err '99' "user_version 99: the message names version 99"

# Another program's SQLite database.
if command -v sqlite3 >/dev/null 2>&1; then
	sqlite3 "$SANDBOX/other.db" \
	    "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
	     INSERT INTO notes (body) VALUES ('not mesomix');"
else
	# Without the sqlite3 shell: a mesomix database with application_id 0.
	cp "$MESOMIX_DB" "$SANDBOX/other.db"
	printf '\000\000\000\000' |
	    dd of="$SANDBOX/other.db" bs=1 seek=68 conv=notrunc 2>/dev/null
	note "no sqlite3 shell: 'another program's database' is a mesomix database with application_id 0"
fi
bad_db "$SANDBOX/other.db" "another application's SQLite database"

# Cannot create: a path under a regular file (holds for root too).
: >"$SANDBOX/afile"
(MESOMIX_DB="$SANDBOX/afile/sub/mesomix.db"; export MESOMIX_DB
    exec "$MESOMIX" formulary list) >"$OUT" 2>"$ERR"
rc=$?
expect_rc 73 "database under a regular file: cannot create"
expect_err_fixed "$SANDBOX/afile/sub/mesomix.db" "cannot create: names the path"

if [ "$IS_ROOT" -eq 1 ]; then
	note "running as root: chmod 000 and chmod 555 do not stop root;" \
	    "the unreadable-database and read-only-directory cases are" \
	    "skipped (counted as passed)"
	ok
	ok
else
	# An unreadable database.
	cp "$MESOMIX_DB" "$SANDBOX/unreadable.db"
	chmod 000 "$SANDBOX/unreadable.db"
	run --db "$SANDBOX/unreadable.db" formulary list
	expect_rc 66 "an unreadable database (chmod 000)"
	chmod 600 "$SANDBOX/unreadable.db"

	# A read-only directory where the database must be created.
	mkdir "$SANDBOX/ro"
	chmod 555 "$SANDBOX/ro"
	run --db "$SANDBOX/ro/sub/mesomix.db" db init
	expect_rc 73 "a read-only directory (chmod 555): cannot create"
	chmod 755 "$SANDBOX/ro"
fi

# === usage errors =========================================================

run frobnicate
expect_rc 64 "unknown command"
expect_err 'frobnicate' "unknown command: named"

run --frobnicate
expect_rc 64 "unknown global option"
expect_err 'frobnicate' "unknown option: named"

run formulary list --frobnicate
expect_rc 64 "unknown option of a subcommand"

run db
expect_rc 64 "db without a subcommand"

run formulary
expect_rc 64 "formulary without a subcommand"

run </dev/null
expect_rc 64 "no command and stdin not a terminal"
expect_err 'check' "no command: the message points to the subcommands"
expect_err 'terminal' "no command: the message says a terminal is needed"

finish

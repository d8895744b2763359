# Shared by the CLI test scripts: a sandbox, assertions, a summary line.
# Every script prints "N passed, N failed" last and exits non-zero on failure.

: "${MESOMIX:?MESOMIX must name the built binary}"
: "${srcdir:=.}"
DATA="$srcdir/tests/data"
[ -d "$DATA" ] || DATA="$srcdir/data"

SANDBOX=$(mktemp -d "${TMPDIR:-/tmp}/mesomix-test.XXXXXX")
trap 'chmod -R u+w "$SANDBOX" 2>/dev/null; rm -rf "$SANDBOX"' EXIT
export HOME="$SANDBOX/home"
export XDG_DATA_HOME="$SANDBOX/data"
export MESOMIX_DB="$SANDBOX/mesomix.db"
export LC_ALL=C.UTF-8
unset XDG_CONFIG_HOME NO_COLOR
mkdir -p "$HOME"

PASS=0
FAIL=0
OUT="$SANDBOX/out"
ERR="$SANDBOX/err"

ok() { PASS=$((PASS + 1)); }
fail() { FAIL=$((FAIL + 1)); printf 'FAIL: %s\n' "$*" >&2; }

# run CMD...: runs mesomix, keeps stdout/stderr, sets $rc
run() {
	"$MESOMIX" "$@" >"$OUT" 2>"$ERR"
	rc=$?
}

# expect_rc WANT DESCRIPTION
expect_rc() {
	if [ "$rc" -eq "$1" ]; then ok; else
		fail "$2: exit $rc, wanted $1"; sed 's/^/  stderr: /' "$ERR" >&2
	fi
}

# expect_out PATTERN DESCRIPTION (grep -E on stdout)
expect_out() {
	if grep -Eq -- "$1" "$OUT"; then ok; else
		fail "$2: stdout lacks /$1/"; sed 's/^/  stdout: /' "$OUT" | head -20 >&2
	fi
}
expect_no_out() {
	if grep -Eq -- "$1" "$OUT"; then
		fail "$2: stdout has /$1/"
	else ok; fi
}
# expect_err PATTERN DESCRIPTION (grep -E on stderr)
expect_err() {
	if grep -Eq -- "$1" "$ERR"; then ok; else
		fail "$2: stderr lacks /$1/"; sed 's/^/  stderr: /' "$ERR" >&2
	fi
}

# jq-free JSON probes: json_has KEY VALUE ... via python3 if present, else grep
finish() {
	printf '%d passed, %d failed\n' "$PASS" "$FAIL"
	[ "$FAIL" -eq 0 ]
	exit $?
}

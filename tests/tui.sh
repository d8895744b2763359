#!/bin/sh
# The chairside composer, driven as a user drives it: the real binary in a
# detached tmux server (send-keys, capture-pane, resize-window), with a
# sandboxed HOME and database.  Every wait polls the screen with a
# timeout; no fixed sleep is the only synchronisation.
#
# Environment: MESOMIX (the binary), srcdir.  Exit 77 (skip) without tmux.
# Prints "N passed, N failed" last.

: "${MESOMIX:?MESOMIX must name the built binary}"

if ! command -v tmux >/dev/null 2>&1; then
	echo "tmux not found: TUI tests skipped"
	exit 77
fi

SANDBOX=$(mktemp -d "${TMPDIR:-/tmp}/mesomix-tui.XXXXXX")
RUN=0
# Each server's socket lives in the sandbox, so nothing outlives the test.
SOCK="$SANDBOX/tmux-$RUN"
DB="$SANDBOX/db.sqlite"
SCREEN="$SANDBOX/screen"
PASS=0
FAIL=0
# Seconds a wait polls before it fails (sanitizer builds are slower).
WAIT="${TUI_WAIT:-15}"

cleanup() {
	tmux -S "$SOCK" kill-server >/dev/null 2>&1
	tmux -S "$SANDBOX/tmux-b" kill-server >/dev/null 2>&1
	rm -rf "$SANDBOX"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

mkdir -p "$SANDBOX/home"

ok() { PASS=$((PASS + 1)); }
fail() {
	FAIL=$((FAIL + 1))
	printf 'FAIL: %s\n' "$*" >&2
	sed 's/^/  | /' "$SCREEN" >&2
}

# start [ENV=VALUE ...]: the composer in a fresh 80x24 tmux server (a
# new socket each time: a killed server may still be going away).
# kill-server hangs the pane up: SIGHUP, as a dropped connection does.
start() {
	tmux -S "$SOCK" kill-server >/dev/null 2>&1
	RUN=$((RUN + 1))
	SOCK="$SANDBOX/tmux-$RUN"
	tmux -S "$SOCK" -f /dev/null new-session -d -x 80 -y 24 \
	    "env -u NO_COLOR HOME=$SANDBOX/home TERM=xterm-256color \
	    LC_ALL=C.UTF-8 MESOMIX_DB=$DB \
	    ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}log_path=$SANDBOX/asan \
	    UBSAN_OPTIONS=${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}log_path=$SANDBOX/ubsan \
	    $* $MESOMIX; \
	    echo mesomix exited \$?; sleep 600"
}

keys() { tmux -S "$SOCK" send-keys "$@"; }
text() { tmux -S "$SOCK" send-keys -l "$1"; }
capture() { tmux -S "$SOCK" capture-pane -p "$@" >"$SCREEN" 2>/dev/null; }

# seen TEXT: is TEXT (fixed string) on the screen now?
seen() { capture && grep -Fq -- "$1" "$SCREEN"; }

# wait_for TEXT DESCRIPTION: poll until TEXT shows.
wait_for() {
	i=0
	while [ "$i" -lt $((WAIT * 10)) ]; do
		if seen "$1"; then
			ok
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	fail "$2: never showed '$1'"
	return 1
}

# wait_gone TEXT DESCRIPTION: poll until TEXT is no longer shown.
wait_gone() {
	i=0
	while [ "$i" -lt $((WAIT * 10)) ]; do
		if ! seen "$1"; then
			ok
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	fail "$2: '$1' stayed"
	return 1
}

# absent TEXT DESCRIPTION: TEXT is not on the screen (once the screen is settled).
absent() {
	if seen "$1"; then fail "$2: '$1' is shown"; else ok; fi
}

# 1. First start: the composer, empty, no draft to offer.
start
wait_for "Findings:" "the composer starts"
absent "Restore the draft" "a fresh database offers no draft"
wait_for "? help" "the key hints show on the status line"

# 2. Help: every key, from the command table; ESC closes it.
keys '?'
wait_for "Help: every key" "? opens the help"
wait_for "patient-find" "the help names the commands"
keys Escape
wait_gone "Help: every key" "ESC closes the help"

# 3. ESC closes a popup without delay.
keys a
wait_for "Add a component" "a opens the search"
keys Escape
wait_gone "Add a component" "ESC closes the search"

# 4. Compose from an indication: its template fills the composer.
keys i
wait_for "Indication:" "i opens the indication picker"
wait_for "facial-hydration" "the indications are listed"
text f
keys Enter
wait_for "[facial-hydration]" "the indication is picked"
wait_for "ha-nx-10" "the template's component is in the composer"
wait_for "points" "the plan is computed from the template's area and technique"

# 5. Add a component by search; a blocking finding appears.
keys a
wait_for "Add a component" "a opens the search"
text "bovine-150"
wait_for "hyaluronidase-bovine-150" "the search finds as one types"
keys Enter
wait_for "Amount of hyaluronidase-bovine-150" "the amount is asked"
keys Enter
wait_for " 2 hyaluronidase-bovine-150" "the component is added"
wait_for "X BLOCK   incompatibility" "a blocking incompatibility appears, with its word and glyph"
wait_for "Findings: 1 block" "the findings pane counts it"

# 6. Enter on the finding shows its message and source.
keys Tab Enter
wait_for "Source:" "Enter on a finding shows its source"
keys Escape
wait_gone "Source:" "ESC closes the finding"
keys Tab

# 7. The blocking finding clears when the component is removed.
keys d
wait_for "Findings: 0 block" "the block clears on removal"
absent " 2 hyaluronidase-bovine-150" "the component is gone"

# 8. A patient allergy (soy) reaches a soy-derived product.
keys p
wait_for "Allergies" "p opens the patient form"
keys Down Down Down Down Down Enter
wait_for "Filter:" "allergies are offered as choices"
text soy
keys Enter Escape
wait_for "soy" "the allergy is marked"
keys w
wait_for "allergies: soy" "the patient line shows the allergy"
keys a
wait_for "Add a component" "a opens the search"
text "pc-dc-50"
wait_for "pc-dc-50" "the search finds pc-dc-50"
keys Enter
wait_for "Amount of pc-dc-50" "the amount is asked"
keys Enter
wait_for "BLOCK   allergy" "the soy allergy blocks pc-dc-50"
keys d
wait_gone "BLOCK   allergy" "the allergy finding clears on removal"

# 9. Resize down to too small, and back.
tmux -S "$SOCK" resize-window -x 40 -y 10
wait_for "terminal too small" "a too-small terminal says so"
tmux -S "$SOCK" resize-window -x 80 -y 24
wait_for "Findings:" "the composer comes back after the resize"
wait_for "ha-nx-10" "nothing is lost across the resize"

# 10. Kill the terminal (SIGHUP): the draft is offered on restart.
tmux -S "$SOCK" kill-server >/dev/null 2>&1
start
wait_for "Restore the draft" "the draft is offered back after a hang-up"
keys y
wait_for "draft restored" "the draft is restored"
wait_for "ha-nx-10" "the restored draft holds the component"
wait_for "allergies: soy" "the restored draft holds the patient"

# 11. Save as a formulation; quitting then asks nothing.
keys w
wait_for "Save as" "w asks for a name"
keys C-u
text "Hydration test"
keys Enter
wait_for "saved as Hydration test" "the formulation is saved"
keys q
wait_for "mesomix exited 0" "a saved composition quits without asking"

# 12. Open it again; the patient and plan travel with it.
start
wait_for "Findings:" "the composer starts again"
absent "Restore the draft" "no draft after a clean quit"
keys o
wait_for "Hydration test" "the saved formulation is listed"
keys Enter
wait_for "opened Hydration test" "the formulation opens"
wait_for "allergies: soy" "the patient travels with the formulation"
wait_for "technique papule" "the plan travels with the formulation"

# 13. Quitting with unsaved changes asks; n discards the draft.
keys d
wait_for "*unsaved" "a change marks the composition unsaved"
keys q
wait_for "Save the changes before quitting?" "quitting with changes asks"
keys n
wait_for "mesomix exited 0" "n discards and quits"
start
wait_for "Findings:" "the composer starts again"
absent "Restore the draft" "a deliberate discard leaves no draft"

# 14. Colours by role, and none at all under NO_COLOR.
keys i
text f
keys Enter
wait_for "[facial-hydration]" "the template is back"
keys a
text "bovine-150"
wait_for "hyaluronidase-bovine-150" "the search finds it"
keys Enter Enter
wait_for "X BLOCK" "the block shows"
capture -e
if grep -q '\[[0-9;]*4[0-7]m\|\[[0-9;]*3[0-7]m\|;[34]8;5;' "$SCREEN"; then
	ok
else
	fail "the block is shown in colour"
fi
keys q
wait_for "Save the changes before quitting?" "quitting with changes asks"
keys Escape
wait_gone "Save the changes before quitting?" "ESC keeps editing"
keys q n
wait_for "mesomix exited 0" "quit"
start NO_COLOR=1
wait_for "Findings:" "the composer starts under NO_COLOR"
keys i
text f
keys Enter
keys a
text "bovine-150"
wait_for "hyaluronidase-bovine-150" "the search finds it"
keys Enter Enter
wait_for "X BLOCK" "the block shows under NO_COLOR, by word and glyph"
capture -e
if grep -q '\[[0-9;]*4[0-7]m\|\[[0-9;]*3[0-7]m\|;[34]8;5;' "$SCREEN"; then
	fail "NO_COLOR: colours are used"
else
	ok
fi
keys q n
wait_for "mesomix exited 0" "quit"

# 15. Two terminals on one database at once: both save, each sees the other's.
start USER=alice
wait_for "Findings:" "terminal A starts"
SOCK_A=$SOCK
SOCK_B="$SANDBOX/tmux-b"
tmux -S "$SOCK_B" -f /dev/null new-session -d -x 80 -y 24 \
    "env -u NO_COLOR HOME=$SANDBOX/home TERM=xterm-256color LC_ALL=C.UTF-8 \
    MESOMIX_DB=$DB USER=bob \
    ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}log_path=$SANDBOX/asan \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}log_path=$SANDBOX/ubsan \
    $MESOMIX; echo mesomix exited \$?; sleep 600"
SOCK=$SOCK_B
wait_for "Findings:" "terminal B starts on the same database"
for who in A B; do
	if [ "$who" = A ]; then SOCK=$SOCK_A; else SOCK=$SOCK_B; fi
	keys i
	text f
	keys Enter
	wait_for "[facial-hydration]" "terminal $who composes"
	keys w
	wait_for "Save as" "terminal $who asks for a name"
	keys C-u
	text "Shared $who"
	keys Enter
	wait_for "saved as Shared $who" "terminal $who saves while the other is open"
done
SOCK=$SOCK_A
keys o
wait_for "Shared B" "terminal A sees what terminal B saved"
keys Escape
SOCK=$SOCK_B
keys o
wait_for "Shared A" "terminal B sees what terminal A saved"
keys Escape
keys q
wait_for "mesomix exited 0" "terminal B quits"
tmux -S "$SOCK_B" kill-server >/dev/null 2>&1
SOCK=$SOCK_A
keys q
wait_for "mesomix exited 0" "terminal A quits"

# 16. Under a sanitizer build, no run reported anything.
if ls "$SANDBOX"/asan.* "$SANDBOX"/ubsan.* >/dev/null 2>&1; then
	cat "$SANDBOX"/asan.* "$SANDBOX"/ubsan.* >"$SCREEN" 2>/dev/null
	fail "a sanitizer reported errors"
else
	ok
fi

printf '%d passed, %d failed\n' "$PASS" "$FAIL"
[ "$FAIL" -eq 0 ]

#!/bin/sh
# Build the fuzz targets outside the tree.  Usage:
#   sh tests/fuzz/build.sh [OUTDIR]        (default /tmp/fuzz/bin)
# Needs a configured and built tree (config.h, src/store/sql_*.c), clang
# with libFuzzer for the fuzz_* binaries; the *_replay binaries (gcc or
# clang, -DFUZZ_STANDALONE) replay files without libFuzzer.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
out=${1:-/tmp/fuzz/bin}
mkdir -p "$out"
CC=${CC:-clang}
RCC=${RCC:-$CC}
CPPFLAGS="-I$top -I$top/src -I$here -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE"
CFLAGS="-std=c11 -g -O1 -fno-omit-frame-pointer"
SAN="-fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all"
LIBS="-lsqlite3 -ljansson -lm"
SRCS=$(ls "$top"/src/core/*.c "$top"/src/store/*.c "$top"/src/io/*.c)
for s in src/store/sql_schema.c src/store/sql_seed.c; do
	[ -f "$top/$s" ] || { echo "missing $s: run make first" >&2; exit 1; }
done
for t in cocktail check import; do
	if [ "${NOFUZZER:-0}" != 1 ]; then
		$CC $CPPFLAGS $CFLAGS $SAN -fsanitize=fuzzer \
		    -o "$out/fuzz_$t" "$here/fuzz_$t.c" $SRCS $LIBS
	fi
	$RCC $CPPFLAGS $CFLAGS $SAN -DFUZZ_STANDALONE \
	    -o "$out/fuzz_${t}_replay" "$here/fuzz_$t.c" $SRCS $LIBS
done
echo "built in $out"

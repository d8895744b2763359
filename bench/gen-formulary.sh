#!/bin/sh
# Print SQL that adds N synthetic products (default 50000) to a mesomix
# database, for the benchmark only: each is an existing ingredient at a
# made-up strength, named "bench-NNNNN", source "benchmark (synthetic)".
# Never load this into a clinic's database.
n=${1:-50000}
awk -v n="$n" 'BEGIN {
	split("hyaluronic-acid lidocaine cyanocobalamin thiamine pyridoxine ascorbic-acid biotin tranexamic-acid caffeine l-carnitine zinc deoxycholic-acid", ing, " ");
	print "BEGIN;";
	for (i = 1; i <= n; i++) {
		k = (i % 12) + 1;
		printf "INSERT INTO product (code, name, form, synonyms, source) VALUES (\x27bench-%05d\x27, \x27Bench product %d of %s\x27, \x27solution\x27, \x27synthetic bench%d\x27, \x27benchmark (synthetic)\x27);\n", i, i, ing[k], i;
		printf "INSERT INTO product_ingredient (product, ingredient, role, strength, unit, source) VALUES (\x27bench-%05d\x27, \x27%s\x27, \x27active\x27, %d, \x27ug\x27, \x27benchmark (synthetic)\x27);\n", i, ing[k], 1000 + i;
	}
	print "COMMIT;";
}'

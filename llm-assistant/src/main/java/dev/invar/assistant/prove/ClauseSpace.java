package dev.invar.assistant.prove;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clauses of a grammar that hold on every reachable state, found without enumerating the clauses that do
 * not. Literal {@code 2a} is predicate {@code a}, literal {@code 2a + 1} its negation. A group of rows of truth
 * values falsifies a clause exactly when the clause's literals are all among the literals every row makes
 * false: the group's <em>false literals</em>. So each literal gets the set of reachable groups in which it is
 * false, and a clause holds on the model exactly when the sets of its literals have no group in common: one
 * intersection of bit sets per clause, for every clause of up to three literals, with no cap on which
 * predicates take part. Only minimal clauses are kept: one that contains a valid clause is weaker and rules
 * out nothing more.
 */
final class ClauseSpace {
    private final int predicates;
    private final int maxLiterals;
    /** For each literal, the reachable groups (by index) in which it is false. */
    private final BitSet[] falseIn;
    private final int groups;

    /**
     * @param predicates how many predicates the grammar has (the width of a row)
     * @param reachable the distinct groups of rows of truth values of the model's reachable states
     */
    ClauseSpace(int predicates, int maxLiterals, Set<Set<BitSet>> reachable) {
        this.predicates = predicates;
        this.maxLiterals = maxLiterals;
        this.falseIn = new BitSet[2 * predicates];
        for (int l = 0; l < falseIn.length; l++) {
            falseIn[l] = new BitSet();
        }
        Map<BitSet, Integer> distinct = new HashMap<>();
        for (Set<BitSet> group : reachable) {
            BitSet literals = falseLiterals(group);
            if (distinct.putIfAbsent(literals, distinct.size()) == null) {
                int g = distinct.get(literals);
                literals.stream().forEach(l -> falseIn[l].set(g));
            }
        }
        this.groups = distinct.size();
    }

    /** The literals every row of the group makes false. */
    BitSet falseLiterals(Set<BitSet> group) {
        BitSet literals = new BitSet(2 * predicates);
        literals.set(0, 2 * predicates);
        for (BitSet row : group) {
            for (int a = 0; a < predicates; a++) {
                literals.clear(row.get(a) ? 2 * a : 2 * a + 1);
            }
        }
        return literals;
    }

    /**
     * The minimal clauses of one to {@code maxLiterals} literals that no reachable group falsifies, shortest
     * first, at most {@code limit}.
     */
    List<PredicateGrammar.Clause> valid(int limit) {
        List<PredicateGrammar.Clause> out = new ArrayList<>();
        // A literal false in every reachable group adds nothing to a clause; one false in none is a lemma alone.
        List<Integer> useful = new ArrayList<>();
        for (int l = 0; l < falseIn.length; l++) {
            if (falseIn[l].isEmpty()) {
                out.add(clause(l));
            } else if (falseIn[l].cardinality() < groups) {
                useful.add(l);
            }
        }
        if (maxLiterals >= 2) {
            List<int[]> open = new ArrayList<>();
            List<BitSet> openFalse = new ArrayList<>();
            for (int i = 0; i < useful.size() && out.size() < limit; i++) {
                for (int j = i + 1; j < useful.size() && out.size() < limit; j++) {
                    int a = useful.get(i);
                    int b = useful.get(j);
                    if (a / 2 == b / 2) {
                        continue;
                    }
                    if (!falseIn[a].intersects(falseIn[b])) {
                        out.add(clause(a, b));
                    } else if (maxLiterals >= 3) {
                        BitSet both = (BitSet) falseIn[a].clone();
                        both.and(falseIn[b]);
                        open.add(new int[] {i, j});
                        openFalse.add(both);
                    }
                }
            }
            for (int p = 0; p < open.size() && out.size() < limit; p++) {
                int[] pair = open.get(p);
                int a = useful.get(pair[0]);
                int b = useful.get(pair[1]);
                for (int k = pair[1] + 1; k < useful.size() && out.size() < limit; k++) {
                    int c = useful.get(k);
                    if (c / 2 == a / 2 || c / 2 == b / 2 || openFalse.get(p).intersects(falseIn[c])
                            || !falseIn[a].intersects(falseIn[c]) || !falseIn[b].intersects(falseIn[c])) {
                        continue;
                    }
                    out.add(clause(a, b, c));
                }
            }
        }
        return out;
    }

    /** The false literals of each group of a state, the groups as TLC printed them (see {@link #groups}). */
    List<BitSet> stateFalseLiterals(Set<dev.invar.tlc.TlaValue> printedGroups) {
        return groups(printedGroups).stream().map(this::falseLiterals).toList();
    }

    /**
     * Which of the counterexamples each clause rules out, by index, for the clauses that rule out any, in the
     * clauses' order. Each literal gets the groups of all counterexamples in which it is false, and a clause rules
     * a counterexample out when the sets of its literals share a group of it: one intersection of bit sets per
     * clause, instead of one test per clause, counterexample and group.
     */
    static Map<PredicateGrammar.Clause, BitSet> ruledOut(List<PredicateGrammar.Clause> clauses, List<List<BitSet>> ctis) {
        List<Integer> owner = new ArrayList<>();
        Map<Integer, BitSet> falseAt = new HashMap<>();
        for (int c = 0; c < ctis.size(); c++) {
            for (BitSet group : ctis.get(c)) {
                int g = owner.size();
                owner.add(c);
                group.stream().forEach(l -> falseAt.computeIfAbsent(l, k -> new BitSet()).set(g));
            }
        }
        Map<PredicateGrammar.Clause, BitSet> out = new LinkedHashMap<>();
        BitSet none = new BitSet();
        for (PredicateGrammar.Clause clause : clauses) {
            BitSet shared = null;
            for (int i = 0; i < clause.atoms().length && (shared == null || !shared.isEmpty()); i++) {
                BitSet groups = falseAt.getOrDefault(2 * clause.atoms()[i] + (clause.negated(i) ? 1 : 0), none);
                if (shared == null) {
                    shared = (BitSet) groups.clone();
                } else {
                    shared.and(groups);
                }
            }
            if (shared != null && !shared.isEmpty()) {
                BitSet ruled = new BitSet(ctis.size());
                shared.stream().forEach(g -> ruled.set(owner.get(g)));
                out.put(clause, ruled);
            }
        }
        return out;
    }

    /**
     * Groups of rows of truth values, printed by TLC as sets of tuples of integers (each holding
     * {@value PredicateGrammar#BITS_PER_INT} truth values, see {@link PredicateGrammar#features()}), as sets of bit sets.
     */
    static Set<Set<BitSet>> groups(Set<dev.invar.tlc.TlaValue> values) {
        Set<Set<BitSet>> groups = new HashSet<>();
        for (dev.invar.tlc.TlaValue v : values) {
            if (v instanceof dev.invar.tlc.TlaValue.SetValue group) {
                Set<BitSet> rows = new HashSet<>();
                for (dev.invar.tlc.TlaValue r : group.elements()) {
                    if (r instanceof dev.invar.tlc.TlaValue.Sequence tuple) {
                        BitSet row = new BitSet();
                        for (int k = 0; k < tuple.elements().size(); k++) {
                            if (tuple.elements().get(k) instanceof dev.invar.tlc.TlaValue.Int bits) {
                                long b = bits.value().longValue();
                                for (int i = 0; i < PredicateGrammar.BITS_PER_INT; i++) {
                                    row.set(k * PredicateGrammar.BITS_PER_INT + i, (b >> i & 1) == 1);
                                }
                            }
                        }
                        rows.add(row);
                    }
                }
                groups.add(rows);
            }
        }
        return groups;
    }

    private static PredicateGrammar.Clause clause(int... literals) {
        int[] atoms = new int[literals.length];
        int negations = 0;
        for (int i = 0; i < literals.length; i++) {
            atoms[i] = literals[i] / 2;
            negations |= (literals[i] % 2) << i;
        }
        return new PredicateGrammar.Clause(atoms, negations);
    }
}

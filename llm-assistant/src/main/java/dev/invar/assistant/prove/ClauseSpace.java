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
 * intersection of bit sets per clause, for every clause of up to {@code maxLiterals} literals, with no cap on
 * which predicates take part. Only minimal clauses are kept: one that contains a valid clause is weaker and rules
 * out nothing more.
 */
final class ClauseSpace {
    /**
     * At most this many tuples of one size are grown further: the tuples of three literals some reachable group
     * falsifies number in the millions for a grammar of a few hundred predicates, each with its bit set.
     */
    private static final int MAX_OPEN = 500_000;
    /** At most this many counterexamples are grown toward, one after another (see {@link #valid(int, List)}). */
    private static final int MAX_TARGETED = 12;
    /**
     * The open tuples of one size hold at most this many bytes of bit sets, a quarter of the heap: with tens of
     * thousands of distinct reachable groups (a sliding window's 576 bindings of its variables in 1,296 states),
     * each bit set takes kilobytes, and half a million of them do not fit.
     */
    private static final long OPEN_BYTES = Runtime.getRuntime().maxMemory() / 4;
    private final int predicates;
    private final int maxLiterals;
    /** For each literal, the reachable groups (by index) in which it is false. */
    private final BitSet[] falseIn;
    private final int groups;
    private final long openBytes;

    /**
     * @param predicates how many predicates the grammar has (the width of a row)
     * @param reachable the distinct groups of rows of truth values of the model's reachable states
     */
    ClauseSpace(int predicates, int maxLiterals, Set<Set<BitSet>> reachable) {
        this(predicates, maxLiterals, reachable, OPEN_BYTES);
    }

    /** As above, the open tuples of one size holding at most {@code openBytes} bytes. */
    ClauseSpace(int predicates, int maxLiterals, Set<Set<BitSet>> reachable, long openBytes) {
        this.openBytes = openBytes;
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
     * first, at most {@code limit}. Clauses of k literals grow from the tuples of k - 1 literals that some group
     * falsifies (the open ones), one literal at a time, in order: a clause is valid when its literals' sets have no
     * group in common, and minimal when every k - 1 of them do.
     */
    List<PredicateGrammar.Clause> valid(int limit) {
        return grown(limit, List.of(), false);
    }

    /**
     * As {@link #valid(int)}, grown toward the counterexamples {@code toRuleOut}. When more tuples are open than fit,
     * the ones kept are first those of the literals false in the most groups of the counterexamples; then, for each
     * of the first {@value #MAX_TARGETED} counterexamples in turn, the clauses that rule it out (all their literals
     * false in every row of one of its groups) are grown on their own: a tuple stays open only while some group of
     * that counterexample falsifies it too, so the cap bites on far fewer tuples. The clauses come by size, then by
     * their literals.
     */
    List<PredicateGrammar.Clause> valid(int limit, List<List<BitSet>> toRuleOut) {
        java.util.SortedSet<PredicateGrammar.Clause> all = new java.util.TreeSet<>(BY_SIZE_THEN_LITERALS);
        all.addAll(grown(limit, toRuleOut, false));
        toRuleOut.stream().limit(MAX_TARGETED).forEach(cti -> all.addAll(grown(limit, List.of(cti), true)));
        return List.copyOf(all);
    }

    /**
     * The minimal valid clauses, the literals false in the most groups of {@code toRuleOut} grown first; with
     * {@code toward}, only those that rule one of them out.
     */
    private List<PredicateGrammar.Clause> grown(int limit, List<List<BitSet>> toRuleOut, boolean toward) {
        // For each literal, the groups of the counterexamples (numbered across them) in which it is false.
        BitSet[] falseInCtis = new BitSet[falseIn.length];
        for (int l = 0; l < falseIn.length; l++) {
            falseInCtis[l] = new BitSet();
        }
        int ctiGroup = 0;
        for (List<BitSet> cti : toRuleOut) {
            for (BitSet group : cti) {
                int g = ctiGroup++;
                group.stream().forEach(l -> falseInCtis[l].set(g));
            }
        }
        List<PredicateGrammar.Clause> out = new ArrayList<>();
        // A literal false in every reachable group adds nothing to a clause; one false in none is a lemma alone.
        List<Integer> useful = new ArrayList<>();
        for (int l = 0; l < falseIn.length; l++) {
            if (toward && falseInCtis[l].isEmpty()) {
                continue;
            }
            if (falseIn[l].isEmpty()) {
                out.add(clause(l));
            } else if (falseIn[l].cardinality() < groups) {
                useful.add(l);
            }
        }
        if (!toRuleOut.isEmpty()) {
            useful.sort(java.util.Comparator.comparingInt((Integer l) -> -falseInCtis[l].cardinality()).thenComparingInt(l -> l));
        }
        // Open tuples, as indices into useful in increasing order, with the groups that falsify all their literals:
        // the reachable ones, and (growing toward counterexamples) theirs.
        List<int[]> open = new ArrayList<>();
        List<BitSet> openFalse = new ArrayList<>();
        List<BitSet> openCtis = new ArrayList<>();
        for (int i = 0; i < useful.size(); i++) {
            open.add(new int[] {i});
            openFalse.add(falseIn[useful.get(i)]);
            openCtis.add(falseInCtis[useful.get(i)]);
        }
        int maxOpen = maxOpen(groups, openBytes);
        for (int size = 2; size <= maxLiterals && !open.isEmpty() && out.size() < limit; size++) {
            List<int[]> grown = new ArrayList<>();
            List<BitSet> grownFalse = new ArrayList<>();
            List<BitSet> grownCtis = new ArrayList<>();
            for (int p = 0; p < open.size() && out.size() < limit; p++) {
                int[] tuple = open.get(p);
                for (int k = tuple[tuple.length - 1] + 1; k < useful.size() && out.size() < limit; k++) {
                    int c = useful.get(k);
                    if (sharesAtom(tuple, useful, c) || toward && !openCtis.get(p).intersects(falseInCtis[c])) {
                        continue;
                    }
                    if (!openFalse.get(p).intersects(falseIn[c])) {
                        if (minimal(tuple, useful, c)) {
                            out.add(clause(literals(tuple, useful, c)));
                        }
                    } else if (size < maxLiterals && grown.size() < maxOpen) {
                        int[] longer = java.util.Arrays.copyOf(tuple, tuple.length + 1);
                        longer[tuple.length] = k;
                        grown.add(longer);
                        grownFalse.add(intersection(openFalse.get(p), falseIn[c]));
                        grownCtis.add(toward ? intersection(openCtis.get(p), falseInCtis[c]) : openCtis.get(p));
                    }
                }
            }
            open = grown;
            openFalse = grownFalse;
            openCtis = grownCtis;
        }
        if (!toRuleOut.isEmpty()) {
            // Grown in the literals' own order, the clauses come by size, then by their literals, already.
            out.sort(BY_SIZE_THEN_LITERALS);
        }
        return out;
    }

    /** Clauses by size, then by their literals: the order {@link #valid(int)} gives them in. */
    static final java.util.Comparator<PredicateGrammar.Clause> BY_SIZE_THEN_LITERALS =
            java.util.Comparator.comparingInt((PredicateGrammar.Clause c) -> c.atoms().length).thenComparing(ClauseSpace::literalsOf,
                    java.util.Arrays::compare);

    private static BitSet intersection(BitSet a, BitSet b) {
        BitSet both = (BitSet) a.clone();
        both.and(b);
        return both;
    }

    /** How many open tuples of one size fit in {@code bytes}, each with a bit set over {@code groups} groups, at most {@link #MAX_OPEN}. */
    static int maxOpen(int groups, long bytes) {
        long each = 8L * ((groups + 63) / 64) + 64; // the words, and the BitSet and tuple around them
        return (int) Math.max(1, Math.min(MAX_OPEN, bytes / each));
    }

    private static boolean sharesAtom(int[] tuple, List<Integer> useful, int literal) {
        for (int t : tuple) {
            if (useful.get(t) / 2 == literal / 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether every tuple of all but one of the literals (the tuple's and {@code literal}) has a group in common. */
    private boolean minimal(int[] tuple, List<Integer> useful, int literal) {
        if (tuple.length == 1) {
            return true; // a useful literal alone is falsified by some group
        }
        if (tuple.length == 2) {
            return falseIn[literal].intersects(falseIn[useful.get(tuple[0])]) && falseIn[literal].intersects(falseIn[useful.get(tuple[1])]);
        }
        for (int left = 0; left < tuple.length; left++) {
            BitSet shared = (BitSet) falseIn[literal].clone();
            for (int t = 0; t < tuple.length && !shared.isEmpty(); t++) {
                if (t != left) {
                    shared.and(falseIn[useful.get(tuple[t])]);
                }
            }
            if (shared.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static int[] literals(int[] tuple, List<Integer> useful, int literal) {
        int[] all = new int[tuple.length + 1];
        for (int t = 0; t < tuple.length; t++) {
            all[t] = useful.get(tuple[t]);
        }
        all[tuple.length] = literal;
        return all;
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

    /** The clause's literals in increasing order, as {@link #clause} made it. */
    private static int[] literalsOf(PredicateGrammar.Clause clause) {
        int[] literals = new int[clause.atoms().length];
        for (int i = 0; i < literals.length; i++) {
            literals[i] = 2 * clause.atoms()[i] + (clause.negated(i) ? 1 : 0);
        }
        return literals;
    }

    /** The clause of the literals, in increasing order whatever the order given. */
    private static PredicateGrammar.Clause clause(int... given) {
        int[] literals = given.clone();
        java.util.Arrays.sort(literals);
        int[] atoms = new int[literals.length];
        int negations = 0;
        for (int i = 0; i < literals.length; i++) {
            atoms[i] = literals[i] / 2;
            negations |= (literals[i] % 2) << i;
        }
        return new PredicateGrammar.Clause(atoms, negations);
    }
}

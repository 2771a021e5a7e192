package dev.invar.assistant.prove;

import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.Junctions;
import dev.invar.tlc.TlaValue;
import dev.invar.tlc.TlcRunner;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type-correct states as TLC can enumerate them: one set per variable, read from the conjuncts
 * {@code v \in S} and {@code v \subseteq S} of TypeOK. Other conjuncts of TypeOK are not needed here,
 * because TypeOK itself is part of every invariant checked over the domain.
 *
 * @param sets each variable's set, in the order of the spec's variables
 * @param sizes each set's number of elements, when TLC could count it
 */
public record TypeDomain(Map<String, String> sets, Map<String, BigInteger> sizes) {
    private static final Pattern MEMBER = Pattern.compile("(?s)^(\\w+)\\s*\\\\in\\s+(.+)$");
    private static final Pattern SUBSET = Pattern.compile("(?s)^(\\w+)\\s*\\\\subseteq\\s+(.+)$");

    /** A powerset of a larger base is left uncounted: its size would not fit in memory, nor help. */
    private static final BigInteger MAX_POWERSET_BASE = BigInteger.valueOf(1 << 20);

    public TypeDomain {
        sets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sets));
        sizes = Map.copyOf(sizes);
    }

    /**
     * @param typeOkName the operator's name, for messages
     * @throws ProofException when some variable gets no set
     */
    public static TypeDomain read(String typeOkName, String typeOk, List<String> variables) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String conjunct : Junctions.conjuncts(typeOk)) {
            Matcher member = MEMBER.matcher(conjunct);
            Matcher subset = SUBSET.matcher(conjunct);
            if (member.matches() && variables.contains(member.group(1))) {
                found.putIfAbsent(member.group(1), member.group(2).strip());
            } else if (subset.matches() && variables.contains(subset.group(1))) {
                found.putIfAbsent(subset.group(1), "SUBSET (" + subset.group(2).strip() + ")");
            }
        }
        Map<String, String> sets = new LinkedHashMap<>();
        for (String v : variables) {
            if (!found.containsKey(v)) {
                throw new ProofException(typeOkName + " gives variable " + v + " no set: an inductive check enumerates the "
                        + "type-correct states, so " + typeOkName + " needs a conjunct " + v + " \\in S (or " + v
                        + " \\subseteq S) with S finite");
            }
            sets.put(v, found.get(v));
        }
        return new TypeDomain(sets, Map.of());
    }

    /**
     * This domain with each set's size where TLC can count it. A powerset is counted by its base: TLC counts in an
     * int, and the messages of a protocol are often more than 31 even where their powerset is what a variable holds.
     */
    public TypeDomain counted(TlcRunner runner, CheckRequest model) {
        List<String> variables = new ArrayList<>(sets.keySet());
        List<String> expressions = variables.stream().map(v -> "Cardinality(" + base(sets.get(v)).orElse(sets.get(v)) + ")").toList();
        List<Optional<TlaValue>> counted = runner.evaluateConstants(model, expressions);
        Map<String, BigInteger> found = new LinkedHashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            boolean powerset = base(sets.get(variables.get(i))).isPresent();
            if (counted.get(i).orElse(null) instanceof TlaValue.Int size && (!powerset || size.value().compareTo(MAX_POWERSET_BASE) <= 0)) {
                found.put(variables.get(i), powerset ? BigInteger.TWO.pow(size.value().intValueExact()) : size.value());
            }
        }
        return new TypeDomain(sets, found);
    }

    /**
     * The base of a powerset {@code SUBSET B}, or empty for another set. Only a name or a parenthesised base counts:
     * in {@code SUBSET S \cup T} the powerset is of S alone.
     */
    static Optional<String> base(String set) {
        String s = set.strip();
        if (!s.startsWith("SUBSET ")) {
            return Optional.empty();
        }
        String b = s.substring("SUBSET ".length()).strip();
        return b.matches("\\w+") || Junctions.parenthesised(b) ? Optional.of(b) : Optional.empty();
    }

    /** How many type-correct states there are, when every set could be counted. */
    public Optional<BigInteger> size() {
        if (!sizes.keySet().containsAll(sets.keySet())) {
            return Optional.empty();
        }
        return Optional.of(sizes.values().stream().reduce(BigInteger.ONE, BigInteger::multiply));
    }

    /**
     * The sets for about {@code target} type-correct states: each variable ranges over a random subset of
     * its set (all of it when the set is small), sized so that the product is near the target. The
     * smallest sets are kept whole first.
     */
    public Sample sampled(long target) {
        double budget = Math.log(Math.max(2, target));
        List<String> order = new ArrayList<>(sets.keySet());
        order.sort(Comparator.comparing((String v) -> sizes.getOrDefault(v, BigInteger.TEN.pow(30))));
        Map<String, String> chosen = new LinkedHashMap<>();
        BigInteger product = BigInteger.ONE;
        for (int i = 0; i < order.size(); i++) {
            String v = order.get(i);
            double share = budget / (order.size() - i);
            BigInteger size = sizes.getOrDefault(v, BigInteger.TEN.pow(30));
            double logSize = size.bitLength() * Math.log(2);
            if (size.signum() > 0 && (size.bitLength() < 62 ? Math.log(size.longValue()) : logSize) <= share) {
                chosen.put(v, sets.get(v));
                product = product.multiply(size);
                budget -= Math.log(Math.max(1, size.doubleValue()));
            } else if (base(sets.get(v)).isPresent() && size.bitLength() > 30) {
                // TLC draws a random subset of a set it can count in an int; for the powerset of a larger set,
                // take every subset of a random part of it instead.
                long m = Math.max(1, Math.min(size.bitLength() - 1, (long) Math.floor(share / Math.log(2))));
                chosen.put(v, "SUBSET RandomSubset(" + m + ", " + base(sets.get(v)).get() + ")");
                long k = 1L << m;
                product = product.multiply(BigInteger.valueOf(k));
                budget -= Math.log(k);
            } else {
                long k = Math.max(1, (long) Math.floor(Math.exp(share)));
                chosen.put(v, "RandomSubset(" + k + ", " + sets.get(v) + ")");
                product = product.multiply(BigInteger.valueOf(k));
                budget -= Math.log(k);
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        sets.keySet().forEach(v -> ordered.put(v, chosen.get(v)));
        return new Sample(ordered, product);
    }

    /** A sampled domain: each variable's set (random parts of the type), and how many states it holds. */
    public record Sample(Map<String, String> sets, BigInteger states) {
    }
}

package dev.invar.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rewrites the Unicode forms of TLA+ operators (as in the TLA+ Unicode table) to their ASCII forms, keeping
 * junction lists aligned: {@code ∧} is one column and {@code /\} two, so a line indented under a
 * rewritten line is re-indented to where its column moved.
 */
final class TlaUnicode {
    /** Symbols whose ASCII form is itself punctuation: no spaces needed around them. */
    private static final Map<Character, String> SYMBOLS = Map.ofEntries(
            Map.entry('∧', "/\\"), Map.entry('∨', "\\/"), Map.entry('¬', "~"), Map.entry('⇒', "=>"),
            Map.entry('≠', "#"), Map.entry('≤', "<="), Map.entry('≥', ">="), Map.entry('′', "'"),
            Map.entry('⇔', "<=>"), Map.entry('≡', "<=>"), Map.entry('⟨', "<<"), Map.entry('⟩', ">>"),
            Map.entry('↦', "|->"), Map.entry('→', "->"), Map.entry('≜', "=="), Map.entry('∅', "{}"),
            Map.entry('□', "[]"), Map.entry('◇', "<>"), Map.entry('−', "-"), Map.entry('“', "\""),
            Map.entry('”', "\""), Map.entry('\u00A0', " "));

    /** Operators whose ASCII form is a backslash word: they need a space on each side to stay tokens. */
    private static final Map<Character, String> WORDS = Map.ofEntries(
            Map.entry('∈', "\\in"), Map.entry('∉', "\\notin"), Map.entry('⊆', "\\subseteq"),
            Map.entry('⊂', "\\subset"), Map.entry('⊇', "\\supseteq"), Map.entry('⊃', "\\supset"),
            Map.entry('∀', "\\A"), Map.entry('∃', "\\E"), Map.entry('∪', "\\cup"), Map.entry('∩', "\\cap"),
            Map.entry('×', "\\X"), Map.entry('÷', "\\div"), Map.entry('∘', "\\o"), Map.entry('∖', "\\"),
            Map.entry('ℕ', "Nat"), Map.entry('ℤ', "Int"), Map.entry('ℝ', "Real"));

    private TlaUnicode() {
    }

    static String toAscii(String text) {
        String[] lines = text.split("\n", -1);
        List<int[]> columnMaps = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            int indent = leadingBlanks(line);
            int newIndent = movedColumn(lines, columnMaps, l, indent);
            StringBuilder rewritten = new StringBuilder(" ".repeat(newIndent));
            int[] map = new int[line.length() + 1];
            for (int i = 0; i < indent; i++) {
                map[i] = Math.min(i, newIndent);
            }
            for (int i = indent; i < line.length(); i++) {
                map[i] = rewritten.length();
                char c = line.charAt(i);
                String word = WORDS.get(c);
                if (word != null) {
                    if (rewritten.length() > 0 && !Character.isWhitespace(rewritten.charAt(rewritten.length() - 1))
                            && rewritten.charAt(rewritten.length() - 1) != '(') {
                        rewritten.append(' ');
                    }
                    rewritten.append(word);
                    if (i + 1 < line.length() && !Character.isWhitespace(line.charAt(i + 1)) && line.charAt(i + 1) != ')') {
                        rewritten.append(' ');
                    }
                } else {
                    String symbol = SYMBOLS.get(c);
                    rewritten.append(symbol != null ? symbol : String.valueOf(c));
                }
            }
            map[line.length()] = rewritten.length();
            columnMaps.add(map);
            if (l > 0) {
                out.append('\n');
            }
            out.append(rewritten);
        }
        return out.toString();
    }

    /** Where a line indented to {@code column} now starts: under whatever stood at that column above it. */
    private static int movedColumn(String[] lines, List<int[]> columnMaps, int line, int column) {
        for (int above = line - 1; above >= 0; above--) {
            if (lines[above].length() > column && !lines[above].isBlank()) {
                return columnMaps.get(above)[column];
            }
        }
        return column;
    }

    private static int leadingBlanks(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}

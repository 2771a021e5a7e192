package dev.invar.assistant.prove;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A predicate grammar in the {@code config.json} format of Endive, so results can be compared with that
 * tool on the same grammar: {@code preds} (and {@code preds_alt}), {@code quant_inv}, {@code typeok},
 * {@code safety} and {@code max_num_conjuncts_per_kind}. Its {@code constants} are Endive's own cfg text
 * and are not read: the instance is the model's.
 *
 * @param typeOk the type invariant's name, if the file gives one
 * @param safety the safety property's name, if the file gives one
 */
public record EndiveConfig(PredicateGrammar grammar, Optional<String> typeOk, Optional<String> safety) {
    /** @throws ProofException when the file is unreadable, not JSON, or has no predicates */
    public static EndiveConfig read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ProofException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ProofException("cannot read grammar " + file + ": " + e.getMessage());
        }
        List<String> predicates = new ArrayList<>();
        for (String field : List.of("preds", "preds_alt")) {
            root.path(field).forEach(p -> {
                if (p.isTextual() && !p.asText().isBlank()) {
                    predicates.add(p.asText().strip());
                }
            });
        }
        if (predicates.isEmpty()) {
            throw new ProofException(file + ": the grammar has no \"preds\" (a list of TLA+ predicates over the variables of \"quant_inv\")");
        }
        int literals = root.path("max_num_conjuncts_per_kind").asInt(Prover.DEFAULT_LITERALS);
        String prefix = root.path("quant_inv").asText("");
        return new EndiveConfig(new PredicateGrammar(prefix, predicates, Math.max(1, Math.min(literals, PredicateGrammar.MAX_LITERALS)),
                file.toString()), text(root, "typeok"), text(root, "safety"));
    }

    private static Optional<String> text(JsonNode root, String field) {
        JsonNode node = root.path(field);
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText().strip()) : Optional.empty();
    }
}

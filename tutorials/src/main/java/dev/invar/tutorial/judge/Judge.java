package dev.invar.tutorial.judge;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * How the learner's answer to a step is decided: by running TLC on the workspace's files, never by
 * reading their text. A new kind of exercise is a new record here, named in {@link JsonSubTypes}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = InvariantJudge.class, name = "invariant"),
        @JsonSubTypes.Type(value = FixJudge.class, name = "fix"),
        @JsonSubTypes.Type(value = LivenessJudge.class, name = "liveness"),
        @JsonSubTypes.Type(value = ModelJudge.class, name = "model"),
        @JsonSubTypes.Type(value = InductiveJudge.class, name = "inductive")})
public sealed interface Judge permits InvariantJudge, FixJudge, LivenessJudge, ModelJudge, InductiveJudge {
    /** Every criterion of this kind of exercise, met or not; blocks until TLC has answered. */
    List<Criterion> judge(JudgeContext context);

    /** The files of the lesson's folder the learner edits for this step. */
    List<String> files();
}

package dev.invar.cli.render.html;

import java.util.Set;

/** One sentence under the diagram saying what the lanes and arrows were inferred from. */
final class DiagramCaption {
    private DiagramCaption() {
    }

    static String of(Lanes lanes, LaneActivity activity, Set<String> messageVariables) {
        StringBuilder caption = new StringBuilder();
        if (lanes.nodes().isEmpty()) {
            caption.append("No variable is a function over a set of nodes, so every step is on one lane (--lanes VAR picks one).");
        } else {
            caption.append("A lane per element of the domain of ").append(String.join(", ", lanes.variables()))
                    .append(" (--lanes VAR picks another)");
            if (activity.laneIds().contains(Lanes.GLOBAL)) {
                caption.append("; steps that change no node's variables are on the global lane");
            }
            caption.append('.');
        }
        caption.append(messageVariables.isEmpty() ? " No variable holds a set or bag of messages."
                : " Arrows are the messages of " + String.join(", ", messageVariables)
                        + ", from the step that sent them to the step that took them in; an open end is a message "
                        + "nobody is seen to receive.");
        caption.append(" Hover for details; click a step to find it in the table.");
        return caption.toString();
    }
}

package dev.invar.tutorial;

/** Something about the lessons or the workspace that the learner can act on (no workspace here, no such lesson). */
public class TutorialException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TutorialException(String message) {
        super(message);
    }

    public TutorialException(String message, Throwable cause) {
        super(message, cause);
    }
}

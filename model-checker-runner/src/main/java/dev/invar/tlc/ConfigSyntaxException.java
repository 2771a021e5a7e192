package dev.invar.tlc;

/** A TLC config that cannot be read; the message starts with {@code file:line:column}. */
public class ConfigSyntaxException extends InvalidRequestException {
    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public ConfigSyntaxException(String file, int line, int column, String problem) {
        super(file + ":" + line + ":" + column + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}

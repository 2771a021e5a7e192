package dev.invar.ci;

/** Shard {@code index} of {@code count} ({@code --shard 2/4}): every count-th model, so CI matrices split the work. */
public record Shard(int index, int count) {
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is i/n with 1 <= i <= n, not " + index + "/" + count);
        }
    }

    public static Shard parse(String text) {
        String[] parts = text.split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("a shard is i/n such as 1/4, not '" + text + "'");
    }

    /** Whether the model at this position of the name-sorted list belongs to this shard. */
    public boolean includes(int position) {
        return position % count == index - 1;
    }
}

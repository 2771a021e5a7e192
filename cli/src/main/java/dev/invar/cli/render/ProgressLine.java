package dev.invar.cli.render;

import dev.invar.tlc.TlcEvent;
import dev.invar.tlc.TlcListener;
import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A live status line on a terminal for runs longer than a second: phase, states, distinct, queue,
 * rate and elapsed time. TLC reports counts once a minute; the line redraws twice a second so the
 * elapsed time and phase stay current in between. Cleared when the run ends.
 */
public final class ProgressLine implements TlcListener, AutoCloseable {
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "invar-progress");
        t.setDaemon(true);
        return t;
    });
    private volatile String phase = "starting TLC";
    private volatile TlcEvent.Progress last;
    private volatile boolean drawn;

    public ProgressLine(PrintWriter err) {
        this.err = err;
        ticker.scheduleAtFixedRate(this::draw, 1000, 500, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onEvent(TlcEvent event) {
        if (event instanceof TlcEvent.Progress p) {
            last = p;
            phase = "exploring";
        } else if (event instanceof TlcEvent.Started) {
            phase = "parsing and computing initial states";
        } else if (event instanceof TlcEvent.ViolationFound) {
            phase = "violation found, reading the trace";
        } else if (event instanceof TlcEvent.Message m && m.code() == 2190) {
            phase = "exploring";
        } else if (event instanceof TlcEvent.Message m && m.code() == 2192) {
            phase = "checking temporal properties";
        }
    }

    private synchronized void draw() {
        double seconds = (System.nanoTime() - start) / 1e9;
        StringBuilder line = new StringBuilder("  ").append(phase);
        TlcEvent.Progress p = last;
        if (p != null) {
            line.append(" · ").append(Numbers.count(p.generated())).append(" states, ")
                    .append(Numbers.count(p.distinct())).append(" distinct, ")
                    .append(Numbers.count(p.leftOnQueue())).append(" queued, ")
                    .append(Numbers.count((long) (p.generated() / Math.max(seconds, 1)))).append("/s");
        }
        line.append(" · ").append(Numbers.duration(java.time.Duration.ofMillis((long) (seconds * 1000))));
        err.print("\r\u001B[2K" + line);
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        if (drawn) {
            err.print("\r\u001B[2K");
            err.flush();
        }
    }
}

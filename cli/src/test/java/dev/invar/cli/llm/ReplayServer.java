package dev.invar.cli.llm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A provider stand-in on 127.0.0.1: answers each request with the next recorded response (status,
 * headers, body from {@code src/test/resources/llm/…}, optional delay) and keeps what the client sent.
 * The real LangChain4j clients talk to it over HTTP, so their wire format is what is tested.
 */
final class ReplayServer implements AutoCloseable {
    /** One request as the client sent it. */
    record Exchange(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private record Reply(int status, Map<String, String> headers, String body, Duration delay) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "replay-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<Reply> replies = new ArrayDeque<>();
    private final List<Exchange> exchanges = new ArrayList<>();

    private ReplayServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static ReplayServer start() {
        try {
            return new ReplayServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL a client is given, e.g. {@code http://127.0.0.1:41234/v1}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    ReplayServer replies(int status, String resource) {
        return replies(status, Map.of(), resource, Duration.ZERO);
    }

    synchronized ReplayServer replies(int status, Map<String, String> headers, String resource, Duration delay) {
        replies.add(new Reply(status, headers, read(resource), delay));
        return this;
    }

    synchronized List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        synchronized (this) {
            exchanges.add(new Exchange(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            reply = replies.poll();
        }
        if (reply == null) {
            reply = new Reply(599, Map.of(), "{\"error\": \"the test recorded no reply for this request\"}",
                    Duration.ZERO);
        }
        try {
            Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
            return;
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        try {
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // The client gave up waiting (a timeout under test); nothing to answer.
        }
    }

    private static String read(String resource) {
        try (InputStream in = ReplayServer.class.getResourceAsStream("/llm/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded response llm/" + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

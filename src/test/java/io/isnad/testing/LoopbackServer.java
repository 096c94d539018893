package io.isnad.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The local stand-ins for outside services (a model server, an embedding endpoint, Slack's Web
 * API) are JDK HTTP servers on a free loopback port: tests never reach past this machine.
 */
public final class LoopbackServer {

    private LoopbackServer() {
    }

    /** Starts a server answering {@code handlers} (path prefix to handler), one thread per request. */
    public static HttpServer start(Map<String, HttpHandler> handlers) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a loopback port", e);
        }
        // Concurrent callers (Slack workers, streaming clients) must not queue behind one another.
        server.setExecutor(Executors.newCachedThreadPool());
        handlers.forEach(server::createContext);
        server.start();
        return server;
    }

    /** Sends a whole response of {@code type} with {@code status}. */
    public static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** {@code http://127.0.0.1:<port>} of a started server. */
    public static String base(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}

package io.isnad.index.opensearch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP door on a fixed loopback port in front of a real cluster node: while open it forwards
 * every connection, while shut nothing listens and open connections are cut, exactly as when the
 * cluster goes away. Lets a test take the cluster away and bring it back without touching it.
 */
final class ClusterGate implements Closeable {

    private final int port;
    private volatile URI target;
    private volatile ServerSocket server;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();

    ClusterGate() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts forwarding to {@code node} (an http URL). */
    synchronized void open(String node) throws IOException {
        target = URI.create(node);
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = socket;
        Thread.ofVirtual().start(() -> accept(socket));
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket upstream = new Socket(target.getHost(), target.getPort());
                connections.add(client);
                connections.add(upstream);
                Thread.ofVirtual().start(() -> pump(client, upstream));
                Thread.ofVirtual().start(() -> pump(upstream, client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // The other side went away or the gate was shut: so does this direction.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    /** Stops listening and cuts every open connection. */
    synchronized void shut() {
        if (server != null) {
            closeQuietly(server);
            server = null;
        }
        connections.forEach(ClusterGate::closeQuietly);
        connections.clear();
    }

    @Override
    public void close() {
        shut();
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // Already closed.
        }
    }
}

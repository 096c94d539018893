package io.isnad.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import io.restassured.RestAssured;

/**
 * Sends bytes to the test server as they are, for requests no HTTP client would write (a wrong
 * Content-Length, a broken chunked body, no Host), and reads whatever comes back until the server
 * closes or goes quiet.
 */
final class RawHttp {

    /** What came back: the status (0 when the server closed without answering) and the body. */
    record Reply(int status, String head, String body, boolean closed) {
    }

    private RawHttp() {
    }

    static Reply send(String request) throws IOException {
        return send(request.getBytes(StandardCharsets.UTF_8), false);
    }

    /** @param endOfInput half-close after the request, so a server waiting for more of it learns there is none */
    static Reply send(byte[] request, boolean endOfInput) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            // Generous: the first request of a run meets a cold server on a busy machine.
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                if (endOfInput) {
                    socket.shutdownOutput();
                }
            } catch (IOException e) {
                // The server may answer and close before the whole request is written.
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            boolean closed = false;
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    received.write(buffer, 0, n);
                    if (complete(received.toString(StandardCharsets.UTF_8))) {
                        // The answer is whole; does the server close after it?
                        socket.setSoTimeout(1000);
                        n = in.read(buffer);
                        break;
                    }
                }
                closed = n < 0;
            } catch (SocketTimeoutException e) {
                closed = false;
            } catch (IOException e) {
                closed = true;
            }
            return parse(received.toString(StandardCharsets.UTF_8), closed);
        }
    }

    /** A response whose Content-Length worth of body has arrived. */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = text.substring(0, end).toLowerCase();
        int at = head.indexOf("content-length:");
        if (at < 0) {
            return false;
        }
        int length = Integer.parseInt(head.substring(at + 15).split("\r\n", 2)[0].strip());
        return text.substring(end + 4).getBytes(StandardCharsets.UTF_8).length >= length;
    }

    private static Reply parse(String text, boolean closed) {
        if (!text.startsWith("HTTP/")) {
            return new Reply(0, "", text, closed);
        }
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        return new Reply(Integer.parseInt(head.split(" ", 3)[1]), head, body, closed);
    }
}

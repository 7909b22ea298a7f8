package org.minipublic.app.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A form post prepared in advance and written straight onto a socket when sent, reading the answer until the server
 * closes the connection. The voting benchmark casts with it so that the processor time it measures is the server's:
 * {@link java.net.http.HttpClient} costs a hundred and fifty clients in the same JVM a thread each and several
 * hand-overs per request, work a real room's phones do on their own processors.
 */
public final class SocketPost {

    /** The status and the body (de-chunked) of the server's answer. */
    public record Answer(int status, String body) {}

    private final int port;
    private final byte[] request;

    SocketPost(int port, String path, String headers, String body) {
        this.port = port;
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + headers
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + content.length
                + "\r\nConnection: close\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.US_ASCII);
        this.request = new byte[start.length + content.length];
        System.arraycopy(start, 0, request, 0, start.length);
        System.arraycopy(content, 0, request, start.length, content.length);
    }

    /** Connects, sends the post and reads the whole answer. */
    public Answer send() throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(60_000); // a server that never answers fails the test rather than hanging it
            socket.getOutputStream().write(request);
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("no complete answer: " + text);
        }
        String head = text.substring(0, end);
        int status = Integer.parseInt(head.substring(9, 12));
        byte[] body = head.toLowerCase(Locale.ROOT).contains("\r\ntransfer-encoding: chunked")
                ? dechunk(raw, end + 4)
                : java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        return new Answer(status, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] raw, int from) {
        var out = new ByteArrayOutputStream();
        int at = from;
        while (true) {
            int lineEnd = indexOfCrLf(raw, at);
            String size = new String(raw, at, lineEnd - at, StandardCharsets.US_ASCII).split(";", 2)[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                return out.toByteArray();
            }
            out.write(raw, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
    }

    private static int indexOfCrLf(byte[] raw, int from) {
        for (int i = from; i + 1 < raw.length; i++) {
            if (raw[i] == '\r' && raw[i + 1] == '\n') {
                return i;
            }
        }
        throw new IllegalStateException("a chunk without its size line");
    }
}

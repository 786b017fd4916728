package dev.hiring.benchmarks;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * One kept-alive HTTP/1.1 connection for the load generator: it writes a request prepared as bytes, reads the
 * status and discards the body (Content-Length or chunked). Blocking, one thread at a time, no hand-off between
 * threads; a connection the server closed while idle is reopened once. Not a general client: it knows only what the
 * server's answers need.
 */
final class Http1Connection implements AutoCloseable {
    /** A connection that ended before any byte of the answer: safe to send the request again on a new one. */
    static final class StaleConnectionException extends IOException {
        private static final long serialVersionUID = 1L;

        StaleConnectionException() {
            super("the connection was closed before the answer");
        }
    }

    private final InetSocketAddress address;
    private final int timeoutMillis;
    private final byte[] buf = new byte[16 * 1024];
    private int pos;
    private int lim;
    private @Nullable Socket socket;
    private @Nullable InputStream in;
    private @Nullable OutputStream out;

    Http1Connection(InetSocketAddress address, int timeoutMillis) {
        this.address = address;
        this.timeoutMillis = timeoutMillis;
    }

    /** A POST request with its headers, as the bytes to write. */
    static byte[] post(String host, int port, String path, String contentType, byte[] body) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    /** Sends one request and returns the answer's status code once its body has been read. */
    int exchange(byte[] request) throws IOException {
        boolean reused = socket != null;
        try {
            return once(request);
        } catch (StaleConnectionException e) {
            close();
            if (!reused) {
                throw e;
            }
            return once(request);
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private int once(byte[] request) throws IOException {
        if (socket == null) {
            Socket s = new Socket();
            s.setTcpNoDelay(true);
            s.setSoTimeout(timeoutMillis);
            s.connect(address, timeoutMillis);
            socket = s;
            in = s.getInputStream();
            out = s.getOutputStream();
            pos = 0;
            lim = 0;
        }
        OutputStream o = java.util.Objects.requireNonNull(out);
        o.write(request);
        o.flush();
        if (!fill()) {
            throw new StaleConnectionException();
        }
        String status = line();
        if (!status.startsWith("HTTP/1.") || status.length() < 12) {
            throw new IOException("not an HTTP/1.x status line");
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = status.startsWith("HTTP/1.0");
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = h.substring(0, colon).strip();
            String value = h.substring(colon + 1).strip();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.regionMatches(true, value.length() - 7, "chunked", 0, 7);
            } else if (name.equalsIgnoreCase("Connection")) {
                closes = value.equalsIgnoreCase("close");
            }
        }
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                skip(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            skip(length);
        } else if (code >= 200 && code != 204 && code != 304) {
            // the body runs to the end of the connection
            while (fill()) {
                pos = lim;
            }
            closes = true;
        }
        if (closes) {
            close();
        }
        return code;
    }

    private long chunkSize() throws IOException {
        String l = line();
        int semi = l.indexOf(';');
        return Long.parseLong((semi < 0 ? l : l.substring(0, semi)).strip(), 16);
    }

    /** Whether bytes are available, reading more when the buffer is empty; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (pos < lim) {
            return true;
        }
        int n = java.util.Objects.requireNonNull(in).read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    /** One header line without its CRLF (ASCII). */
    private String line() throws IOException {
        StringBuilder sb = new StringBuilder(64);
        while (true) {
            if (!fill()) {
                throw new EOFException("the connection ended inside the answer's head");
            }
            byte b = buf[pos++];
            if (b == '\n') {
                int n = sb.length();
                if (n > 0 && sb.charAt(n - 1) == '\r') {
                    sb.setLength(n - 1);
                }
                return sb.toString();
            }
            if (sb.length() > 8192) {
                throw new IOException("header line too long");
            }
            sb.append((char) (b & 0xFF));
        }
    }

    private void skip(long n) throws IOException {
        long left = n;
        while (left > 0) {
            if (!fill()) {
                throw new EOFException("the connection ended inside the answer's body");
            }
            int take = (int) Math.min(left, lim - pos);
            pos += take;
            left -= take;
        }
    }

    @Override
    public void close() {
        Socket s = socket;
        socket = null;
        in = null;
        out = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // closing a connection we no longer use
            }
        }
    }
}

package com.netra.apex.local.bench;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * One persistent HTTP/1.1 connection on a blocking socket: writes pre-serialized requests and reads each
 * response just far enough to find its end (Content-Length or chunked). Kept allocation-free per request so
 * the load generator costs far less CPU than the server it measures.
 */
final class HttpConnection implements AutoCloseable {

    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes();
    private static final byte[] TRANSFER_ENCODING_CHUNKED = "transfer-encoding: chunked".getBytes();
    private static final byte[] CONNECTION_CLOSE = "connection: close".getBytes();

    private final InetSocketAddress address;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    private int lineStart;
    private int lineEnd;
    private Socket socket;
    private OutputStream out;
    private InputStream in;
    private ByteArrayOutputStream captured;

    HttpConnection(InetSocketAddress address) {
        this.address = address;
    }

    /** Sends one request and reads the whole response; returns its status code. */
    int exchange(byte[] request) throws IOException {
        try {
            if (socket == null) {
                connect();
            }
            out.write(request);
            return readResponse();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** Like {@link #exchange} but also returns the body, for a one-off check before measuring. */
    String exchangeForBody(byte[] request) throws IOException {
        captured = new ByteArrayOutputStream();
        try {
            int status = exchange(request);
            return status + " " + captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            captured = null;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already broken; a new connection is opened on the next exchange
            }
        }
        socket = null;
        pos = 0;
        limit = 0;
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.connect(address, 5_000);
        s.setSoTimeout(30_000);
        socket = s;
        out = s.getOutputStream();
        in = s.getInputStream();
    }

    private int readResponse() throws IOException {
        readLine();
        int status = (buf[lineStart + 9] - '0') * 100 + (buf[lineStart + 10] - '0') * 10 + (buf[lineStart + 11] - '0');
        long contentLength = -1;
        boolean chunked = false;
        boolean close = false;
        while (readLine() > 0) {
            if (startsWithIgnoreCase(CONTENT_LENGTH)) {
                contentLength = parseDecimal(lineStart + CONTENT_LENGTH.length);
            } else if (startsWithIgnoreCase(TRANSFER_ENCODING_CHUNKED)) {
                chunked = true;
            } else if (startsWithIgnoreCase(CONNECTION_CLOSE)) {
                close = true;
            }
        }
        if (chunked) {
            skipChunkedBody();
        } else if (contentLength > 0) {
            skip(contentLength);
        }
        if (close) {
            close();
        }
        return status;
    }

    private void skipChunkedBody() throws IOException {
        while (true) {
            readLine();
            long size = parseHex(lineStart, lineEnd);
            if (size == 0) {
                while (readLine() > 0) {
                    // trailers: none expected, read to the blank line that ends the message
                }
                return;
            }
            skip(size);
            readLine();
        }
    }

    /** Reads one CRLF-terminated line into [lineStart, lineEnd) of the buffer; returns its length. */
    private int readLine() throws IOException {
        int scanFrom = pos;
        while (true) {
            for (int i = scanFrom; i < limit; i++) {
                if (buf[i] == '\n') {
                    lineStart = pos;
                    lineEnd = i > pos && buf[i - 1] == '\r' ? i - 1 : i;
                    pos = i + 1;
                    return lineEnd - lineStart;
                }
            }
            scanFrom = limit - pos;
            fill();
        }
    }

    private void skip(long n) throws IOException {
        while (n > 0) {
            if (pos == limit) {
                pos = 0;
                limit = 0;
                fill();
            }
            int take = (int) Math.min(n, limit - pos);
            if (captured != null) {
                captured.write(buf, pos, take);
            }
            pos += take;
            n -= take;
        }
    }

    /** Moves unread bytes to the front and reads more; a line longer than the buffer is an error. */
    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            throw new IOException("response line longer than " + buf.length + " bytes");
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            throw new EOFException("server closed the connection");
        }
        limit += n;
    }

    private boolean startsWithIgnoreCase(byte[] lowerPrefix) {
        if (lineEnd - lineStart < lowerPrefix.length) {
            return false;
        }
        for (int i = 0; i < lowerPrefix.length; i++) {
            byte b = buf[lineStart + i];
            if ((b >= 'A' && b <= 'Z' ? b + 32 : b) != lowerPrefix[i]) {
                return false;
            }
        }
        return true;
    }

    private long parseDecimal(int from) {
        long v = 0;
        for (int i = from; i < lineEnd; i++) {
            byte b = buf[i];
            if (b >= '0' && b <= '9') {
                v = v * 10 + (b - '0');
            }
        }
        return v;
    }

    private long parseHex(int from, int to) throws IOException {
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = Character.digit(buf[i], 16);
            if (d < 0) {
                break; // chunk extensions after ';' are ignored
            }
            v = v * 16 + d;
        }
        if (from == to) {
            throw new IOException("empty chunk size line");
        }
        return v;
    }
}

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

/**
 * A small HTTP/1.1 server on TLS, instead of the JDK's HttpsServer, for one reason: the EasyPost Java client reads
 * a response body only if InputStream.available() is non-zero right after the headers, and the JDK server sends
 * headers and body in separate TLS records, so the client saw every body as empty. Here each response is one write,
 * so its first TLS record holds the headers and the start of the body. Keeps connections alive, as the client's
 * HttpsURLConnection reuses them.
 */
final class TlsHttpServer {

    record Request(String method, String path, String rawQuery, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    record Response(int status, String contentType, byte[] body) {
    }

    interface Handler {
        Response handle(Request request);
    }

    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    private static final int IDLE_MILLIS = 30_000;

    private final ServerSocket server;
    private final Handler handler;
    private final ExecutorService connections = Executors.newFixedThreadPool(32);

    TlsHttpServer(SSLContext tls, String host, int port, Handler handler) throws IOException {
        this.server = tls.getServerSocketFactory().createServerSocket(port, 128, InetAddress.getByName(host));
        this.handler = handler;
    }

    void start() {
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    connections.execute(() -> serve(socket));
                } catch (IOException e) {
                    System.out.println("accept failed: " + e);
                }
            }
        }, "carrier-platform-acceptor");
        acceptor.start();
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout(IDLE_MILLIS);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                Request request = read(in, out);
                if (request == null) {
                    return;
                }
                Response response;
                try {
                    response = handler.handle(request);
                } catch (RuntimeException e) {
                    e.printStackTrace();
                    response = new Response(500, "text/plain", e.toString().getBytes(StandardCharsets.UTF_8));
                }
                boolean close = "close".equalsIgnoreCase(request.header("Connection"));
                write(out, response, close);
                if (close) {
                    return;
                }
            }
        } catch (SocketTimeoutException idle) {
            // the client kept the connection open without a request; closing is what every server does then
        } catch (SSLHandshakeException e) {
            // deploy/infra.sh's readiness probe connects and hangs up without a handshake; say so only otherwise
            if (!"Remote host terminated the handshake".equals(e.getMessage())) {
                System.out.println("TLS handshake failed: " + e.getMessage());
            }
        } catch (IOException e) {
            if (!"Connection reset".equals(e.getMessage())) {
                System.out.println("connection failed: " + e);
            }
        }
    }

    /** One request, or null at the end of the connection. */
    private static Request read(InputStream in, OutputStream out) throws IOException {
        String requestLine = line(in);
        while (requestLine != null && requestLine.isEmpty()) {
            requestLine = line(in);
        }
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length < 2) {
            throw new IOException("not an HTTP request line: " + requestLine);
        }
        Map<String, String> headers = new HashMap<>();
        int headerBytes = 0;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            headerBytes += header.length();
            if (headerBytes > MAX_HEADER_BYTES) {
                throw new IOException("request headers too large");
            }
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).strip());
            }
        }
        if ("100-continue".equalsIgnoreCase(headers.get("expect"))) {
            // curl asks before sending a body over 1 KB, and would otherwise wait a second
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
        byte[] body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? chunked(in)
                : in.readNBytes(bounded(headers.get("content-length") == null ? 0
                        : Integer.parseInt(headers.get("content-length"))));
        String target = parts[1];
        int question = target.indexOf('?');
        return new Request(parts[0], question < 0 ? target : target.substring(0, question),
                question < 0 ? null : target.substring(question + 1), headers, body);
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line(in);
            if (sizeLine == null) {
                throw new IOException("the chunked body ended early");
            }
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
            if (size == 0) {
                String trailer;
                do {
                    trailer = line(in);   // trailers carry nothing the platform reads
                } while (trailer != null && !trailer.isEmpty());
                return body.toByteArray();
            }
            body.write(in.readNBytes(bounded(body.size() + size) - body.size()));
            line(in);
        }
    }

    private static int bounded(int length) throws IOException {
        if (length < 0 || length > MAX_BODY_BYTES) {
            throw new IOException("request body too large: " + length);
        }
        return length;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                break;
            }
            if (c != '\r') {
                line.write(c);
            }
            if (line.size() > MAX_HEADER_BYTES) {
                throw new IOException("request line too long");
            }
        }
        return c == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void write(OutputStream out, Response response, boolean close) throws IOException {
        String head = "HTTP/1.1 " + response.status() + " " + reason(response.status()) + "\r\n"
                + "Content-Type: " + response.contentType() + "\r\n"
                + "Content-Length: " + response.body().length + "\r\n"
                + (close ? "Connection: close\r\n" : "") + "\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] whole = new byte[headBytes.length + response.body().length];
        System.arraycopy(headBytes, 0, whole, 0, headBytes.length);
        System.arraycopy(response.body(), 0, whole, headBytes.length, response.body().length);
        out.write(whole);
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 422 -> "Unprocessable Entity";
            default -> "Internal Server Error";
        };
    }
}

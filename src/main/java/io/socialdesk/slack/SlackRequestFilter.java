package io.socialdesk.slack;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code /slack/events}: reads at most the allowed number of bytes (413 beyond), checks Slack's signature
 * and timestamp (401 if wrong or stale), and only then hands the request to Bolt. Refusals are logged with the
 * reason and the sender's address, never with the body.
 */
final class SlackRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SlackRequestFilter.class);

    private final SlackRequestVerifier verifier;
    private final int maxBytes;

    SlackRequestFilter(SlackRequestVerifier verifier, int maxBytes) {
        this.verifier = verifier;
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<byte[]> body = request.getContentLengthLong() > maxBytes
                ? Optional.empty()
                : readAtMost(request.getInputStream(), maxBytes);
        if (body.isEmpty()) {
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "body over " + maxBytes + " bytes");
            return;
        }
        SlackRequestVerifier.Outcome outcome = verifier.verify(
                request.getHeader("X-Slack-Request-Timestamp"), request.getHeader("X-Slack-Signature"), body.get());
        if (outcome != SlackRequestVerifier.Outcome.VALID) {
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    outcome.name().toLowerCase().replace('_', ' '));
            return;
        }
        chain.doFilter(new ReadBody(request, body.get()), response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String reason)
            throws IOException {
        log.warn("Refused a request to {} from {}: {}", request.getRequestURI(), request.getRemoteAddr(), reason);
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(status == 401 ? "invalid request" : "request too large");
    }

    /** The body, unless it has more than {@code limit} bytes. */
    private static Optional<byte[]> readAtMost(InputStream in, int limit) throws IOException {
        byte[] body = in.readNBytes(limit + 1);
        return body.length > limit ? Optional.empty() : Optional.of(body);
    }

    /** The request with its body read once, for Bolt to read again. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}

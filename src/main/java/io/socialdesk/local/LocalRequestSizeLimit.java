package io.socialdesk.local;

import io.socialdesk.chat.ChatProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses local-chat request bodies far larger than the longest allowed message before they are read, so a huge
 * upload cannot tie up memory.
 */
@Component
@ConditionalOnProperty(name = "socialdesk.chat.platform", havingValue = "local")
final class LocalRequestSizeLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LocalRequestSizeLimit.class);

    private final long maxBytes;

    LocalRequestSizeLimit(ChatProperties properties) {
        // a character takes at most 4 bytes in UTF-8, and JSON escaping of emoji up to 12; plus room for the fields
        this.maxBytes = properties.maxMessageLength() * 12L + 4096;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/local/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            log.info("Local chat request of {} bytes refused; the limit is {}", length, maxBytes);
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"status\":413,\"title\":\"Content Too Large\",\"detail\":\"the request has " + length
                            + " bytes; the limit is " + maxBytes + "\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}

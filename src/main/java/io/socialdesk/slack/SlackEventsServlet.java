package io.socialdesk.slack;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /slack/events} in HTTP mode. The {@link SlackRequestFilter} in front of it has already checked size and
 * signature; this hands the body to {@link SlackRequests} and writes its reply.
 */
final class SlackEventsServlet extends HttpServlet {

    private final transient SlackRequests requests;

    SlackEventsServlet(SlackRequests requests) {
        this.requests = requests;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        SlackRequests.Reply reply = requests.http(body, headers(request));
        response.setStatus(reply.status());
        if (reply.json() != null) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(reply.json());
        }
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }
}

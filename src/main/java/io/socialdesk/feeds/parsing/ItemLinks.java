package io.socialdesk.feeds.parsing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Cleans an item's link: made absolute against the feed's address, Google's redirect unwrapped, tracking parameters
 * dropped, so the same article found in two feeds has the same link.
 */
final class ItemLinks {

    private static final Set<String> TRACKING = Set.of(
            "fbclid",
            "gclid",
            "dclid",
            "gbraid",
            "wbraid",
            "msclkid",
            "mc_cid",
            "mc_eid",
            "igshid",
            "yclid",
            "_hsenc",
            "_hsmi",
            "mkt_tok",
            "ocid",
            "ref_src",
            "cmpid",
            "wt_mc",
            "wt.mc_id",
            "at_medium",
            "at_campaign",
            "ct");

    private ItemLinks() {}

    /** The clean absolute http(s) link, or empty when the text is no such link. */
    static Optional<URI> clean(@Nullable String link, URI base) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = base.resolve(URI.create(link.strip().replace(" ", "%20")));
            uri = unwrapGoogleRedirect(uri);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(
                    URI.create(scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + withoutTracking(uri)));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** The outlet's name: the host without {@code www.}. */
    static String source(URI link) {
        String host = link.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    // Google Alerts links point at https://www.google.com/url?...&url=REAL; the real article is the news.
    private static URI unwrapGoogleRedirect(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!(host.equals("google.com") || host.startsWith("www.google.")) || !"/url".equals(uri.getPath())) {
            return uri;
        }
        String query = uri.getRawQuery();
        if (query == null) {
            return uri;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if ((name.equals("url") || name.equals("q")) && eq > 0) {
                String target = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (target.startsWith("http://") || target.startsWith("https://")) {
                    return URI.create(target.replace(" ", "%20"));
                }
            }
        }
        return uri;
    }

    // Path and the query without tracking parameters; the fragment is dropped, it never names another article.
    private static String withoutTracking(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery();
        if (query == null || query.isEmpty()) {
            return path;
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return kept.length() == 0 ? path : path + "?" + kept;
    }
}

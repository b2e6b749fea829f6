package io.socialdesk.feeds.polling;

import io.socialdesk.feeds.store.FeedOrigin;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether the bot may fetch an address. Only http and https, always. Feeds written in {@code bot-config.yml}
 * go where the admin pointed them; an address that came from chat (or a redirect of such a feed) must not reach the
 * bot's own machine or network: loopback, private, link-local (cloud metadata at 169.254.169.254 included),
 * carrier-grade NAT, unique-local IPv6 and unspecified addresses are refused unless the host is allowed by name.
 */
public final class AddressGuard {

    /** Looks a host's addresses up; tests answer without DNS. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    public AddressGuard(List<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.resolver = resolver;
    }

    public AddressGuard(List<String> allowedHosts) {
        this(allowedHosts, InetAddress::getAllByName);
    }

    /** Why the address may not be fetched for a feed of {@code origin}, or empty if it may. */
    public Optional<String> refusal(URI uri, FeedOrigin origin) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https addresses are read, not " + (scheme.isEmpty() ? "this" : scheme));
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("the address has no host");
        }
        if (origin == FeedOrigin.CONFIG) {
            return Optional.empty();
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (allowedHosts.contains(name)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException unknown) {
            return Optional.of("the host " + name + " is unknown");
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                return Optional.of("the host " + name + " is on a private network (" + address.getHostAddress()
                        + "); an admin may allow it in feeds.allowed-hosts");
            }
        }
        return Optional.empty();
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true; // unique local fc00::/7, AWS metadata fd00:ec2::254 among them
            }
            // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible addresses carry an IPv4 address to check
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped
                    && ((bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) || (bytes[10] == 0 && bytes[11] == 0))) {
                try {
                    return internal(InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
        }
        return false;
    }
}

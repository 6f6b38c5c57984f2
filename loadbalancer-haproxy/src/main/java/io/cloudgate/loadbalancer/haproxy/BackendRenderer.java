package io.cloudgate.loadbalancer.haproxy;

import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.loadbalancer.Pool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One pool as a backend: its algorithm, health check, stickiness and servers. Stickiness cookies are written by
 * {@code http-response} rules (HAProxy's own {@code cookie insert} cannot carry Max-Age and Expires) and followed by
 * one {@code use-server} rule per member, which HAProxy ignores while that member is down.
 */
final class BackendRenderer {
    static final String BALANCER_COOKIE = "AWSALB";
    static final String APPLICATION_COOKIE = "AWSALBAPP";

    private BackendRenderer() {
    }

    /** @param serverTimeout how long a member may take to answer (the longest idle timeout of the listeners) */
    static List<String> render(String balancerId, Pool pool, Duration serverTimeout) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.add("backend " + HaproxyNames.poolBackend(balancerId, pool.id()));
        boolean http = pool.protocol() == Listener.Protocol.HTTP;
        add(out, "mode " + (http ? "http" : "tcp"));
        add(out, "balance " + (pool.algorithm() == Pool.Algorithm.LEAST_OUTSTANDING_REQUESTS ? "leastconn" : "roundrobin"));
        add(out, "timeout server " + HaproxyText.millis(serverTimeout));
        Pool.HealthCheck check = pool.healthCheck();
        add(out, "timeout check " + HaproxyText.millis(check.timeout()));
        if (check.protocol() == Listener.Protocol.HTTP) {
            String path = check.path() == null || check.path().isEmpty() ? "/" : check.path();
            add(out, "option httpchk");
            add(out, "http-check send meth GET uri " + HaproxyText.quoted(path)
                    + " hdr User-Agent ELB-HealthChecker/2.0");
            add(out, "http-check expect rstatus '^(" + ConfigValidator.successCodes(check.successCodes()).stream()
                    .map(String::valueOf).collect(Collectors.joining("|")) + ")$'");
        }
        add(out, "default-server inter " + HaproxyText.millis(check.interval()) + " rise " + check.healthyThreshold()
                + " fall " + check.unhealthyThreshold() + (check.port() == null ? "" : " port " + check.port()));
        if (http) {
            add(out, "http-response lua.cg_latency");
        }
        stickiness(out, pool, http);
        for (Pool.Member member : pool.members()) {
            String address = member.address().contains(":") ? "[" + member.address() + "]" : member.address();
            add(out, "server " + HaproxyNames.server(member.id()) + " " + address + ":" + member.port() + " check");
        }
        return out;
    }

    private static void stickiness(List<String> out, Pool pool, boolean http) {
        Pool.Stickiness stickiness = pool.stickiness();
        if (stickiness == null) {
            return;
        }
        if (stickiness.kind() == Pool.Stickiness.Kind.SOURCE_ADDRESS) {
            Duration expiry = stickiness.duration() == null ? Duration.ofHours(1) : stickiness.duration();
            add(out, "stick-table type ipv6 size 100k expire " + HaproxyText.millis(expiry));
            add(out, "stick on src");
            return;
        }
        if (!http) {
            return;
        }
        boolean balancerCookie = stickiness.kind() == Pool.Stickiness.Kind.BALANCER_COOKIE;
        String cookie = balancerCookie
                ? (stickiness.cookieName() == null || stickiness.cookieName().isBlank() ? BALANCER_COOKIE : stickiness.cookieName())
                : APPLICATION_COOKIE;
        String lifetime = stickiness.duration() == null ? "" : "; Max-Age=" + stickiness.duration().toSeconds()
                + "; Expires=%[date(" + stickiness.duration().toSeconds() + "),http_date]";
        String when = balancerCookie ? "" : " if { res.cook(" + stickiness.cookieName() + ") -m found }";
        add(out, "http-response add-header Set-Cookie \"" + cookie + "=%[srv_name]; Path=/" + lifetime + "\"" + when);
        String applicationPresent = balancerCookie ? "" : " { req.cook(" + stickiness.cookieName() + ") -m found }";
        for (Pool.Member member : pool.members()) {
            String server = HaproxyNames.server(member.id());
            add(out, "use-server " + server + " if { req.cook(" + cookie + ") -m str " + server + " }" + applicationPresent);
        }
    }

    private static void add(List<String> out, String line) {
        out.add("  " + line);
    }
}

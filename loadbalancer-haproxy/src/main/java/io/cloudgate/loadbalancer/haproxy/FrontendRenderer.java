package io.cloudgate.loadbalancer.haproxy;

import io.cloudgate.loadbalancer.Action;
import io.cloudgate.loadbalancer.Condition;
import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.loadbalancer.Rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One listener as a frontend. HTTP rules are evaluated in ascending priority by setting {@code txn.rule} to the
 * first whose conditions all hold (the default action has the last number); every action is then gated on that
 * number alone, so redirects and fixed responses (request-phase rules) and forwards ({@code use_backend}) keep
 * the rules' priority order between them. Fixed responses are answered by a backend of their own, so that the
 * statistics can tell them from the balancer's own errors.
 */
final class FrontendRenderer {
    private final String balancerId;
    private final int listenerIndex;
    private final Listener listener;
    private final HaproxyConfigRenderer.HaproxyFiles files;
    private final List<String> out = new ArrayList<>();

    private FrontendRenderer(String balancerId, int listenerIndex, Listener listener,
                             HaproxyConfigRenderer.HaproxyFiles files) {
        this.balancerId = balancerId;
        this.listenerIndex = listenerIndex;
        this.listener = listener;
        this.files = files;
    }

    /** The frontend section, and the fixed-response backends it uses; certificates are read from {@code files}. */
    static List<String> render(String balancerId, int listenerIndex, Listener listener,
                               HaproxyConfigRenderer.HaproxyFiles files) {
        FrontendRenderer renderer = new FrontendRenderer(balancerId, listenerIndex, listener, files);
        return listener.protocol() == Listener.Protocol.TCP ? renderer.tcp() : renderer.http();
    }

    private List<String> tcp() {
        header("tcp");
        forward((Action.Forward) listener.defaultAction(), 0, "tcp-request content", "");
        return out;
    }

    private List<String> http() {
        header("http");
        String proto = listener.forwardedProto() == null ? "http" : listener.forwardedProto().toLowerCase();
        add("timeout http-keep-alive " + HaproxyText.millis(listener.idleTimeout()));
        add("timeout http-request " + HaproxyText.millis(listener.idleTimeout()));
        add("http-request set-var(txn.cg_t0) date(0,us)");
        add("http-request set-header X-Forwarded-For \"%[req.fhdr(X-Forwarded-For)], %[src]\" if { req.fhdr(X-Forwarded-For) -m found }");
        add("http-request set-header X-Forwarded-For %[src] unless { req.fhdr(X-Forwarded-For) -m found }");
        add("http-request set-header X-Forwarded-Proto " + proto);
        add("http-request set-header X-Forwarded-Port " + listener.port());
        add("acl ruled var(txn.rule) -m found");
        List<Rule> rules = listener.rules().stream().sorted(Comparator.comparingInt(Rule::priority)).toList();
        for (int r = 0; r < rules.size(); r++) {
            List<String> acls = new ArrayList<>();
            List<Condition> conditions = rules.get(r).conditions();
            for (int c = 0; c < conditions.size(); c++) {
                String acl = "c" + r + "_" + c;
                add("acl " + acl + " " + ConditionAcls.render(conditions.get(c)));
                acls.add(acl);
            }
            add("http-request set-var(txn.rule) int(" + r + ") if !ruled " + String.join(" ", acls));
        }
        add("http-request set-var(txn.rule) int(" + rules.size() + ") if !ruled");
        List<String> fixedBackends = new ArrayList<>();
        for (int r = 0; r <= rules.size(); r++) {
            Action action = r < rules.size() ? rules.get(r).action() : listener.defaultAction();
            String gate = "{ var(txn.rule) -m int " + r + " }";
            switch (action) {
                case Action.Forward forward -> forward(forward, r, "http-request", gate);
                case Action.Redirect redirect ->
                        RedirectRenderer.render(redirect, proto, listener.port(), gate).forEach(this::add);
                case Action.FixedResponse fixed -> {
                    String backend = HaproxyNames.fixedBackend(balancerId, listenerIndex, r);
                    add("use_backend " + backend + " if " + gate);
                    fixedBackends.add("");
                    fixedBackends.add("backend " + backend);
                    fixedBackends.add("  mode http");
                    fixedBackends.add("  http-request return status " + fixed.statusCode() + " content-type "
                            + HaproxyText.quoted(fixed.contentType() == null ? "text/plain" : fixed.contentType())
                            + " string " + HaproxyText.quoted(fixed.body() == null ? "" : fixed.body()));
                }
            }
        }
        out.addAll(fixedBackends);
        return out;
    }

    private void header(String mode) {
        out.add("");
        out.add("frontend " + HaproxyNames.frontend(balancerId, listenerIndex));
        add("mode " + mode);
        add("bind " + bindAddress() + ":" + listener.port() + tls());
        add("timeout client " + HaproxyText.millis(listener.idleTimeout()));
    }

    /**
     * A forward to one pool, or to several by weight: a random number per request (per connection for TCP) picks
     * the pool; with pool stickiness an AWSALBTG cookie naming the backend takes precedence and is set again.
     */
    private void forward(Action.Forward forward, int r, String phase, String gate) {
        List<Action.WeightedPool> weighted = forward.pools().stream().filter(p -> p.weight() > 0).toList();
        if (forward.pools().size() == 1 || weighted.isEmpty()) {
            add("use_backend " + backend(forward.pools().getFirst()) + " if TRUE " + gate);
            return;
        }
        if (forward.poolStickiness() != null && phase.equals("http-request")) {
            for (Action.WeightedPool pool : weighted) {
                add("use_backend " + backend(pool) + " if " + gate + " { req.cook(AWSALBTG) -m str " + backend(pool) + " }");
            }
            long seconds = Math.max(1, forward.poolStickiness().toSeconds());
            add("http-response add-header Set-Cookie \"AWSALBTG=%[be_name]; Path=/; Max-Age=" + seconds
                    + "; Expires=%[date(" + seconds + "),http_date]\" if " + gate);
        }
        int total = weighted.stream().mapToInt(Action.WeightedPool::weight).sum();
        String variable = "txn.w" + r;
        add(phase + " set-var(" + variable + ") rand(" + total + ")" + (gate.isEmpty() ? "" : " if " + gate));
        int cumulative = 0;
        for (Action.WeightedPool pool : weighted) {
            cumulative += pool.weight();
            add("use_backend " + backend(pool) + " if " + gate + " { var(" + variable + ") -m int lt " + cumulative + " }");
        }
    }

    private String backend(Action.WeightedPool pool) {
        return HaproxyNames.poolBackend(balancerId, pool.poolId());
    }

    /** TLS termination: HAProxy offers the first certificate by default and the others by SNI, by their names. */
    private String tls() {
        if (listener.tls() == null) {
            return "";
        }
        StringBuilder options = new StringBuilder(" ssl");
        for (Listener.Certificate certificate : listener.tls().certificates()) {
            options.append(" crt ").append(HaproxyText.quoted(files.certificate(certificate).toString()));
        }
        return options.toString();
    }

    private String bindAddress() {
        return listener.bindAddress().contains(":") ? "[" + listener.bindAddress() + "]" : listener.bindAddress();
    }

    private void add(String line) {
        out.add("  " + line);
    }

    /** Condition ACLs: wildcards as anchored regular expressions over the request's parts. */
    static final class ConditionAcls {
        private ConditionAcls() {
        }

        static String render(Condition condition) {
            return switch (condition) {
                case Condition.PathPattern path -> "path -m reg " + HaproxyText.regexWords(path.patterns(), "");
                case Condition.HostHeader host ->
                        "req.hdr(host) -m reg -i " + HaproxyText.regexWords(host.patterns(), "(:[0-9]+)?");
                case Condition.HttpHeader header -> "req.fhdr(" + header.name() + ") -m reg -i "
                        + HaproxyText.regexWords(header.patterns(), "");
                case Condition.QueryString query -> "query -m reg -i " + query.pairs().stream()
                        .map(pair -> "'(^|&)" + (pair.key() == null ? "[^&=]*" : HaproxyText.wildcardBody(pair.key(), "[^&=]"))
                                + "=" + HaproxyText.wildcardBody(pair.value(), "[^&]") + "(&|$)'")
                        .collect(Collectors.joining(" "));
            };
        }
    }
}

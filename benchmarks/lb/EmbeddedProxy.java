import io.cloudgate.loadbalancer.Action;
import io.cloudgate.loadbalancer.BalancerConfig;
import io.cloudgate.loadbalancer.Listener;
import io.cloudgate.loadbalancer.Pool;
import io.cloudgate.loadbalancer.embedded.EmbeddedDataPlane;
import io.cloudgate.loadbalancer.embedded.EmbeddedDataPlaneSettings;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The embedded proxy alone, for the benchmark: args are the backend port, the listener port on 127.0.0.1 and the
 * number of event-loop threads.
 */
public class EmbeddedProxy {
    public static void main(String[] args) throws InterruptedException {
        int backendPort = Integer.parseInt(args[0]);
        int listenPort = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        EmbeddedDataPlaneSettings defaults = EmbeddedDataPlaneSettings.defaults();
        EmbeddedDataPlane plane = EmbeddedDataPlane.start(Clock.systemUTC(), new EmbeddedDataPlaneSettings(
                defaults.portOffset(), threads, defaults.connectTimeout(), defaults.maxRequestBytes()));
        Pool pool = new Pool("backend", Listener.Protocol.HTTP,
                List.of(new Pool.Member("backend", "127.0.0.1", backendPort)),
                new Pool.HealthCheck(Listener.Protocol.TCP, null, null, null, Duration.ofSeconds(5),
                        Duration.ofSeconds(2), 3, 3),
                Pool.Algorithm.ROUND_ROBIN, null, Duration.ofSeconds(1));
        plane.apply(new BalancerConfig("bench", List.of(new Listener("http", "127.0.0.1", listenPort,
                Listener.Protocol.HTTP, Duration.ofSeconds(60), "http", List.of(),
                new Action.Forward(List.of(new Action.WeightedPool("backend", 1)), null))), List.of(pool)));
        System.out.println("embedded proxy listening on http://127.0.0.1:" + listenPort);
        Thread.currentThread().join();
    }
}

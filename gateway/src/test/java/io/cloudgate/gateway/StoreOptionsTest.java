package io.cloudgate.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreOptionsTest {
    @Test
    void theEmbeddedStoreIsTheDefault() {
        GatewayConfig config = CommandLine.parse(new String[0], Map.of());
        assertThat(config.store().engine()).isEqualTo("embedded");
    }

    @Test
    void cassandraIsChosenByOptionOrEnvironment() {
        GatewayConfig byOption = CommandLine.parse(new String[] {"--store", "cassandra",
                "--cassandra-contact-points", "10.0.0.1:9042,10.0.0.2:9042", "--cassandra-keyspace", "gw",
                "--cassandra-datacenter", "dc2"}, Map.of());
        assertThat(byOption.store()).isEqualTo(
                new GatewayConfig.StoreSettings("cassandra", "10.0.0.1:9042,10.0.0.2:9042", "gw", "dc2"));
        GatewayConfig byEnvironment = CommandLine.parse(new String[0], Map.of("CLOUDGATE_STORE", "cassandra",
                "CLOUDGATE_CASSANDRA_CONTACT_POINTS", "cassandra:9042"));
        assertThat(byEnvironment.store()).isEqualTo(
                new GatewayConfig.StoreSettings("cassandra", "cassandra:9042", "cloudgate", "datacenter1"));
    }

    @Test
    void badStoreOptionsAreRefused() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--store", "mysql"}, Map.of()))
                .hasMessageContaining("expected: embedded or cassandra");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--store", "cassandra"}, Map.of()))
                .hasMessageContaining("needs --cassandra-contact-points");
    }
}

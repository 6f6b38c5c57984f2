package io.cloudgate.conformance;

import io.cloudgate.conformance.RunningGateway.Credentials;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;

/**
 * A gateway of its own for each test class, with two tenant accounts: the one under test and a stranger
 * whose view of the tenant's resources must always be NotFound.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoTenants {
    /** The embedded cloud changes state in 1-2 s; poll faster than the SDK waiters' default 15 s. */
    static final Consumer<WaiterOverrideConfiguration.Builder> QUICK = waiter -> waiter
            .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(300)))
            .maxAttempts(60);

    RunningGateway gateway;
    Credentials tenant;
    Credentials stranger;

    @BeforeAll
    void startGateway() throws Exception {
        gateway = RunningGateway.start();
        tenant = gateway.createAccount("tenant");
        stranger = gateway.createAccount("stranger");
    }

    @AfterAll
    void stopGateway() throws Exception {
        gateway.close();
    }
}

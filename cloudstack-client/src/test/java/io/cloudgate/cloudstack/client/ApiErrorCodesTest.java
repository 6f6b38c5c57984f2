package io.cloudgate.cloudstack.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CloudStack's ApiErrorCode values as the typed exceptions callers act on. */
class ApiErrorCodesTest {
    @Test
    void permissionLimitCapacityAllocationAndInUseAreTheirOwnTypes() {
        assertThat(CloudStackApiException.of(531, 4365, "Acct[x] does not have permission to operate with resource"))
                .isInstanceOf(CloudStackApiException.PermissionDenied.class);
        assertThat(CloudStackApiException.of(532, 9999, "limit")).isInstanceOf(CloudStackApiException.ResourceLimit.class);
        assertThat(CloudStackApiException.of(533, 4300, "Insufficient address capacity"))
                .isInstanceOf(CloudStackApiException.InsufficientCapacity.class);
        assertThat(CloudStackApiException.of(536, 9999, "in use"))
                .isInstanceOf(CloudStackApiException.ResourceInUse.class);
    }

    @Test
    void aResourceAllocationErrorTellsALimitFromCapacity() {
        CloudStackApiException limit = CloudStackApiException.of(535, 9999, "Maximum number of resources of type"
                + " 'user_vm' for account name=acme in domain id=1 has been exceeded.");
        assertThat(limit).isInstanceOfSatisfying(CloudStackApiException.ResourceAllocation.class,
                e -> assertThat(e.limitExceeded()).isTrue());
        assertThat(CloudStackApiException.of(535, 9999, "Unable to create a deployment for VM"))
                .isInstanceOfSatisfying(CloudStackApiException.ResourceAllocation.class,
                        e -> assertThat(e.limitExceeded()).isFalse());
    }
}

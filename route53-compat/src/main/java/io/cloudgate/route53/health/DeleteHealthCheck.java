package io.cloudgate.route53.health;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import software.amazon.awssdk.services.route53.model.DeleteHealthCheckRequest;
import software.amazon.awssdk.services.route53.model.DeleteHealthCheckResponse;

/**
 * DeleteHealthCheck, refused with HealthCheckInUse while a record set (asked of the record set owner's predicate)
 * or a calculated health check of the account still refers to it.
 */
final class DeleteHealthCheck implements Operation<DeleteHealthCheckRequest, DeleteHealthCheckResponse> {
    private static final int PAGE = 500;

    private final CheckRepository repository;
    private final ProbeStates states;
    private final Verdicts verdicts;
    private final Supplier<BiPredicate<String, String>> referencedByRecords;

    DeleteHealthCheck(CheckRepository repository, ProbeStates states, Verdicts verdicts,
                      Supplier<BiPredicate<String, String>> referencedByRecords) {
        this.repository = repository;
        this.states = states;
        this.verdicts = verdicts;
        this.referencedByRecords = referencedByRecords;
    }

    @Override
    public DeleteHealthCheckResponse handle(DeleteHealthCheckRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String id = HealthCheckOperations.requireId(request.healthCheckId());
        repository.require(account, id);
        if (referencedByRecords.get().test(account, id) || isChildOfCalculated(account, id)) {
            throw HealthCheckErrors.inUse(id);
        }
        if (!repository.delete(account, id)) {
            throw HealthCheckErrors.noSuchHealthCheck(id);
        }
        states.delete(account, id);
        verdicts.forget(new CheckKey(account, id));
        return DeleteHealthCheckResponse.builder().build();
    }

    private boolean isChildOfCalculated(String account, String id) {
        String from = null;
        while (true) {
            List<StoredCheck> page = repository.page(account, from, PAGE);
            for (StoredCheck check : page) {
                if (check.config().childHealthChecks().contains(id)) {
                    return true;
                }
            }
            if (page.size() < PAGE) {
                return false;
            }
            from = page.getLast().id() + '\u0000';
        }
    }
}

package io.cloudgate.ec2.ops.network;

import io.cloudgate.ec2.core.Ec2Ids;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The ids a Describe call asks for, checked against what the account has: malformed ids and ids the
 * account does not have (including other accounts' ids) fail with the kind's error, as AWS fails them.
 */
public final class RequestedIds {
    private RequestedIds() {
    }

    /** A test that passes everything when no ids were asked for, else only the ids asked for. */
    public static Predicate<String> check(ResourceKind kind, List<String> requested, Collection<String> known) {
        for (String id : requested) {
            Ec2Ids.requireWellFormed(kind, id);
            if (!known.contains(id)) {
                throw kind.notFound(id);
            }
        }
        Set<String> wanted = Set.copyOf(requested);
        return id -> wanted.isEmpty() || wanted.contains(id);
    }
}

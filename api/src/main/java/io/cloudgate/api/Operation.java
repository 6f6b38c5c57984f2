package io.cloudgate.api;

/**
 * One AWS operation, independent of the wire protocol that carried it.
 * Runs on a virtual thread: blocking calls to stores and backends are fine.
 *
 * @param <I> the typed request (an AWS SDK v2 model class)
 * @param <O> the typed response
 */
@FunctionalInterface
public interface Operation<I, O> {
    O handle(I request, RequestContext context);
}

package io.cloudgate.compute.cloudstack;

import io.cloudgate.cloudstack.client.Actor;

/**
 * The CloudStack account a tenant's resources live in.
 *
 * @param ownKeys true when the gateway's keys are this account's own (a single-tenant setup): calls then carry no
 *                account/domainid; false when an admin key acts for the account
 */
public record AccountLink(String tenant, String csAccount, String domainId, boolean ownKeys) {
    /** The account+domain to act for, or null when the keys are the account's own. */
    public Actor actor() {
        return ownKeys ? null : new Actor(csAccount, domainId);
    }
}

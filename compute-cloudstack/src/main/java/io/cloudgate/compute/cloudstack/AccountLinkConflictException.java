package io.cloudgate.compute.cloudstack;

/** A CloudStack account that another tenant is already linked to. */
public final class AccountLinkConflictException extends RuntimeException {
    private final String owner;

    public AccountLinkConflictException(String owner) {
        super("The CloudStack account is already linked to account " + owner);
        this.owner = owner;
    }

    /** The tenant that holds the link. */
    public String owner() {
        return owner;
    }
}

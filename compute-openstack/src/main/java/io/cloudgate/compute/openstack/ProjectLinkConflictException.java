package io.cloudgate.compute.openstack;

/** A tenant asked to be linked to a project another tenant is linked to. */
public final class ProjectLinkConflictException extends RuntimeException {
    private final String owner;

    public ProjectLinkConflictException(String owner) {
        super("The project is linked to account " + owner);
        this.owner = owner;
    }

    /** The tenant the project is linked to. */
    public String owner() {
        return owner;
    }
}

package io.cloudgate.compute;

/**
 * An isolated network (a VPC). Where the backend has only flat or basic networking, the adapter
 * presents one synthetic default network per account.
 */
public record Network(String id, String owner, String cidr, boolean isDefault, String state) {
}

package io.cloudgate.elb.v2.ops.balancers;

/** ELBv2's default quotas, as DescribeAccountLimits reports them and the operations enforce them. */
public final class V2Limits {
    public static final int LOAD_BALANCERS = 50;
    public static final int TARGET_GROUPS = 3000;
    public static final int LISTENERS_PER_BALANCER = 50;
    public static final int RULES_PER_BALANCER = 100;
    public static final int TARGETS_PER_GROUP = 1000;

    private V2Limits() {
    }
}

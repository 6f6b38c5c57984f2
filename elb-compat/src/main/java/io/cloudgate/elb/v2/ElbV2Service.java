package io.cloudgate.elb.v2;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.AwsOperationNames;
import io.cloudgate.api.AwsService;
import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.ServiceErrors;
import io.cloudgate.elb.core.ElbContext;
import io.cloudgate.elb.v2.ops.account.AddTags;
import io.cloudgate.elb.v2.ops.account.DescribeAccountLimits;
import io.cloudgate.elb.v2.ops.account.DescribeCapacityReservation;
import io.cloudgate.elb.v2.ops.account.DescribeSSLPolicies;
import io.cloudgate.elb.v2.ops.account.DescribeTags;
import io.cloudgate.elb.v2.ops.account.RemoveTags;
import io.cloudgate.elb.v2.ops.balancers.CreateLoadBalancer;
import io.cloudgate.elb.v2.ops.balancers.DeleteLoadBalancer;
import io.cloudgate.elb.v2.ops.balancers.DescribeLoadBalancerAttributes;
import io.cloudgate.elb.v2.ops.balancers.DescribeLoadBalancers;
import io.cloudgate.elb.v2.ops.balancers.ModifyLoadBalancerAttributes;
import io.cloudgate.elb.v2.ops.balancers.SetSecurityGroups;
import io.cloudgate.elb.v2.ops.balancers.SetSubnets;
import io.cloudgate.elb.v2.ops.listeners.AddListenerCertificates;
import io.cloudgate.elb.v2.ops.listeners.CreateListener;
import io.cloudgate.elb.v2.ops.listeners.DeleteListener;
import io.cloudgate.elb.v2.ops.listeners.DescribeListenerAttributes;
import io.cloudgate.elb.v2.ops.listeners.DescribeListenerCertificates;
import io.cloudgate.elb.v2.ops.listeners.DescribeListeners;
import io.cloudgate.elb.v2.ops.listeners.ModifyListener;
import io.cloudgate.elb.v2.ops.listeners.ModifyListenerAttributes;
import io.cloudgate.elb.v2.ops.listeners.RemoveListenerCertificates;
import io.cloudgate.elb.v2.ops.rules.CreateRule;
import io.cloudgate.elb.v2.ops.rules.DeleteRule;
import io.cloudgate.elb.v2.ops.rules.DescribeRules;
import io.cloudgate.elb.v2.ops.rules.ModifyRule;
import io.cloudgate.elb.v2.ops.rules.SetRulePriorities;
import io.cloudgate.elb.v2.ops.targets.CreateTargetGroup;
import io.cloudgate.elb.v2.ops.targets.DeleteTargetGroup;
import io.cloudgate.elb.v2.ops.targets.DeregisterTargets;
import io.cloudgate.elb.v2.ops.targets.DescribeTargetGroupAttributes;
import io.cloudgate.elb.v2.ops.targets.DescribeTargetGroups;
import io.cloudgate.elb.v2.ops.targets.DescribeTargetHealth;
import io.cloudgate.elb.v2.ops.targets.ModifyTargetGroup;
import io.cloudgate.elb.v2.ops.targets.ModifyTargetGroupAttributes;
import io.cloudgate.elb.v2.ops.targets.RegisterTargets;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddListenerCertificatesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddListenerCertificatesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerCertificatesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerCertificatesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveListenerCertificatesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveListenerCertificatesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddTagsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AddTagsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateListenerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateLoadBalancerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateRuleRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateRuleResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteListenerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteLoadBalancerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteRuleRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteRuleResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeleteTargetGroupResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeregisterTargetsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DeregisterTargetsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeAccountLimitsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeAccountLimitsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeCapacityReservationRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeCapacityReservationResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenerAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenersRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancerAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeRulesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeRulesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeSslPoliciesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeSslPoliciesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTagsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTagsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetHealthRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetHealthResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyLoadBalancerAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyLoadBalancerAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyRuleRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyRuleResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupAttributesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupAttributesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RegisterTargetsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RegisterTargetsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveTagsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RemoveTagsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetRulePrioritiesRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetRulePrioritiesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetSecurityGroupsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetSecurityGroupsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetSubnetsRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SetSubnetsResponse;
import java.util.List;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;

/** Elastic Load Balancing v2 (awsQuery, 2015-12-01): application and network balancers over the data plane. */
public final class ElbV2Service {
    private ElbV2Service() {
    }

    public static AwsService create(ElbContext elb) {
        return create(new V2Context(elb));
    }

    /** The service over an existing context (the gateway keeps it to restore balancers at start). */
    public static AwsService create(V2Context context) {
        List<BoundOperation> operations = List.of(
                BoundOperation.of(operation("CreateLoadBalancer", CreateLoadBalancerRequest::builder, CreateLoadBalancerResponse::builder),
                        new CreateLoadBalancer(context)),
                BoundOperation.of(operation("DescribeLoadBalancers", DescribeLoadBalancersRequest::builder, DescribeLoadBalancersResponse::builder),
                        new DescribeLoadBalancers(context)),
                BoundOperation.of(operation("DeleteLoadBalancer", DeleteLoadBalancerRequest::builder, DeleteLoadBalancerResponse::builder),
                        new DeleteLoadBalancer(context)),
                BoundOperation.of(operation("SetSubnets", SetSubnetsRequest::builder, SetSubnetsResponse::builder),
                        new SetSubnets(context)),
                BoundOperation.of(operation("SetSecurityGroups", SetSecurityGroupsRequest::builder, SetSecurityGroupsResponse::builder),
                        new SetSecurityGroups(context)),
                BoundOperation.of(operation("DescribeLoadBalancerAttributes", DescribeLoadBalancerAttributesRequest::builder, DescribeLoadBalancerAttributesResponse::builder),
                        new DescribeLoadBalancerAttributes(context)),
                BoundOperation.of(operation("ModifyLoadBalancerAttributes", ModifyLoadBalancerAttributesRequest::builder, ModifyLoadBalancerAttributesResponse::builder),
                        new ModifyLoadBalancerAttributes(context)),
                BoundOperation.of(operation("CreateTargetGroup", CreateTargetGroupRequest::builder, CreateTargetGroupResponse::builder),
                        new CreateTargetGroup(context)),
                BoundOperation.of(operation("DescribeTargetGroups", DescribeTargetGroupsRequest::builder, DescribeTargetGroupsResponse::builder),
                        new DescribeTargetGroups(context)),
                BoundOperation.of(operation("ModifyTargetGroup", ModifyTargetGroupRequest::builder, ModifyTargetGroupResponse::builder),
                        new ModifyTargetGroup(context)),
                BoundOperation.of(operation("DeleteTargetGroup", DeleteTargetGroupRequest::builder, DeleteTargetGroupResponse::builder),
                        new DeleteTargetGroup(context)),
                BoundOperation.of(operation("RegisterTargets", RegisterTargetsRequest::builder, RegisterTargetsResponse::builder),
                        new RegisterTargets(context)),
                BoundOperation.of(operation("DeregisterTargets", DeregisterTargetsRequest::builder, DeregisterTargetsResponse::builder),
                        new DeregisterTargets(context)),
                BoundOperation.of(operation("DescribeTargetHealth", DescribeTargetHealthRequest::builder, DescribeTargetHealthResponse::builder),
                        new DescribeTargetHealth(context)),
                BoundOperation.of(operation("DescribeTargetGroupAttributes", DescribeTargetGroupAttributesRequest::builder, DescribeTargetGroupAttributesResponse::builder),
                        new DescribeTargetGroupAttributes(context)),
                BoundOperation.of(operation("ModifyTargetGroupAttributes", ModifyTargetGroupAttributesRequest::builder, ModifyTargetGroupAttributesResponse::builder),
                        new ModifyTargetGroupAttributes(context)),
                BoundOperation.of(operation("CreateListener", CreateListenerRequest::builder, CreateListenerResponse::builder),
                        new CreateListener(context)),
                BoundOperation.of(operation("DescribeListeners", DescribeListenersRequest::builder, DescribeListenersResponse::builder),
                        new DescribeListeners(context)),
                BoundOperation.of(operation("ModifyListener", ModifyListenerRequest::builder, ModifyListenerResponse::builder),
                        new ModifyListener(context)),
                BoundOperation.of(operation("DeleteListener", DeleteListenerRequest::builder, DeleteListenerResponse::builder),
                        new DeleteListener(context)),
                BoundOperation.of(operation("AddListenerCertificates", AddListenerCertificatesRequest::builder,
                        AddListenerCertificatesResponse::builder), new AddListenerCertificates(context)),
                BoundOperation.of(operation("DescribeListenerCertificates", DescribeListenerCertificatesRequest::builder,
                        DescribeListenerCertificatesResponse::builder), new DescribeListenerCertificates(context)),
                BoundOperation.of(operation("RemoveListenerCertificates", RemoveListenerCertificatesRequest::builder,
                        RemoveListenerCertificatesResponse::builder), new RemoveListenerCertificates(context)),
                BoundOperation.of(operation("DescribeListenerAttributes", DescribeListenerAttributesRequest::builder, DescribeListenerAttributesResponse::builder),
                        new DescribeListenerAttributes(context)),
                BoundOperation.of(operation("ModifyListenerAttributes", ModifyListenerAttributesRequest::builder, ModifyListenerAttributesResponse::builder),
                        new ModifyListenerAttributes(context)),
                BoundOperation.of(operation("CreateRule", CreateRuleRequest::builder, CreateRuleResponse::builder),
                        new CreateRule(context)),
                BoundOperation.of(operation("DescribeRules", DescribeRulesRequest::builder, DescribeRulesResponse::builder),
                        new DescribeRules(context)),
                BoundOperation.of(operation("ModifyRule", ModifyRuleRequest::builder, ModifyRuleResponse::builder),
                        new ModifyRule(context)),
                BoundOperation.of(operation("DeleteRule", DeleteRuleRequest::builder, DeleteRuleResponse::builder),
                        new DeleteRule(context)),
                BoundOperation.of(operation("SetRulePriorities", SetRulePrioritiesRequest::builder, SetRulePrioritiesResponse::builder),
                        new SetRulePriorities(context)),
                BoundOperation.of(operation("AddTags", AddTagsRequest::builder, AddTagsResponse::builder),
                        new AddTags(context)),
                BoundOperation.of(operation("RemoveTags", RemoveTagsRequest::builder, RemoveTagsResponse::builder),
                        new RemoveTags(context)),
                BoundOperation.of(operation("DescribeTags", DescribeTagsRequest::builder, DescribeTagsResponse::builder),
                        new DescribeTags(context)),
                BoundOperation.of(operation("DescribeSSLPolicies", DescribeSslPoliciesRequest::builder, DescribeSslPoliciesResponse::builder),
                        new DescribeSSLPolicies()),
                BoundOperation.of(operation("DescribeAccountLimits", DescribeAccountLimitsRequest::builder, DescribeAccountLimitsResponse::builder),
                        new DescribeAccountLimits()),
                BoundOperation.of(operation("DescribeCapacityReservation", DescribeCapacityReservationRequest::builder, DescribeCapacityReservationResponse::builder),
                        new DescribeCapacityReservation(context)));
        return AwsService.of("elasticloadbalancing", "2015-12-01",
                "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/", null, false, List.of("awsQuery"),
                operations, AwsOperationNames.fromClient(ElasticLoadBalancingV2Client.class), ServiceErrors.query());
    }
}

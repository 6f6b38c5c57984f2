package io.cloudgate.ec2.ops.instances;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.DryRun;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.Ec2Ids;
import io.cloudgate.ec2.core.ResourceKind;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;

/**
 * Launches instances. With a ClientToken the call is idempotent: a retry answers with the reservation of
 * the first call instead of launching again, and a reuse with other parameters is refused.
 */
final class RunInstances implements Operation<RunInstancesRequest, RunInstancesResponse> {
    private static final int MAX_TOKEN_LENGTH = 64;

    private final Ec2Context context;
    private final InstanceLookup lookup;
    private final ClientTokens tokens;
    private final TemplateLaunch templates;
    private final LaunchPlanner planner;
    private final Launcher launcher;

    RunInstances(Ec2Context context, InstanceLookup lookup, InstanceRecords records, ClientTokens tokens,
                 TemplateLaunch templates) {
        this.context = context;
        this.lookup = lookup;
        this.tokens = tokens;
        this.templates = templates;
        this.planner = new LaunchPlanner(context);
        this.launcher = new Launcher(context, records);
    }

    @Override
    public RunInstancesResponse handle(RunInstancesRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        String token = request.clientToken();
        if (token != null && (token.length() > MAX_TOKEN_LENGTH || !token.chars().allMatch(c -> c < 128))) {
            throw AwsException.badRequest("InvalidParameterValue", "Value (" + token
                    + ") for parameter clientToken is invalid. Expected up to 64 ASCII characters.");
        }
        TemplateLaunch.Applied applied = templates.apply(request, requestContext);
        LaunchPlan plan = planner.plan(account, applied.request(), applied.templateId(), applied.version());
        DryRun.check(request.dryRun());
        String reservationId = Ec2Ids.mint(ResourceKind.RESERVATION);
        if (token == null) {
            return response(launcher.launch(account, plan, reservationId), reservationId, account);
        }
        int fingerprint = request.toBuilder().clientToken(null).dryRun(null).build().hashCode();
        Optional<ClientTokens.Claim> earlier = tokens.claim(account, token, fingerprint, reservationId);
        if (earlier.isPresent()) {
            List<InstanceView> views = earlier.get().instanceIds().stream()
                    .map(id -> lookup.find(account, id)).flatMap(Optional::stream).toList();
            return response(views, earlier.get().reservationId(), account);
        }
        List<InstanceView> views;
        try {
            views = launcher.launch(account, plan, reservationId);
        } catch (RuntimeException e) {
            tokens.release(account, token);
            throw e;
        }
        tokens.complete(account, token, reservationId, fingerprint,
                views.stream().map(InstanceView::instanceId).toList());
        return response(views, reservationId, account);
    }

    private RunInstancesResponse response(List<InstanceView> views, String reservationId, String account) {
        InstanceRenderer renderer = new InstanceRenderer(new AccountResources(context, account));
        return RunInstancesResponse.builder()
                .reservationId(reservationId)
                .ownerId(account)
                .groups(List.of())
                .instances(views.stream().map(renderer::render).toList())
                .build();
    }
}

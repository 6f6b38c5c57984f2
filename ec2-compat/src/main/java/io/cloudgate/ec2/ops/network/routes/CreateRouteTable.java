package io.cloudgate.ec2.ops.network.routes;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.ec2.core.CreateTokens;
import io.cloudgate.ec2.core.Ec2Context;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.CreateRouteTableRequest;
import software.amazon.awssdk.services.ec2.model.CreateRouteTableResponse;
import software.amazon.awssdk.services.ec2.model.RouteTable;

/**
 * CreateRouteTable: a table with only the local route, tagged on create. A retry with the same ClientToken answers
 * with the table the first call made.
 */
public final class CreateRouteTable implements Operation<CreateRouteTableRequest, CreateRouteTableResponse> {
    private final RouteTables tables;
    private final CreateTokens tokens;

    public CreateRouteTable(Ec2Context context) {
        this.tables = new RouteTables(context);
        this.tokens = new CreateTokens(context.store(), context.clock(), "CreateRouteTable");
    }

    @Override
    public CreateRouteTableResponse handle(CreateRouteTableRequest request, RequestContext requestContext) {
        String account = requestContext.principal().accountId();
        if (Boolean.TRUE.equals(request.dryRun())) {
            // Validates, then answers DryRunOperation; a dry run never claims the token.
            tables.create(account, request.vpcId(), request.tagSpecifications(), true);
        }
        int fingerprint = request.toBuilder().clientToken(null).dryRun(null).build().hashCode();
        Optional<String> earlier = tokens.earlier(account, request.clientToken(), fingerprint);
        RouteTable table;
        if (earlier.isPresent()) {
            try {
                table = tables.current(account, earlier.get());
            } catch (AwsException notFound) {
                throw CreateTokens.deleted();
            }
        } else {
            try {
                table = tables.create(account, request.vpcId(), request.tagSpecifications(), false);
            } catch (RuntimeException e) {
                tokens.release(account, request.clientToken());
                throw e;
            }
            tokens.remember(account, request.clientToken(), fingerprint, table.routeTableId());
        }
        return CreateRouteTableResponse.builder().routeTable(table).clientToken(request.clientToken()).build();
    }
}

package io.cloudgate.identity.sts;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;

import io.cloudgate.api.AwsOperationNames;
import io.cloudgate.api.AwsService;
import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.ServiceErrors;
import io.cloudgate.identity.Identities;
import java.util.List;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.GetSessionTokenRequest;
import software.amazon.awssdk.services.sts.model.GetSessionTokenResponse;

/** AWS Security Token Service (awsQuery). */
public final class StsService {
    private StsService() {
    }

    public static AwsService create(Identities identities) {
        return AwsService.of("sts", "2011-06-15", "https://sts.amazonaws.com/doc/2011-06-15/", null, false,
                List.of("awsQuery"),
                List.of(
                        BoundOperation.of(operation("GetCallerIdentity", GetCallerIdentityRequest::builder,
                                GetCallerIdentityResponse::builder), new GetCallerIdentity()),
                        BoundOperation.of(operation("GetSessionToken", GetSessionTokenRequest::builder,
                                GetSessionTokenResponse::builder), new GetSessionToken(identities)),
                        BoundOperation.of(operation("AssumeRole", AssumeRoleRequest::builder,
                                AssumeRoleResponse::builder), new AssumeRole(identities))),
                AwsOperationNames.fromClient(StsClient.class),
                ServiceErrors.query());
    }
}

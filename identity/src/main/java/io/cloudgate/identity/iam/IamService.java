package io.cloudgate.identity.iam;

import static io.cloudgate.protocol.sdk.SdkSchemas.operation;
import static io.cloudgate.protocol.sdk.SdkSchemas.operationWithoutOutput;

import io.cloudgate.api.AwsOperationNames;
import io.cloudgate.api.AwsService;
import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.ServiceErrors;
import io.cloudgate.identity.Identities;
import java.util.List;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.CreateAccessKeyRequest;
import software.amazon.awssdk.services.iam.model.CreateAccessKeyResponse;
import software.amazon.awssdk.services.iam.model.CreateUserRequest;
import software.amazon.awssdk.services.iam.model.CreateUserResponse;
import software.amazon.awssdk.services.iam.model.DeleteAccessKeyRequest;
import software.amazon.awssdk.services.iam.model.DeleteServerCertificateRequest;
import software.amazon.awssdk.services.iam.model.GetServerCertificateRequest;
import software.amazon.awssdk.services.iam.model.GetServerCertificateResponse;
import software.amazon.awssdk.services.iam.model.ListServerCertificatesRequest;
import software.amazon.awssdk.services.iam.model.ListServerCertificatesResponse;
import software.amazon.awssdk.services.iam.model.UpdateServerCertificateRequest;
import software.amazon.awssdk.services.iam.model.UploadServerCertificateRequest;
import software.amazon.awssdk.services.iam.model.UploadServerCertificateResponse;
import software.amazon.awssdk.services.iam.model.DeleteUserRequest;
import software.amazon.awssdk.services.iam.model.GetUserRequest;
import software.amazon.awssdk.services.iam.model.GetUserResponse;
import software.amazon.awssdk.services.iam.model.ListAccessKeysRequest;
import software.amazon.awssdk.services.iam.model.ListAccessKeysResponse;
import software.amazon.awssdk.services.iam.model.ListGroupsForUserRequest;
import software.amazon.awssdk.services.iam.model.ListGroupsForUserResponse;
import software.amazon.awssdk.services.iam.model.ListUsersRequest;
import software.amazon.awssdk.services.iam.model.ListUsersResponse;
import software.amazon.awssdk.services.iam.model.UpdateAccessKeyRequest;

/** IAM basics (awsQuery): users, their access keys, and server certificates for TLS listeners. */
public final class IamService {
    private IamService() {
    }

    public static AwsService create(Identities identities) {
        return AwsService.of("iam", "2010-05-08", "https://iam.amazonaws.com/doc/2010-05-08/", null, false,
                List.of("awsQuery"),
                List.of(
                        BoundOperation.of(operation("CreateUser", CreateUserRequest::builder,
                                CreateUserResponse::builder), new CreateUser(identities)),
                        BoundOperation.of(operation("GetUser", GetUserRequest::builder,
                                GetUserResponse::builder), new GetUser(identities)),
                        BoundOperation.of(operation("ListUsers", ListUsersRequest::builder,
                                ListUsersResponse::builder), new ListUsers(identities)),
                        BoundOperation.of(operationWithoutOutput("DeleteUser", DeleteUserRequest::builder),
                                new DeleteUser(identities)),
                        BoundOperation.of(operation("ListGroupsForUser", ListGroupsForUserRequest::builder,
                                ListGroupsForUserResponse::builder), new ListGroupsForUser(identities)),
                        BoundOperation.of(operation("CreateAccessKey", CreateAccessKeyRequest::builder,
                                CreateAccessKeyResponse::builder), new CreateAccessKey(identities)),
                        BoundOperation.of(operation("ListAccessKeys", ListAccessKeysRequest::builder,
                                ListAccessKeysResponse::builder), new ListAccessKeys(identities)),
                        BoundOperation.of(operationWithoutOutput("UpdateAccessKey", UpdateAccessKeyRequest::builder),
                                new UpdateAccessKey(identities)),
                        BoundOperation.of(operationWithoutOutput("DeleteAccessKey", DeleteAccessKeyRequest::builder),
                                new DeleteAccessKey(identities)),
                        BoundOperation.of(operation("UploadServerCertificate", UploadServerCertificateRequest::builder,
                                UploadServerCertificateResponse::builder), new UploadServerCertificate(identities)),
                        BoundOperation.of(operation("GetServerCertificate", GetServerCertificateRequest::builder,
                                GetServerCertificateResponse::builder), new GetServerCertificate(identities)),
                        BoundOperation.of(operation("ListServerCertificates", ListServerCertificatesRequest::builder,
                                ListServerCertificatesResponse::builder), new ListServerCertificates(identities)),
                        BoundOperation.of(operationWithoutOutput("UpdateServerCertificate",
                                UpdateServerCertificateRequest::builder), new UpdateServerCertificate(identities)),
                        BoundOperation.of(operationWithoutOutput("DeleteServerCertificate",
                                DeleteServerCertificateRequest::builder), new DeleteServerCertificate(identities))),
                AwsOperationNames.fromClient(IamClient.class),
                ServiceErrors.query());
    }
}

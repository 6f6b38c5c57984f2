package io.cloudgate.conformance;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.route53.Route53Client;
import software.amazon.awssdk.services.sts.StsClient;

/** AWS SDK for Java v2 clients pointed at a running gateway. */
final class SdkClients {
    private SdkClients() {
    }

    static StsClient sts(RunningGateway gateway, RunningGateway.Credentials credentials) {
        return StsClient.builder()
                .endpointOverride(gateway.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials.provider())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    static IamClient iam(RunningGateway gateway, RunningGateway.Credentials credentials) {
        return IamClient.builder()
                .endpointOverride(gateway.endpoint())
                .region(Region.AWS_GLOBAL)
                .credentialsProvider(credentials.provider())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    static Ec2Client ec2(RunningGateway gateway, RunningGateway.Credentials credentials) {
        return Ec2Client.builder()
                .endpointOverride(gateway.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials.provider())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    static Route53Client route53(RunningGateway gateway, RunningGateway.Credentials credentials) {
        return Route53Client.builder()
                .endpointOverride(gateway.endpoint())
                .region(Region.AWS_GLOBAL)
                .credentialsProvider(credentials.provider())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}

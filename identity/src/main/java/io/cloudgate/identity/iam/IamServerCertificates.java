package io.cloudgate.identity.iam;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Validation;
import io.cloudgate.identity.Identities;
import io.cloudgate.identity.store.ServerCertificateRecord;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.iam.model.ServerCertificateMetadata;

/** Checks, lookups and conversions the server-certificate operations share. */
final class IamServerCertificates {
    static final Pattern PATH = Pattern.compile("(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");

    private IamServerCertificates() {
    }

    static void validateName(String name, String member) {
        Validation.required(name, member);
        Validation.length(name, member, 1, 128);
        Validation.pattern(name, member, IamUsers.USER_NAME);
    }

    /** "/" when absent. */
    static String path(String path, String member) {
        String value = path == null ? "/" : path;
        Validation.length(value, member, 1, 512);
        Validation.pattern(value, member, PATH);
        return value;
    }

    static ServerCertificateRecord require(Identities identities, String accountId, String name) {
        validateName(name, "serverCertificateName");
        return identities.serverCertificates().repository().find(accountId, name)
                .orElseThrow(() -> AwsException.notFound("NoSuchEntity",
                        "The Server Certificate with name " + name + " cannot be found."));
    }

    /** DeleteConflict while a load balancer (or another service) terminates TLS with the certificate. */
    static void requireUnused(Identities identities, ServerCertificateRecord certificate, String doing) {
        identities.serverCertificates().user(certificate).ifPresent(user -> {
            throw AwsException.conflict("DeleteConflict", "Certificate: " + certificate.id()
                    + " is currently in use by " + user + ". Please remove it first before " + doing + " it.");
        });
    }

    static AwsException alreadyExists(String name) {
        return AwsException.conflict("EntityAlreadyExists",
                "The Server Certificate with name " + name + " already exists.");
    }

    static ServerCertificateMetadata metadata(ServerCertificateRecord record) {
        return ServerCertificateMetadata.builder()
                .path(record.path())
                .serverCertificateName(record.name())
                .serverCertificateId(record.id())
                .arn(record.arn())
                .uploadDate(record.uploadedAt())
                .expiration(record.expiration())
                .build();
    }
}

package io.cloudgate.sigv4;

/** Rejection messages shared by the SigV4 and SigV2 verifiers, in AWS's words. */
final class AwsMessages {

    static final String SIGNATURE_MISMATCH = "The request signature we calculated does not match the signature "
            + "you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation "
            + "for details.";
    static final String INVALID_TOKEN = "The security token included in the request is invalid.";
    static final String MISSING_TOKEN = "Request is missing Authentication Token";

    private AwsMessages() {
    }
}

package io.cloudgate.elb.classic;

import io.cloudgate.api.AwsException;

/** Classic ELB's error codes (statuses as the SDK models them) and AWS's wording of them. */
final class ClassicErrors {
    private ClassicErrors() {
    }

    static AwsException notFound(String name) {
        return AwsException.badRequest("LoadBalancerNotFound", "There is no ACTIVE Load Balancer named '" + name + "'");
    }

    static AwsException duplicateName(String name) {
        return AwsException.badRequest("DuplicateLoadBalancerName",
                "Load Balancer named '" + name + "' already exists and it is configured with different parameters.");
    }

    static AwsException duplicateListener(String name, int port) {
        return AwsException.badRequest("DuplicateListener", "A listener already exists for " + name
                + " with LoadBalancerPort " + port + ", but with a different InstancePort, Protocol, or "
                + "SSLCertificateId");
    }

    static AwsException listenerNotFound(String name, int port) {
        return AwsException.badRequest("ListenerNotFound",
                "There is no listener on port " + port + " of load balancer " + name);
    }

    static AwsException invalidInstance(String instanceId) {
        return AwsException.badRequest("InvalidInstance", "Could not find EC2 instance " + instanceId + ".");
    }

    static AwsException certificateNotFound(String arn) {
        return AwsException.badRequest("CertificateNotFound", "Server Certificate not found for the key: " + arn);
    }

    static AwsException invalidConfiguration(String message) {
        return new AwsException(409, "InvalidConfigurationRequest", message);
    }

    static AwsException policyNotFound(String policyName, String balancerName) {
        return AwsException.badRequest("PolicyNotFound",
                "There is no policy with name " + policyName + " for load balancer " + balancerName);
    }

    static AwsException policyTypeNotFound(String typeName) {
        return AwsException.badRequest("PolicyTypeNotFound", "There is no policy type with name " + typeName);
    }

    static AwsException duplicatePolicy(String policyName) {
        return AwsException.badRequest("DuplicatePolicyName", "Policy with name " + policyName + " already exists");
    }

    static AwsException subnetNotFound(String subnetId) {
        return AwsException.badRequest("SubnetNotFound", "The subnet ID '" + subnetId + "' does not exist");
    }

    static AwsException invalidSubnet(String message) {
        return AwsException.badRequest("InvalidSubnet", message);
    }

    static AwsException invalidSecurityGroup(String groupId) {
        return AwsException.badRequest("InvalidSecurityGroup", "Security group \"" + groupId + "\" does not exist");
    }

    static AwsException validation(String message) {
        return AwsException.validation(message);
    }

    static AwsException invalidScheme(String scheme) {
        return AwsException.badRequest("InvalidScheme", "Invalid scheme " + scheme
                + ": must be internet-facing or internal");
    }
}

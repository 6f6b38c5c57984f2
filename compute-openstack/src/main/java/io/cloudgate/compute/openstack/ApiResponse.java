package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import java.util.Iterator;

/**
 * One answer of an OpenStack API: the status, the JSON body (a missing node when there was none) and the body's
 * bytes (image data is not JSON).
 */
record ApiResponse(int status, JsonNode body, byte[] raw) {
    ApiResponse(int status, JsonNode body) {
        this(status, body, new byte[0]);
    }

    static ApiResponse empty(int status) {
        return new ApiResponse(status, MissingNode.getInstance());
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The service's own error text: Nova's {"itemNotFound": {"message"}}, Neutron's NeutronError, Keystone's error. */
    String message() {
        JsonNode neutron = body.path("NeutronError");
        if (neutron.has("message")) {
            return neutron.path("message").asText();
        }
        Iterator<JsonNode> fields = body.elements();
        while (fields.hasNext()) {
            JsonNode field = fields.next();
            if (field.has("message")) {
                return field.path("message").asText();
            }
        }
        return body.isTextual() ? body.asText() : "HTTP " + status;
    }

    /** Neutron's error type ("IpAddressAlreadyAllocated"), or "". */
    String neutronType() {
        return body.path("NeutronError").path("type").asText("");
    }

    /** This response when successful; otherwise the failure in the port's vocabulary. */
    ApiResponse require(String what) {
        if (ok()) {
            return this;
        }
        throw failure(what);
    }

    ComputeException failure(String what) {
        String message = message();
        Kind kind = switch (status) {
            case 404 -> Kind.NOT_FOUND;
            case 409 -> message.contains("in use") || message.contains("InUse") || neutronType().endsWith("InUse")
                    ? Kind.IN_USE : Kind.INVALID_STATE;
            case 400, 413, 422 -> Kind.INVALID_ARGUMENT;
            case 403 -> message.toLowerCase(java.util.Locale.ROOT).contains("quota") ? Kind.MACHINE_QUOTA
                    : Kind.INVALID_ARGUMENT;
            default -> Kind.UNAVAILABLE;
        };
        return new ComputeException(kind, kind == Kind.NOT_FOUND ? what + " does not exist" : what + ": " + message);
    }
}

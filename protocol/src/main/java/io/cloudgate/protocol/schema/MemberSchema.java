package io.cloudgate.protocol.schema;

/** A member of a structure, or the element/key/value of a collection. */
public interface MemberSchema {
    /** The member name in the model ("BlockDeviceMappings"). */
    String name();

    Schema target();

    /** Name of the member in a request body or query form ("BlockDeviceMapping" for ec2Query). */
    String requestName();

    /** Name of the member in a response body ("instancesSet" for ec2Query). */
    String responseName();

    Location location();

    /** Header name, query key, label name or header prefix for non-BODY locations; null otherwise. */
    String locationName();

    /** XML/query list or map without a wrapping element. */
    boolean flattened();

    boolean xmlAttribute();

    /** The member's XML namespace, or null. */
    XmlNamespace xmlNamespace();

    /** Format declared on the member or its target; null means the protocol's default for the location. */
    TimestampFormat timestampFormat();

    boolean required();

    boolean idempotencyToken();
}

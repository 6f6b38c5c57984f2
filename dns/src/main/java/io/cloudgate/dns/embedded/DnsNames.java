package io.cloudgate.dns.embedded;

import io.cloudgate.dns.DnsException;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/** Parsing of the port's presentation-format names, and the case-free keys they are stored under. */
final class DnsNames {
    private DnsNames() {
    }

    /** An absolute name, or INVALID_RECORD. */
    static Name parse(String presentation) {
        Name name;
        try {
            name = Name.fromString(presentation);
        } catch (TextParseException e) {
            throw new DnsException(DnsException.Kind.INVALID_RECORD, "invalid name " + presentation + ": "
                    + e.getMessage(), e);
        }
        if (!name.isAbsolute()) {
            throw new DnsException(DnsException.Kind.INVALID_RECORD, "name " + presentation + " is not absolute");
        }
        return name;
    }

    /** The stored form: lower case, so that names differing only in case share a key. */
    static String key(Name name) {
        return name.canonicalize().toString();
    }
}

package io.cloudgate.dns;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.OptionalLong;

/**
 * What Route 53 needs from a DNS service, in DNS's own vocabulary: authoritative zones whose record sets
 * really answer queries over UDP and TCP. One instance serves every tenant; a zone is known by its name, and at
 * most one zone per name is served (the caller decides which). Names are absolute, in presentation format
 * (trailing dot, {@code \\DDD} escapes), compared without regard to ASCII case.
 */
public interface AuthoritativeDns extends AutoCloseable {

    /**
     * Starts serving a zone whose apex holds the given SOA and NS record sets. The serial in the SOA's data is
     * replaced by the adapter, which owns serials: it starts at 1 and grows with every {@link #apply}.
     *
     * @throws DnsException ZONE_EXISTS when a zone of that name is served already
     */
    void createZone(String zoneName, RecordSet soa, RecordSet nameServers);

    /** Stops serving the zone and forgets its records; NO_SUCH_ZONE when it is not served. */
    void deleteZone(String zoneName);

    /**
     * Applies every change or none, in order, and returns the zone's new SOA serial. A put replaces the record
     * set of that name and type; a removal of a set that does not exist is not an error. The apex SOA may be put
     * (its serial is still the adapter's); the apex NS may be replaced but not removed.
     *
     * @throws DnsException NO_SUCH_ZONE, or INVALID_RECORD when a name lies outside the zone or data does not
     *                      parse for its type (nothing is applied then)
     */
    long apply(String zoneName, List<RecordSetChange> changes);

    /** The record sets the zone holds now, in canonical DNS order (name, then type). */
    List<RecordSet> recordSets(String zoneName);

    /**
     * The serial the serving side answers for the zone's SOA right now, learned by asking it (not from what was
     * stored); empty when it does not answer for the zone. Route 53's GetChange turns INSYNC on this.
     */
    OptionalLong servedSerial(String zoneName);

    /** Where the authoritative server answers queries, over both UDP and TCP. */
    InetSocketAddress endpoint();

    DnsHealth health();

    @Override
    void close();
}

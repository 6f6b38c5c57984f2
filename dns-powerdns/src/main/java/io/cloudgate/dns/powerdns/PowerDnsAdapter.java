package io.cloudgate.dns.powerdns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.dns.AuthoritativeDns;
import io.cloudgate.dns.DnsException;
import io.cloudgate.dns.DnsHealth;
import io.cloudgate.dns.RecordSet;
import io.cloudgate.dns.RecordSetChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.OptionalLong;

/**
 * The DNS port served by a PowerDNS Authoritative server (4.x), driven through its HTTP API. Zones are Native
 * zones with SOA-EDIT-API INCREASE, so PowerDNS raises the serial on every API change (a new zone starts at 1);
 * a batch is one PATCH, which PowerDNS applies atomically. Weighted record sets are LUA records (see
 * {@link WeightedLuaRecord}). Changes are serialized within one adapter instance: a batch is computed from the
 * zone as read just before it is sent, so one adapter should own the server's zones.
 *
 * <p>The server needs {@code api=yes}, an {@code api-key}, its {@code webserver} reachable from here, and
 * {@code enable-lua-records=yes}.
 */
public final class PowerDnsAdapter implements AuthoritativeDns {

    private static final Logger LOG = LoggerFactory.getLogger(PowerDnsAdapter.class);

    private final PowerDnsSettings settings;
    private final PowerDnsApi api;

    public PowerDnsAdapter(PowerDnsSettings settings) {
        this.settings = settings;
        this.api = new PowerDnsApi(settings);
    }

    @Override
    public void createZone(String zoneName, RecordSet soa, RecordSet nameServers) {
        Name zone = RecordData.name(zoneName);
        RecordSet soaSet = apexSet(zone, soa, "SOA");
        RecordSet nsSet = apexSet(zone, nameServers, "NS");
        String soaData = RecordData.withSerial(soaSet.choices().getFirst().values().getFirst(), 0);
        ObjectNode body = api.json().createObjectNode()
                .put("name", RecordData.canonical(zone))
                .put("kind", "Native")
                .put("soa_edit_api", "INCREASE");
        body.putArray("nameservers");
        ArrayNode rrsets = body.putArray("rrsets");
        addRrset(rrsets, soaSet.name(), "SOA", soaSet.ttl(), List.of(soaData));
        addRrset(rrsets, nsSet.name(), "NS", nsSet.ttl(), nsSet.choices().getFirst().values());
        PowerDnsApi.Response response = api.createZone(body);
        if (response.status() == 409) {
            throw new DnsException(DnsException.Kind.ZONE_EXISTS, "Zone " + zoneName + " is served already",
                    response.asCause("zone creation"));
        }
        if (response.status() == 422) {
            throw RecordData.invalid("The DNS service rejected the zone " + zoneName + " or its apex records",
                    response.asCause("zone creation"));
        }
        expectSuccess(response, "zone creation of " + zoneName);
    }

    private static RecordSet apexSet(Name zone, RecordSet set, String type) {
        Name owner = RecordData.name(set.name());
        if (!owner.equals(zone) || !set.type().equals(type) || set.choices().size() != 1) {
            throw RecordData.invalid("The " + type + " record set of zone " + zone + " must be at its apex, with one"
                    + " choice", null);
        }
        RecordSet canonical = RecordData.canonical(set, owner, zone);
        if (type.equals("SOA") && canonical.choices().getFirst().values().size() != 1) {
            throw RecordData.invalid("The SOA record set of zone " + zone + " must have one value", null);
        }
        return canonical;
    }

    private static void addRrset(ArrayNode rrsets, String name, String type, long ttl, List<String> contents) {
        ObjectNode rrset = rrsets.addObject().put("name", name).put("type", type).put("ttl", ttl)
                .put("changetype", "REPLACE");
        ArrayNode records = rrset.putArray("records");
        contents.forEach(content -> records.addObject().put("content", content).put("disabled", false));
    }

    @Override
    public void deleteZone(String zoneName) {
        PowerDnsApi.Response response = api.deleteZone(zoneKey(zoneName));
        expectZone(response, zoneName, "zone deletion");
        expectSuccess(response, "zone deletion of " + zoneName);
    }

    @Override
    public synchronized long apply(String zoneName, List<RecordSetChange> changes) {
        Name zone = RecordData.name(zoneName);
        ZoneContents current = ZoneContents.of(zone(zoneName, true));
        ObjectNode patch = RrsetPatch.build(api.json(), zone, current, changes);
        PowerDnsApi.Response response = api.patchZone(zoneKey(zoneName), patch);
        expectZone(response, zoneName, "a change batch");
        if (response.status() == 422) {
            throw RecordData.invalid("The DNS service rejected a record set of the batch (for example a CNAME"
                    + " beside other records at its name); nothing was applied", response.asCause("a change batch"));
        }
        expectSuccess(response, "a change batch of " + zoneName);
        return zone(zoneName, false).path("serial").asLong();
    }

    @Override
    public List<RecordSet> recordSets(String zoneName) {
        return ZoneContents.of(zone(zoneName, true)).inCanonicalOrder();
    }

    @Override
    public OptionalLong servedSerial(String zoneName) {
        try {
            Name zone = RecordData.name(zoneName);
            SimpleResolver resolver = new SimpleResolver(settings.dnsEndpoint());
            resolver.setTimeout(settings.queryTimeout());
            Message answer = resolver.send(Message.newQuery(Record.newRecord(zone, Type.SOA, DClass.IN)));
            if (answer.getRcode() != Rcode.NOERROR || !answer.getHeader().getFlag(Flags.AA)) {
                return OptionalLong.empty();
            }
            for (Record record : answer.getSection(Section.ANSWER)) {
                if (record instanceof SOARecord soa && soa.getName().equals(zone)) {
                    return OptionalLong.of(soa.getSerial());
                }
            }
            return OptionalLong.empty();
        } catch (IOException e) {
            LOG.debug("PowerDNS did not answer the SOA of {}: {}", zoneName, e.toString());
            return OptionalLong.empty();
        }
    }

    @Override
    public InetSocketAddress endpoint() {
        return settings.dnsEndpoint();
    }

    @Override
    public DnsHealth health() {
        try {
            PowerDnsApi.Response response = api.server();
            if (response.ok()) {
                return new DnsHealth(true, "PowerDNS " + response.body().path("version").asText("") + " serving");
            }
            return new DnsHealth(false, "PowerDNS API answered HTTP " + response.status());
        } catch (DnsException e) {
            return new DnsHealth(false, "PowerDNS API unreachable or refusing requests");
        }
    }

    @Override
    public void close() {
        api.close();
    }

    private JsonNode zone(String zoneName, boolean withRecords) {
        PowerDnsApi.Response response = api.zone(zoneKey(zoneName), withRecords);
        expectZone(response, zoneName, "a zone read");
        expectSuccess(response, "a read of zone " + zoneName);
        return response.body();
    }

    private static String zoneKey(String zoneName) {
        return RecordData.canonicalName(zoneName);
    }

    private static void expectZone(PowerDnsApi.Response response, String zoneName, String what) {
        if (response.status() == 404) {
            throw new DnsException(DnsException.Kind.NO_SUCH_ZONE, "No zone " + zoneName + " is served",
                    response.asCause(what));
        }
    }

    /** Any answer not handled by the caller means PowerDNS misbehaves; the tenant learns only that. */
    private static void expectSuccess(PowerDnsApi.Response response, String what) {
        if (!response.ok()) {
            IOException cause = response.asCause(what);
            LOG.warn("Unexpected PowerDNS answer: {}", cause.getMessage());
            throw new DnsException(DnsException.Kind.UNAVAILABLE, PowerDnsApi.UNAVAILABLE_MESSAGE, cause);
        }
    }
}

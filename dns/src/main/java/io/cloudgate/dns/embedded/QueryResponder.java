package io.cloudgate.dns.embedded;

import java.util.List;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * Turns a parsed query into its response from the served zones, without I/O: header and EDNS handling, the
 * error codes (NOTIMP, FORMERR, REFUSED, BADVERS), then the zone lookup. ANY is answered with every record set
 * at the name (not RFC 8482's minimal answer): an authoritative server for tests should show everything.
 */
final class QueryResponder {
    /** The UDP payload size we advertise: the DNS flag day 2020 value, safe from IP fragmentation. */
    static final int ADVERTISED_UDP_PAYLOAD = 1232;

    private final ZoneCatalog zones;
    private final ZoneLookup lookup;

    QueryResponder(ZoneCatalog zones, ZoneLookup lookup) {
        this.zones = zones;
        this.lookup = lookup;
    }

    Message respond(Message request) {
        Message response = new Message(request.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setOpcode(request.getHeader().getOpcode());
        if (request.getHeader().getFlag(Flags.RD)) {
            response.getHeader().setFlag(Flags.RD);
        }
        Record question = request.getQuestion();
        if (question != null) {
            response.addRecord(question, Section.QUESTION);
        }
        OPTRecord opt = request.getOPT();
        if (request.getHeader().getOpcode() != Opcode.QUERY) {
            return withRcode(response, Rcode.NOTIMP, opt);
        }
        if (request.getSection(Section.QUESTION).size() != 1) {
            return withRcode(response, Rcode.FORMERR, opt);
        }
        if (opt != null && opt.getVersion() != 0) {
            return withRcode(response, Rcode.BADVERS, opt);
        }
        if (question.getDClass() != DClass.IN || question.getType() == Type.AXFR
                || question.getType() == Type.IXFR) {
            return withRcode(response, Rcode.REFUSED, opt);
        }
        return zones.zoneFor(question.getName())
                .map(zone -> answer(response, zone, question, opt))
                .orElseGet(() -> withRcode(response, Rcode.REFUSED, opt));
    }

    private Message answer(Message response, ZoneData zone, Record question, OPTRecord opt) {
        ZoneLookup.Result result = lookup.lookup(zone, question.getName(), question.getType());
        if (result.authoritative()) {
            response.getHeader().setFlag(Flags.AA);
        }
        addAll(response, result.answer(), Section.ANSWER);
        addAll(response, result.authority(), Section.AUTHORITY);
        addAll(response, result.additional(), Section.ADDITIONAL);
        return withRcode(response, result.rcode(), opt);
    }

    private static void addAll(Message message, List<Record> records, int section) {
        records.forEach(record -> message.addRecord(record, section));
    }

    /** Sets the code; codes above 15 live partly in the OPT record, which is echoed when the query had one. */
    private static Message withRcode(Message response, int rcode, OPTRecord requestOpt) {
        response.getHeader().setRcode(rcode & 0xF);
        if (requestOpt != null) {
            response.addRecord(new OPTRecord(ADVERTISED_UDP_PAYLOAD, rcode >>> 4, 0, 0), Section.ADDITIONAL);
        }
        return response;
    }
}

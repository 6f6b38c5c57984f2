package io.cloudgate.route53.answer;


import io.cloudgate.api.AwsException;
import io.cloudgate.api.BoundOperation;
import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import io.cloudgate.protocol.schema.HttpBinding;
import io.cloudgate.protocol.sdk.SdkSchemas;
import io.cloudgate.route53.core.DnsNames;
import io.cloudgate.route53.core.Route53Errors;
import io.cloudgate.route53.records.RecordData;
import io.cloudgate.route53.zones.HostedZones;
import io.cloudgate.route53.zones.ZoneRecord;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import software.amazon.awssdk.services.route53.model.TestDnsAnswerRequest;
import software.amazon.awssdk.services.route53.model.TestDnsAnswerResponse;

/** TestDNSAnswer: asks the DNS servers for the record, over UDP, and reports what they answered. */
public final class TestDnsAnswer implements Operation<TestDnsAnswerRequest, TestDnsAnswerResponse> {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HostedZones zones;
    private final Supplier<InetSocketAddress> dnsEndpoint;

    private TestDnsAnswer(HostedZones zones, Supplier<InetSocketAddress> dnsEndpoint) {
        this.zones = zones;
        this.dnsEndpoint = dnsEndpoint;
    }

    public static BoundOperation operation(HostedZones zones, Supplier<InetSocketAddress> dnsEndpoint) {
        return BoundOperation.of(SdkSchemas.operation("TestDNSAnswer",
                TestDnsAnswerRequest::builder, TestDnsAnswerResponse::builder,
                new HttpBinding("GET", "/2013-04-01/testdnsanswer", 200)), new TestDnsAnswer(zones, dnsEndpoint));
    }

    @Override
    public TestDnsAnswerResponse handle(TestDnsAnswerRequest request, RequestContext context) {
        ZoneRecord zone = zones.get(context.principal().accountId(), request.hostedZoneId());
        String type = request.recordTypeAsString() == null ? "" : request.recordTypeAsString().toUpperCase(Locale.ROOT);
        if (!RecordData.TYPES.contains(type) || request.recordName() == null) {
            throw Route53Errors.invalidInput("TestDNSAnswer needs a RecordName and a RecordType of "
                    + RecordData.TYPES.stream().sorted().toList());
        }
        String recordName = canonical(request.recordName());
        Message answer = query(DnsNames.presentation(recordName), type);
        return TestDnsAnswerResponse.builder()
                .nameserver(zone.nameServers().getFirst())
                .recordName(recordName)
                .recordType(type)
                .recordData(answer.getSection(Section.ANSWER).stream()
                        .filter(r -> r.getType() == Type.value(type))
                        .map(Record::rdataToString).toList())
                .responseCode(Rcode.string(answer.getRcode()))
                .protocol("UDP")
                .build();
    }

    private Message query(String name, String type) {
        try {
            SimpleResolver resolver = new SimpleResolver(dnsEndpoint.get());
            resolver.setTimeout(TIMEOUT);
            return resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name), Type.value(type),
                    DClass.IN)));
        } catch (TextParseException e) {
            throw Route53Errors.invalidInput("The record name is invalid: " + e.getMessage());
        } catch (IOException e) {
            throw new AwsException(503, "ServiceUnavailable", "The DNS servers did not answer: " + e.getMessage());
        }
    }

    private static String canonical(String name) {
        try {
            return DnsNames.canonical(name);
        } catch (DnsNames.NameProblem e) {
            throw Route53Errors.invalidInput("The record name is invalid: " + e.getMessage());
        }
    }
}

package io.cloudgate.dns.powerdns;

import io.cloudgate.dns.RecordSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WeightedLuaRecordTest {

    @Test
    void contentReadsBackAsTheSetItServes() {
        RecordSet set = new RecordSet("w.example.com.", "TXT", 42, List.of(
                new RecordSet.Choice(3, List.of("\"say \\\"hi\\\"\" \"x\"", "\"{braces},]=]\"")),
                new RecordSet.Choice(0, List.of("\"back\\\\slash\""))));

        String content = WeightedLuaRecord.content(set);

        assertThat(content.substring(content.indexOf('"') + 1, content.length() - 1)).doesNotContain("\"", "\\");
        assertThat(WeightedLuaRecord.parse("w.example.com.", content)).contains(set);
    }

    @Test
    void luaRecordsWrittenByOthersAreNotRead() {
        assertThat(WeightedLuaRecord.parse("w.example.com.", "A \"pickrandom({'192.0.2.1','192.0.2.2'})\""))
                .isEmpty();
    }
}

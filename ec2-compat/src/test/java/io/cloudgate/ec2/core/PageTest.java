package io.cloudgate.ec2.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.api.AwsException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {
    private static final List<String> IDS = IntStream.range(0, 12).mapToObj(i -> String.format("i-%02d", i)).toList();

    @Test
    void walksAListingPageByPage() {
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Page<String> page = Page.of(IDS, Function.identity(), 5, token, 5, 1000);
            seen.addAll(page.items());
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertThat(seen).isEqualTo(IDS);
        assertThat(pages).isEqualTo(3);
        assertThat(Page.of(IDS, Function.identity(), null, null, 5, 1000).items()).isEqualTo(IDS);
    }

    @Test
    void aTokenNamesTheFirstItemOfTheNextPageEvenWhenThatItemIsGone() {
        String token = Page.of(IDS, Function.identity(), 5, null, 5, 1000).nextToken();
        assertThat(Page.firstIdOf(token)).isEqualTo("i-05");
        List<String> without = IDS.stream().filter(id -> !id.equals("i-05")).toList();
        assertThat(Page.of(without, Function.identity(), 5, token, 5, 1000).items()).first().isEqualTo("i-06");
        assertThat(Page.firstIdOf(null)).isNull();
        assertThat(Page.firstIdOf("")).isNull();
    }

    @Test
    void aLazyListingIsReadOnlyUpToTheItemAfterThePage() {
        List<String> read = new ArrayList<>();
        Page<String> page = Page.of(IDS.stream().peek(read::add).iterator(), Function.identity(), 5, null, 5, 1000);
        assertThat(page.items()).isEqualTo(IDS.subList(0, 5));
        assertThat(Page.firstIdOf(page.nextToken())).isEqualTo("i-05");
        assertThat(read).isEqualTo(IDS.subList(0, 6));
    }

    @Test
    void refusesOutOfRangeSizesAndForeignTokens() {
        assertThatThrownBy(() -> Page.of(IDS, Function.identity(), 4, null, 5, 1000)).isInstanceOfSatisfying(
                AwsException.class, e -> assertThat(e.code()).isEqualTo("InvalidParameterValue"));
        assertThatThrownBy(() -> Page.of(IDS, Function.identity(), 5, "not*base64", 5, 1000)).isInstanceOfSatisfying(
                AwsException.class, e -> assertThat(e.code()).isEqualTo("InvalidNextToken"));
    }
}

package io.cloudgate.elb.v2.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.api.AwsException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class V2PagesTest {
    private static final List<String> ARNS = List.of("arn:a", "arn:b", "arn:c", "arn:d", "arn:e");

    @Test
    void walksEveryItemOnceInOrderWithMarkers() {
        List<String> seen = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            V2Pages.Page<String> page = V2Pages.of(ARNS, Function.identity(), marker, 2);
            seen.addAll(page.items());
            marker = page.nextMarker();
            pages++;
        } while (marker != null);

        assertThat(seen).isEqualTo(ARNS);
        assertThat(pages).isEqualTo(3);
        assertThat(V2Pages.of(ARNS, Function.identity(), null, null).items()).isEqualTo(ARNS);
        assertThat(V2Pages.of(ARNS, Function.identity(), null, null).nextMarker()).isNull();
    }

    @Test
    void refusesBadSizesAndMarkers() {
        assertThat(code(() -> V2Pages.of(ARNS, Function.identity(), null, 0))).isEqualTo("ValidationError");
        assertThat(code(() -> V2Pages.of(ARNS, Function.identity(), null, 401))).isEqualTo("ValidationError");
        assertThat(code(() -> V2Pages.of(ARNS, Function.identity(), "!!not-base64!!", 2)))
                .isEqualTo("ValidationError");
        String markerOfC = V2Pages.of(ARNS, Function.identity(), null, 2).nextMarker();
        assertThat(code(() -> V2Pages.of(List.of("arn:a", "arn:b"), Function.identity(), markerOfC, 2)))
                .isEqualTo("ValidationError");
    }

    private static String code(Runnable call) {
        String[] code = new String[1];
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AwsException.class, e -> code[0] = e.code());
        return code[0];
    }
}

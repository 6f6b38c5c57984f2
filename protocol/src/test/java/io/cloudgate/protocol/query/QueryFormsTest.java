package io.cloudgate.protocol.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which Content-Types make a request body a form. */
class QueryFormsTest {

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=utf-8",
        "Application/X-WWW-Form-URLEncoded", " application/x-www-form-urlencoded ;charset=UTF-8",
        "application/x-www-form-urlencoded\t"})
    void formTypeInAnyCaseWithOrWithoutParameters(String contentType) {
        assertThat(QueryForms.isForm(contentType)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ";", "application/json", "application/x-www-form-urlencodedx",
        "application/x-www-form-urlencode", "xapplication/x-www-form-urlencoded", "multipart/form-data",
        "application/x-www-form-urlencoded-extra; charset=utf-8", "appl\u0131cation/x-www-form-urlencoded"})
    void anythingElseIsNotAForm(String contentType) {
        assertThat(QueryForms.isForm(contentType)).isFalse();
    }
}

package org.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServeOptionsTest {
    @Test void loopbackNeedsNoToken() {
        assertThat(new ServeOptions(null, 8080, null).host()).isEqualTo("127.0.0.1");
        assertThat(new ServeOptions("localhost", 8080, null).token()).isNull();
        assertThat(new ServeOptions("::1", 8080, null).host()).isEqualTo("::1");
    }

    @Test void anyOtherHostRefusesToStartWithoutAToken() {
        assertThatThrownBy(() -> new ServeOptions("0.0.0.0", 8080, null)).hasMessageContaining("without a token");
        assertThatThrownBy(() -> new ServeOptions("no-such-host.invalid", 8080, null)).hasMessageContaining("without a token");
        assertThat(new ServeOptions("0.0.0.0", 8080, "s3cret-token").token()).isEqualTo("s3cret-token");
    }

    @Test void aBlankTokenIsRefusedRatherThanTakenForNone() {
        assertThatThrownBy(() -> new ServeOptions("127.0.0.1", 8080, "")).hasMessageContaining("the token is blank");
        assertThatThrownBy(() -> new ServeOptions("localhost", 8080, "   ")).hasMessageContaining("the token is blank");
    }

    @Test void shortTokensAndBadPortsAreRefused() {
        assertThatThrownBy(() -> new ServeOptions("0.0.0.0", 8080, "abc")).hasMessageContaining("at least 8");
        assertThatThrownBy(() -> new ServeOptions(null, 70000, null)).hasMessageContaining("port");
    }
}

package org.minipublic.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextMessageTests {

    @Test
    void takesUsualPhoneNumbersAndRefusesAnythingElse() {
        assertThat(TextMessage.isPhone("07700 900123")).isTrue();
        assertThat(TextMessage.isPhone("+48 (22) 123-45-67")).isTrue();
        assertThat(TextMessage.isPhone("")).isFalse();
        assertThat(TextMessage.isPhone("call me")).isFalse();
        assertThat(TextMessage.isPhone("0770\n0900123")).isFalse();
        assertThatThrownBy(() -> new TextMessage("123", "Hello")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnEmptyOrOverlongTextAndNeverShowsTheNumber() {
        assertThatThrownBy(() -> new TextMessage("07700 900123", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextMessage("07700 900123", "x".repeat(TextMessage.MAX_BODY + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new TextMessage("07700 900123", "Hello").toString()).doesNotContain("07700");
    }
}

package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PageCursorTest {
  private static String encoded(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aTokenReadsBackAsItsCursorEvenWithABarInTheId() {
    PageCursor cursor = new PageCursor(LocalDate.of(2025, 3, 25), "wire|1-0871");

    assertThat(cursor.token()).matches("[A-Za-z0-9_-]+");
    assertThat(PageCursor.parse(cursor.token())).isEqualTo(cursor);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "!!!", "MjAyNS0wMS0xMw", "not base64 at all", "2025-03-25|x"})
  void anythingElseIsNotACursor(String token) {
    assertThatThrownBy(() -> PageCursor.parse(token)).isInstanceOf(IllegalArgumentException.class).hasMessage("not a cursor of this API");
  }

  @Test
  void aTokenWithABadDateOrNoIdIsNotACursor() {
    assertThatThrownBy(() -> PageCursor.parse(encoded("2025-13-01|x"))).hasMessage("not a cursor of this API");
    assertThatThrownBy(() -> PageCursor.parse(encoded("2025-01-01|"))).hasMessage("not a cursor of this API");
    assertThatThrownBy(() -> PageCursor.parse("a".repeat(401))).hasMessage("not a cursor of this API");
  }
}

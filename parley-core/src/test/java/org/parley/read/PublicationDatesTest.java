package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {
  private static final LocalDate APRIL_THIRD = LocalDate.of(2025, 4, 3);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-04-03",
        "2025-04-03T10:42:00Z",
        "2025-04-03T10:42:00+03:00",
        "2025-04-03 10:42",
        "20250403",
        "2025/04/03",
        "03 Apr 2025",
        "3 April 2025",
        "3rd of April, 2025",
        "April 3, 2025",
        "Apr 3, 2025",
        "Apr. 3 2025",
        "APRIL 3, 2025",
        "Thursday, April 3, 2025",
        "Thu, 03 Apr 2025 10:42:00 GMT",
        "03.04.2025",
        "3 Apr, 2025 12:45",
        "Published: April 3, 2025 10:42 GMT",
        "Updated April 3, 2025 | 10:42 a.m. ET",
        "Posted on 3 April 2025",
        "  April 3,   2025  ",
        "15:20, 3 April 2025",
        "3.4.2025"
      })
  void readsEveryFormatNewsPagesPrint(String text) {
    assertThat(PublicationDates.parse(text)).contains(APRIL_THIRD);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "April 3, 2025 was a quiet day",
        "RT.com",
        "Moscow",
        "03/04/2025",
        "2025-02-30",
        "April 2025",
        "0003-04-03",
        "By Jane Doe"
      })
  void givesNothingForTextThatIsNotJustADate(String text) {
    assertThat(PublicationDates.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"13/04/2025", "04/13/2025"})
  void readsSlashedDatesOnlyWhereDayAndMonthCannotBeConfused(String text) {
    assertThat(PublicationDates.parse(text)).contains(LocalDate.of(2025, 4, 13));
  }
}

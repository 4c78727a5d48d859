package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.model.Article;
import org.parley.model.ParleyInputException;

class PlainTextReaderTest {
  private static final String RT_ARTICLE =
      """
      Russia and US to hold new talks in Riyadh

      RT.com
      03 Apr 2025

      Kremlin envoy Kirill Dmitriev said Moscow and Washington will hold negotiations next week.

      READ MORE: Dmitriev arrives in Washington for talks

      The talks follow a phone call between the two presidents last month.

      (RT)
      """;

  private static Article parse(String text) {
    return PlainTextReader.parse("article.txt", text, ReadOptions.none());
  }

  @Test
  void takesTitleOutletAndDateFromTheLinesAtTheTop() {
    Article article = parse(RT_ARTICLE);

    assertThat(article.title()).isEqualTo("Russia and US to hold new talks in Riyadh");
    assertThat(article.source()).isEqualTo("RT.com");
    assertThat(article.published()).isEqualTo(LocalDate.of(2025, 4, 3));
    assertThat(article.url()).isEmpty();
  }

  @Test
  void keepsOnlyTheBodyParagraphsInTheText() {
    Article article = parse(RT_ARTICLE);

    assertThat(article.text())
        .isEqualTo(
            "Kremlin envoy Kirill Dmitriev said Moscow and Washington will hold negotiations next week."
                + "\n\n"
                + "The talks follow a phone call between the two presidents last month.");
  }

  @Test
  void letsExplicitOptionsOverrideWhatItDetects() {
    ReadOptions options = new ReadOptions(LocalDate.of(2025, 4, 5), "Sputnik", "https://example.org/a");

    Article article = PlainTextReader.parse("article.txt", RT_ARTICLE, options);

    assertThat(article.source()).isEqualTo("Sputnik");
    assertThat(article.published()).isEqualTo(LocalDate.of(2025, 4, 5));
    assertThat(article.url()).isEqualTo("https://example.org/a");
  }

  @Test
  void dropsBylinesWithoutTakingThemAsTheSource() {
    Article article = parse("Title here\nBy Jane Doe\nApril 3, 2025\n\nBody sentence one.\n");

    assertThat(article.source()).isEmpty();
    assertThat(article.published()).isEqualTo(LocalDate.of(2025, 4, 3));
    assertThat(article.text()).isEqualTo("Body sentence one.");
  }

  @Test
  void readsOutletAndDateFromOneLineWithASeparator() {
    Article article = parse("Title here\ntass.com | Thursday, April 3, 2025\nBody sentence one.\n");

    assertThat(article.source()).isEqualTo("tass.com");
    assertThat(article.published()).isEqualTo(LocalDate.of(2025, 4, 3));
    assertThat(article.text()).isEqualTo("Body sentence one.");
  }

  @Test
  void takesAnAddressLineAsTheUrl() {
    Article article = parse("Title here\nhttps://www.rt.com/news/1234-talks/\nBody sentence one.\n");

    assertThat(article.url()).isEqualTo("https://www.rt.com/news/1234-talks/");
    assertThat(article.text()).isEqualTo("Body sentence one.");
  }

  @Test
  void recognisesOutletsByNameAndByNewspaperWord() {
    assertThat(parse("T\nThe Guardian\nBody.").source()).isEqualTo("The Guardian");
    assertThat(parse("T\nAl Jazeera\nBody.").source()).isEqualTo("Al Jazeera");
    assertThat(parse("T\nBBC News\nBody.").source()).isEqualTo("BBC News");
    assertThat(parse("T\nKyiv Post\nBody.").source()).isEqualTo("Kyiv Post");
    assertThat(parse("T\nWorld News\nBody.").source()).isEmpty();
  }

  @Test
  void leavesAShortBodyLineThatIsNeitherDateNorOutletInTheText() {
    Article article = parse("Title\nMoscow\nBody sentence.");

    assertThat(article.source()).isEmpty();
    assertThat(article.text()).isEqualTo("Moscow\n\nBody sentence.");
  }

  @Test
  void removesAReutersDatelineAndTakesTheOutletFromIt() {
    Article article = parse("Title\n\nMOSCOW, April 3 (Reuters) - Russia said on Thursday it was ready.\n");

    assertThat(article.text()).isEqualTo("Russia said on Thursday it was ready.");
    assertThat(article.source()).isEqualTo("Reuters");
  }

  @Test
  void aDatelineWithTheYearDatesAnArticleThatGivesNoOtherDate() {
    Article dated = parse("Title\n\nNAIROBI, June 25, 2024 (Reuters) - Police fired tear gas at protesters.\n");
    Article yearless = parse("Title\n\nMOSCOW, April 3 (Reuters) - Russia said on Thursday it was ready.\n");
    Article metadata = parse("Title\n2025-04-03\n\nNAIROBI, June 25, 2024 (Reuters) - Police fired tear gas.\n");

    assertThat(dated.published()).isEqualTo(LocalDate.of(2024, 6, 25));
    assertThat(dated.dateline()).isEqualTo("NAIROBI");
    assertThat(parse("Title\n\nKYIV, Ukraine (AP) — Drones struck.\n").dateline()).isEqualTo("KYIV");
    assertThat(parse("Title\n\nNATO said on Tuesday that talks had stalled.\n").dateline()).isEmpty();
    assertThat(dated.text()).isEqualTo("Police fired tear gas at protesters.");
    assertThat(dated.source()).isEqualTo("Reuters");
    assertThat(yearless.published()).isNull();
    assertThat(metadata.published()).as("a date line above the body wins").isEqualTo(LocalDate.of(2025, 4, 3));
  }

  @Test
  void aDatelineNamingTwoPlacesIsTakenOffWithItsDate() {
    Article article = parse("Title\n\nGAZA/JERUSALEM, Oct 13, 2025 (Reuters) - Hamas freed the hostages.\n");

    assertThat(article.text()).isEqualTo("Hamas freed the hostages.");
    assertThat(article.dateline()).isEqualTo("GAZA/JERUSALEM");
    assertThat(article.published()).isEqualTo(LocalDate.of(2025, 10, 13));
  }

  @Test
  void aDatelineWithItsRegionAndAFullDateIsTakenOff() {
    Article article = parse("Title\n\nRAMALLAH, West Bank, Aug 12, 2025 (Reuters) - Israeli forces raided the camp.\n");

    assertThat(article.text()).isEqualTo("Israeli forces raided the camp.");
    assertThat(article.dateline()).isEqualTo("RAMALLAH");
    assertThat(article.published()).isEqualTo(LocalDate.of(2025, 8, 12));
  }

  @Test
  void removesAnAssociatedPressDatelineWithItsRegion() {
    Article article = parse("Title\n\nKYIV, Ukraine (AP) — Drones struck the capital overnight.\n");

    assertThat(article.text()).isEqualTo("Drones struck the capital overnight.");
    assertThat(article.source()).isEqualTo("AP");
  }

  @Test
  void removesADatelineWithoutAnOutletButKeepsTheDetectedSource() {
    Article article = parse("Title\nReuters\n\nWASHINGTON — Officials met on Tuesday.\n");

    assertThat(article.text()).isEqualTo("Officials met on Tuesday.");
    assertThat(article.source()).isEqualTo("Reuters");
  }

  @Test
  void leavesAnOrdinaryFirstSentenceAlone() {
    Article article = parse("Title\n\nNATO said on Tuesday that talks had stalled.\n");

    assertThat(article.text()).isEqualTo("NATO said on Tuesday that talks had stalled.");
  }

  @Test
  void removesAClosingOutletCreditFromTheLastParagraph() {
    Article article = parse("Title\n\nFirst paragraph.\n\nTroops withdrew from the town on Monday. (Reuters)\n");

    assertThat(article.text()).isEqualTo("First paragraph.\n\nTroops withdrew from the town on Monday.");
  }

  @Test
  void removesReportingCreditsAtTheEnd() {
    Article article =
        parse("Title\n\nTroops withdrew.\n\n(Reporting by Jane Doe; Editing by John Smith)\n");

    assertThat(article.text()).isEqualTo("Troops withdrew.");
  }

  @Test
  void keepsAParentheticalThatIsNotAnOutlet() {
    Article article = parse("Title\n\nThe deal was signed by the foreign minister (pictured)\n");

    assertThat(article.text()).isEqualTo("The deal was signed by the foreign minister (pictured)");
  }

  @Test
  void dropsCrossLinksAndPageFurnitureAnywhereInTheBody() {
    Article article =
        parse(
            """
            Title

            First paragraph.
            Read more: Another story
            Related: More stories
            READ ALSO Something else
            Also read: A third story
            Watch: Video of the talks
            Subscribe to our newsletter
            Follow us on Telegram
            Share this article
            Advertisement
            Subscribers to the plan said it worked.
            """);

    assertThat(article.text()).isEqualTo("First paragraph.\n\nSubscribers to the plan said it worked.");
  }

  @Test
  void joinsHardWrappedLinesIntoOneParagraph() {
    Article article =
        parse(
            """
            Title

            Russian and Ukrainian delegations met in Istanbul on
            Friday for the first direct talks in three years, a well-
            known mediator said after the meeting ended.

            A second paragraph stands on its own.
            """);

    assertThat(article.text())
        .isEqualTo(
            "Russian and Ukrainian delegations met in Istanbul on Friday for the first direct talks in"
                + " three years, a well-known mediator said after the meeting ended."
                + "\n\nA second paragraph stands on its own.");
  }

  @Test
  void keepsLinesThatEndSentencesAsSeparateParagraphs() {
    Article article = parse("Title\n\nFirst sentence here.\nSecond sentence here.\n\"A quote,\" he said.\n");

    assertThat(article.text())
        .isEqualTo("First sentence here.\n\nSecond sentence here.\n\n\"A quote,\" he said.");
  }

  @Test
  void usesTheTitleAsTheTextOfASingleLineInput() {
    Article article = parse("Russia shelled Kharkiv on Tuesday.\n");

    assertThat(article.title()).isEqualTo("Russia shelled Kharkiv on Tuesday.");
    assertThat(article.text()).isEqualTo("Russia shelled Kharkiv on Tuesday.");
  }

  @Test
  void handlesWindowsLineEndingsAndAByteOrderMark() {
    Article article = parse("\uFEFFTitle\r\nRT.com\r\n\r\nBody sentence.\r\n");

    assertThat(article.title()).isEqualTo("Title");
    assertThat(article.source()).isEqualTo("RT.com");
    assertThat(article.text()).isEqualTo("Body sentence.");
  }

  @Test
  void derivesTheSameIdForTheSameArticle() {
    assertThat(parse(RT_ARTICLE).id()).isEqualTo(parse(RT_ARTICLE).id()).hasSize(16);
    assertThat(parse(RT_ARTICLE).id()).isEqualTo(ArticleIds.derive(parse(RT_ARTICLE).title(), parse(RT_ARTICLE).text()));
  }

  @Test
  void rejectsContentWithNoText() {
    assertThatThrownBy(() -> parse(" \n\n\t\n"))
        .isInstanceOf(ParleyInputException.class)
        .hasMessage("article.txt: file has no text");
  }
}

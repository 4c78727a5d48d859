package org.parley.app.serve;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.parley.codebook.CodeTable;
import org.parley.model.Actor;
import org.parley.model.ActorCode;
import org.parley.model.Article;
import org.parley.model.Event;
import org.parley.model.EventMode;
import org.parley.model.Location;
import org.parley.model.Span;
import org.parley.store.ArticleCoding;
import org.parley.store.CodingVersion;
import org.parley.store.EventStore;
import org.parley.store.MergeRule;
import org.parley.store.RunSettings;
import org.parley.store.StoreWriter;

/**
 * A small event store written for the server's tests with the store's own writer, without the NLP models: hand-made
 * articles whose events carry real offsets into the annotated text (title, blank line, body), as the coder's do.
 */
public final class TestingStores {
  public static final CodeTable CODES = CodeTable.bundled();
  public static final Location BLACK_SEA = new Location("Black Sea", "", 43.4, 34.0);
  public static final Location RIYADH = new Location("Riyadh", "SAU", 24.69, 46.72);
  public static final Location ODESA = new Location("Odesa", "UKR", 46.48, 30.72);
  public static final Location PARIS = new Location("Paris", "FRA", 48.86, 2.35);

  /** The text and the marker a script in the hostile article would set, if the dashboard ever ran it. */
  public static final String HOSTILE_TITLE = "Moscow <script>window.parleyInjected = 1;</script> condemns Kyiv";
  public static final String HOSTILE_SENTENCE = "Russia condemned Ukraine <img src=x onerror=\"window.parleyInjected = 2\"> over the blast on Saturday.";

  /** The partners of France in the twelve talks of May 2025, one a day except three on 2 May. */
  public static final List<String> TALKS_PARTNERS = List.of("DEU", "ITA", "ESP", "POL", "NLD", "BEL", "AUT", "PRT", "GRC", "SWE", "FIN", "DNK");

  private static final List<String> PARTNER_NAMES = List.of("Germany", "Italy", "Spain", "Poland", "the Netherlands", "Belgium", "Austria",
      "Portugal", "Greece", "Sweden", "Finland", "Denmark");

  private TestingStores() {}

  /**
   * Writes the news store: a Black Sea truce reported by two outlets (one event, two mentions), a meeting in Riyadh,
   * an accusation with a claimed drone strike two days after the truce, a hostile article with markup in its title
   * and text, and twelve talks of France in May (three on one day, one dated only by its month).
   */
  public static Path newsStore(Path folder) {
    Path file = folder.resolve("news.duckdb");
    List<ArticleCoding> articles = new ArrayList<>();

    ArticleText north = new ArticleText("truce-north", "Northern Wire", "2025-03-25", "Russia and Ukraine agree Black Sea truce", List.of(
        "Russia and Ukraine declared a ceasefire in the Black Sea on Tuesday after talks in Riyadh.",
        "Russian Foreign Minister Sergei Lavrov met US Secretary of State Marco Rubio in Riyadh on Monday.",
        "The agreement takes effect at midnight."));
    articles.add(north.coded(
        north.event(1, "declared", "Russia", "RUS", "Ukraine", "UKR", "0871", "2025-03-25", BLACK_SEA, EventMode.ASSERTED),
        north.event(2, "met", "Russian Foreign Minister Sergei Lavrov", "RUSGOV", "US Secretary of State Marco Rubio", "USAGOV", "044",
            "2025-03-24", RIYADH, EventMode.ASSERTED)));

    ArticleText south = new ArticleText("truce-south", "Southern Post", "2025-03-25", "Black Sea ceasefire declared", List.of(
        "Ukraine and Russia declared a truce in the Black Sea on Tuesday, officials in Kyiv said."));
    articles.add(south.coded(
        south.event(1, "declared", "Ukraine", "UKR", "Russia", "RUS", "0871", "2025-03-25", BLACK_SEA, EventMode.ASSERTED)));

    ArticleText accusation = new ArticleText("accuse-east", "Eastern Daily", "2025-03-27", "Kyiv accuses Moscow of breaking truce", List.of(
        "Ukraine accused Russia of violating the truce on Thursday, saying Russian drones struck Odesa."));
    Actor claimant = actor(accusation, 1, "Ukraine", "UKR");
    articles.add(accusation.coded(
        accusation.event(1, "accused", "Ukraine", "UKR", "Russia", "RUS", "112", "2025-03-27", null, EventMode.ASSERTED),
        accusation.event(1, "struck", "Russian drones", "RUSMIL", "Odesa", "UKR", "195", "2025-03-27", ODESA,
            new EventMode(false, false, claimant))));

    ArticleText hostile = new ArticleText("hostile-markup", "Western Herald", "2025-04-12", HOSTILE_TITLE, List.of(HOSTILE_SENTENCE));
    articles.add(hostile.coded(
        hostile.event(1, "condemned", "Russia", "RUS", "Ukraine", "UKR", "111", "2025-04-12", null, EventMode.ASSERTED)));

    for (int index = 0; index < TALKS_PARTNERS.size(); index++) {
      String partner = TALKS_PARTNERS.get(index);
      String name = PARTNER_NAMES.get(index);
      int day = index < 3 ? 2 : index;
      String date = index == TALKS_PARTNERS.size() - 1 ? "2025-05" : String.format(java.util.Locale.ROOT, "2025-05-%02d", day);
      String published = String.format(java.util.Locale.ROOT, "2025-05-%02d", index < 3 ? 2 : index);
      ArticleText talks = new ArticleText("talks-" + partner.toLowerCase(java.util.Locale.ROOT), "Capital Courier", published,
          "France holds talks with " + name, List.of("France held talks with " + name + " in Paris."));
      articles.add(talks.coded(talks.event(1, "held talks", "France", "FRA", name, partner, "046", date, PARIS, EventMode.ASSERTED)));
    }

    CodingVersion version = new CodingVersion("test", "codebook-test", "actors-test");
    try (EventStore store = EventStore.openForWriting(file)) {
      int run = store.startRun(new RunSettings(RunSettings.Kind.ARTICLES, List.of("testing"), "", version));
      StoreWriter writer = new StoreWriter(store, run, version, MergeRule.DEFAULT);
      articles.forEach(writer::store);
      store.finishRun(run, articles.size(), 0, 0);
      store.checkpoint();
    }
    return file;
  }

  private static Actor actor(ArticleText article, int sentence, String text, String code) {
    return article.actor(sentence, text, code, 0);
  }

  /** An article's title and body sentences, with the offsets the annotator would give them. */
  static final class ArticleText {
    private final Article article;
    private final List<String> sentences = new ArrayList<>();
    private final List<Integer> begins = new ArrayList<>();

    ArticleText(String id, String source, String published, String title, List<String> body) {
      this.article = new Article(id, title, source, "https://example.org/" + id, LocalDate.parse(published), String.join(" ", body));
      String annotated = title + "\n\n" + article.text();
      // Sentence 0 is the title, as the annotator splits at the blank line.
      sentences.add(title);
      begins.add(0);
      int from = title.length() + 2;
      for (String sentence : body) {
        int begin = annotated.indexOf(sentence, from);
        sentences.add(sentence);
        begins.add(begin);
        from = begin + sentence.length();
      }
    }

    Event event(int sentence, String trigger, String sourceText, String sourceCode, String targetText, String targetCode, String cameo,
        String date, Location place, EventMode mode) {
      String text = sentences.get(sentence);
      int triggerAt = text.indexOf(trigger);
      Span triggerSpan = new Span(trigger, begins.get(sentence) + triggerAt, begins.get(sentence) + triggerAt + trigger.length());
      // Actors are searched before the trigger first: "Ukraine accused Russia" has its source there.
      Actor source = actor(sentence, sourceText, sourceCode, 0);
      Actor target = targetText == null ? null : actor(sentence, targetText, targetCode, Math.max(0, triggerAt));
      return new Event(article.id() + "-" + sentence + "-" + cameo, article, sentence, text, triggerSpan, date, source, target,
          CODES.get(cameo), mode, place);
    }

    Actor actor(int sentence, String text, String code, int searchFrom) {
      String sentenceText = sentences.get(sentence);
      int at = sentenceText.indexOf(text, searchFrom);
      if (at < 0) {
        at = sentenceText.indexOf(text);
      }
      int begin = begins.get(sentence) + at;
      String country = code.length() >= 3 ? code.substring(0, 3) : "";
      String role = code.length() > 3 ? code.substring(3) : "";
      return new Actor(text, new Span(text, begin, begin + text.length()), new ActorCode(code, country, role));
    }

    ArticleCoding coded(Event... events) {
      SortedMap<Integer, String> byIndex = new TreeMap<>();
      for (int index = 0; index < sentences.size(); index++) {
        byIndex.put(index, sentences.get(index));
      }
      return ArticleCoding.coded(article, "testing", byIndex, List.of(events));
    }
  }
}

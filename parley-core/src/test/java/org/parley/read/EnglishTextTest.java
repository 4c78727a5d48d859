package org.parley.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishTextTest {
  @Test
  void englishNewsIsEnglish() {
    assertThat(EnglishText.whyNotEnglish(
        "The minister said on Thursday that the government would not accept the terms of the proposed deal, "
            + "and that talks with the union were expected to continue in the capital next week."))
        .isEmpty();
  }

  @Test
  void englishWithAQuotationInAnotherScriptIsEnglish() {
    assertThat(EnglishText.whyNotEnglish(
        "Protesters carried banners reading \u00abНет войне\u00bb as they marched to the square, and the police said "
            + "that the crowd had dispersed by the evening without any arrests."))
        .isEmpty();
  }

  @Test
  void nonLatinScriptsAreNotEnglish() {
    assertThat(EnglishText.whyNotEnglish("Министр заявил, что правительство не примет условия сделки."))
        .contains("not English (0% of the letters are Latin)");
    assertThat(EnglishText.whyNotEnglish("قال الوزير إن الحكومة لن تقبل شروط الاتفاق المقترح."))
        .contains("not English (0% of the letters are Latin)");
    assertThat(EnglishText.whyNotEnglish("部长周四表示政府不会接受拟议协议的条款。")).get().asString().startsWith("not English");
  }

  @Test
  void latinScriptLanguagesAreNotEnglishByTheirFunctionWords() {
    String german = "Der Minister sagte am Donnerstag, dass die Regierung die Bedingungen des vorgeschlagenen Abkommens "
        + "nicht akzeptieren werde und dass die Gespräche mit der Gewerkschaft in der Hauptstadt fortgesetzt werden sollen.";
    String french = "Le ministre a déclaré jeudi que le gouvernement n'accepterait pas les conditions de l'accord proposé "
        + "et que les discussions avec le syndicat devraient se poursuivre dans la capitale la semaine prochaine.";
    String spanish = "El ministro dijo el jueves que el gobierno no aceptaría las condiciones del acuerdo propuesto y que "
        + "las conversaciones con el sindicato continuarían en la capital la próxima semana según fuentes oficiales.";

    assertThat(EnglishText.whyNotEnglish(german)).get().asString().startsWith("not English (").contains("common English words");
    assertThat(EnglishText.whyNotEnglish(french)).get().asString().startsWith("not English (");
    assertThat(EnglishText.whyNotEnglish(spanish)).get().asString().startsWith("not English (");
  }

  @Test
  void shortLatinTextIsGivenTheBenefitOfTheDoubt() {
    assertThat(EnglishText.whyNotEnglish("Russian drones attacked Odesa.")).isEmpty();
  }

  @Test
  void textWithoutLettersIsNotEnglish() {
    assertThat(EnglishText.whyNotEnglish("12 345 -- 67.89")).contains("not English (no letters)");
  }
}

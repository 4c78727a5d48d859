package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {
  @Test
  void defaultSettingsRunOneNerModelWithoutFineGrainedTags() {
    Properties properties = CoreNlpAnnotator.properties(NlpSettings.full());

    assertThat(properties.getProperty("annotators")).isEqualTo("tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    assertThat(properties.getProperty("ner.applyFineGrained")).isEqualTo("false");
    assertThat(properties.getProperty("ner.model")).isEqualTo("edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
  }

  @Test
  void fineGrainedNerKeepsCoreNlpsThreeModels() {
    Properties properties = CoreNlpAnnotator.properties(new NlpSettings(true, true, true));

    assertThat(properties.getProperty("ner.applyFineGrained")).isEqualTo("true");
    assertThat(properties.getProperty("ner.model")).isNull();
  }

  @Test
  void corefLooksTenMentionsBack() {
    assertThat(CoreNlpAnnotator.properties(NlpSettings.full()).getProperty("coref.maxMentionDistance")).isEqualTo("10");
    assertThat(CoreNlpAnnotator.properties(NlpSettings.fast()).getProperty("annotators")).isEqualTo("tokenize,ssplit,pos,lemma,ner,depparse");
  }
}

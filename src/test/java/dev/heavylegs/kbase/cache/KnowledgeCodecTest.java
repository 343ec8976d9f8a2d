package dev.heavylegs.kbase.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.heavylegs.ShippedKbase;
import dev.heavylegs.kbase.KbaseProblem;
import dev.heavylegs.kbase.KnowledgeBase;
import dev.heavylegs.kbase.cache.KnowledgeCodec.Knowledge;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the cache keeps besides the compiled rules comes back exactly as the loader made it. */
class KnowledgeCodecTest {

  private static Knowledge original;
  private static byte[] written;

  @BeforeAll
  static void writeTheShippedKnowledgeBase() throws Exception {
    KnowledgeBase loaded = ShippedKbase.get();
    original =
        new Knowledge(
            loaded.contentHash(),
            loaded.location(),
            loaded.questions(),
            loaded.wording(),
            loaded.reportWording(),
            loaded.rules(),
            List.of(KbaseProblem.warning("kbase/x.drl", 3, 4, "a warning kept with the entry")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    KnowledgeCodec.write(original, new DataOutputStream(bytes));
    written = bytes.toByteArray();
  }

  private static Knowledge read(byte[] bytes) throws IOException {
    return KnowledgeCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
  }

  @Test
  void everyQuestionWordingRuleAndWarningComesBackEqual() throws Exception {
    Knowledge back = read(written);

    assertThat(back.contentHash()).isEqualTo(original.contentHash());
    assertThat(back.location()).isEqualTo(original.location());
    assertThat(back.questions().all()).containsExactlyElementsOf(original.questions().all());
    assertThat(back.wording().all()).containsExactlyElementsOf(original.wording().all());
    assertThat(back.reportWording()).isEqualTo(original.reportWording());
    assertThat(back.rules().all()).containsExactlyElementsOf(original.rules().all());
    assertThat(back.warnings()).isEqualTo(original.warnings());
    // the rules carry what explanations and question selection need: not just ids
    assertThat(back.rules().all()).anySatisfy(rule -> assertThat(rule.table()).isNotEmpty());
    assertThat(back.rules().all())
        .anySatisfy(rule -> assertThat(rule.referralUrgency()).isNotNull());
  }

  @Test
  void aTruncatedOrForeignFileIsAnErrorNotAHalfReadKnowledgeBase() {
    assertThat(catchThrowable(() -> read(Arrays.copyOf(written, written.length / 2))))
        .isInstanceOf(IOException.class);
    assertThat(catchThrowable(() -> read("not what was written".getBytes())))
        .isInstanceOf(IOException.class);
    byte[] otherVersion = written.clone();
    otherVersion[3]++;
    assertThat(catchThrowable(() -> read(otherVersion)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("version");
  }
}

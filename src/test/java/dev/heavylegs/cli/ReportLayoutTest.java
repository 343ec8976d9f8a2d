package dev.heavylegs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.heavylegs.report.write.TextReportOptions;
import org.junit.jupiter.api.Test;

/** Colour and width of the text report, decided by the CLI from where the report goes. */
class ReportLayoutTest {

  @Test
  void onATerminalTheReportIsColouredAndAsWideAsTheTerminal() {
    assertThat(ReportLayout.decide(null, false, true, null, "132"))
        .isEqualTo(new TextReportOptions(132, true, false));
  }

  @Test
  void pipedTheReportHasNoColourAndIsEightyWide() {
    assertThat(ReportLayout.decide(null, false, false, null, "132"))
        .isEqualTo(new TextReportOptions(80, false, false));
  }

  @Test
  void noColorOfAnyNonEmptyValueTurnsColourOffEvenOnATerminal() {
    assertThat(ReportLayout.decide(null, false, true, "1", "100").colour()).isFalse();
    assertThat(ReportLayout.decide(null, false, true, "no", "100").colour()).isFalse();
    assertThat(ReportLayout.decide(null, false, true, "", "100").colour()).isTrue();
  }

  @Test
  void anUnknownTerminalWidthIsEightyAndWidthGivenWins() {
    assertThat(ReportLayout.decide(null, false, true, null, null).width()).isEqualTo(80);
    assertThat(ReportLayout.decide(null, false, true, null, "junk").width()).isEqualTo(80);
    assertThat(ReportLayout.decide(60, true, true, null, "132"))
        .isEqualTo(new TextReportOptions(60, true, true));
  }

  @Test
  void aReportOnAPipeCarriesNoEscapeCodes() {
    CliTest.Run run =
        CliTest.heavylegs("consult", "--answers", "examples/new-runner-with-calf-swelling.json");

    assertThat(run.out()).doesNotContain("\u001b[");
  }
}

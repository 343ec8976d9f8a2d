package dev.heavylegs.kbase;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wording of the report itself, from {@code kbase/report.yaml}: the note that this is not a
 * diagnosis, what to do when no cause is found, and the line above red flags.
 */
public record ReportWording(
    @JsonProperty(required = true) String disclaimer,
    @JsonProperty(value = "no-cause", required = true) String noCause,
    @JsonProperty(value = "red-flag-intro", required = true) String redFlagIntro) {

  public ReportWording {
    disclaimer = disclaimer.strip();
    noCause = noCause.strip();
    redFlagIntro = redFlagIntro.strip();
  }
}

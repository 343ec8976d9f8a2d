package dev.heavylegs.kbase;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Wording of the report itself, from {@code kbase/report.yaml}: the note that this is not a
 * diagnosis, what to do when no cause is found (with a red flag, with conditions found, and with
 * neither), the line above red flags, the warning when the red-flag screening was not answered, and
 * the line that puts the advice after a red flag. The last two keys are optional: without "no
 * cause, but conditions" the plain "no cause" text is used, and without the line after a red flag
 * nothing is shown there.
 */
public record ReportWording(
    @JsonProperty(required = true) String disclaimer,
    @JsonProperty(value = "no-cause", required = true) String noCause,
    @JsonProperty(value = "no-cause-with-red-flag", required = true) String noCauseWithRedFlag,
    @JsonProperty(value = "red-flag-intro", required = true) String redFlagIntro,
    @JsonProperty(value = "red-flags-not-checked", required = true) String redFlagsNotChecked,
    @JsonProperty(value = "advice-after-red-flag") String adviceAfterRedFlag,
    @JsonProperty(value = "no-cause-with-conditions") String noCauseWithConditions) {

  public ReportWording {
    disclaimer = disclaimer.strip();
    noCause = noCause.strip();
    noCauseWithRedFlag = noCauseWithRedFlag.strip();
    redFlagIntro = redFlagIntro.strip();
    redFlagsNotChecked = redFlagsNotChecked.strip();
    adviceAfterRedFlag = adviceAfterRedFlag == null ? "" : adviceAfterRedFlag.strip();
    noCauseWithConditions = noCauseWithConditions == null ? noCause : noCauseWithConditions.strip();
  }
}

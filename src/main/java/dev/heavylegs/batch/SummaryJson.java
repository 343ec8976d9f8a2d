package dev.heavylegs.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code --summary} output: how many profiles, and how often each conclusion came out. */
final class SummaryJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryJson() {}

  static String of(long profiles, long errors, Tally tally) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("profiles", profiles);
    summary.put("errors", errors);
    summary.put("causes", tally.causes());
    summary.put("conditions", tally.conditions());
    summary.put("referrals", tally.referrals());
    try {
      return JSON.writeValueAsString(summary) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.heavylegs.report.write;

import dev.heavylegs.report.Report;
import java.util.Locale;

/** Writes a {@link Report} in one of the output formats. */
public interface ReportWriter {

  String write(Report report);

  /** The formats a report can be written in. */
  enum Format {
    TEXT,
    MARKDOWN,
    JSON;

    /** The writer of this format, the text one plain at the default width. */
    public ReportWriter writer() {
      return writer(TextReportOptions.PLAIN);
    }

    /** The writer of this format; {@code text} lays out the text report (the others ignore it). */
    public ReportWriter writer(TextReportOptions text) {
      return switch (this) {
        case TEXT -> new TextReportWriter(text);
        case MARKDOWN -> new MarkdownReportWriter();
        case JSON -> new JsonReportWriter();
      };
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}

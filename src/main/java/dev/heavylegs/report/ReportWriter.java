package dev.heavylegs.report;

import java.util.Locale;

/** Writes a {@link Report} in one of the output formats. */
public interface ReportWriter {

  String write(Report report);

  /** The formats a report can be written in. */
  enum Format {
    TEXT,
    MARKDOWN,
    JSON;

    public ReportWriter writer() {
      return switch (this) {
        case TEXT -> new TextReportWriter();
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

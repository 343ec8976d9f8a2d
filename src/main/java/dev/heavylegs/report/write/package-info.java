/**
 * Writing a report: as text for a runner (wrapped to a width, coloured only on a terminal, details
 * behind {@code --explain}), as Markdown, or as JSON with every detail; each in the one order of
 * {@link dev.heavylegs.report.ReportSection}.
 */
package dev.heavylegs.report.write;

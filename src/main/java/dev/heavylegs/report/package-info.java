/**
 * The consultation report: {@link dev.heavylegs.report.ReportBuilder} turns what the engine
 * concluded into red flags, ranked causes, conditions, grouped recommendations and referrals, all
 * worded from the knowledge base; the writers print it as text, Markdown or JSON.
 */
package dev.heavylegs.report;

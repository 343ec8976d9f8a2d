package dev.heavylegs.kbase;

/**
 * How the report words one conclusion. Which texts are set depends on the kind: conditions and
 * causes have an explanation; recommendations have advice; referrals have a reason and advice.
 *
 * @param ref the conclusion this wording is for
 * @param title a short heading, never null
 * @param explanation what the condition or cause means, or null
 * @param advice what to do, or null
 * @param reason why a referral is made, or null
 * @param source where the text comes from, or null
 * @param file the wording file it was read from, as shown to users
 * @param line the line of its key in that file, or 0
 */
public record WordingEntry(
    ConclusionRef ref,
    String title,
    String explanation,
    String advice,
    String reason,
    String source,
    String file,
    int line) {}

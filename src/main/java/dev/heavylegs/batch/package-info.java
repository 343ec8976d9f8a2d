/**
 * Screening many runners: reads profiles as JSON Lines with bounded lines, evaluates them on worker
 * threads with a session each, and writes one record per input line (an error record for a bad one)
 * in input order, with a summary.
 */
package dev.heavylegs.batch;

/**
 * How an outcome changes: {@link dev.heavylegs.interview.outcome.OutcomeDiff} lists what differs
 * between two outcomes (after an answer is changed, or the knowledge base reloaded), and {@link
 * dev.heavylegs.interview.outcome.OutcomeChanges} finds which single answers would change the
 * current one.
 */
package dev.heavylegs.interview.outcome;

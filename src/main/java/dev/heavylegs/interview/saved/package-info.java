/**
 * Saved consultations: the file a consultation is saved to and resumed from (answers, the knowledge
 * base version they were given under, the outcome then), the recovery file written when an
 * interview is interrupted, save paths as typed ({@code ~} expanded), and the notice shown on
 * resume when the knowledge base has changed since.
 */
package dev.heavylegs.interview.saved;

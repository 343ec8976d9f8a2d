/**
 * Saved consultations: the file a consultation is saved to and resumed from (answers, the knowledge
 * base version they were given under, the outcome then), and the notice shown on resume when the
 * knowledge base has changed since.
 */
package dev.heavylegs.interview.saved;

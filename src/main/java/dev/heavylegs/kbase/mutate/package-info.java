/**
 * Mutation testing of a knowledge base: the small changes an expert's mistaken edit would make (a
 * threshold moved, a boundary flipped, a weight off by one, a {@code not} left out), found on the
 * parsed rules and compiled one at a time, so that the scenarios can show which of them they
 * notice.
 */
package dev.heavylegs.kbase.mutate;

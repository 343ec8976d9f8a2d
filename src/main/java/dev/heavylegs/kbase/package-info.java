/**
 * Loading the knowledge base from {@code kbase/} on disk: the question catalogue, the wording, and
 * the rules compiled by Drools, checked together so that a base with any error is refused whole.
 * Every problem is a {@link dev.heavylegs.kbase.KbaseProblem} printed as
 * {@code path:line:col: error: message}.
 */
package dev.heavylegs.kbase;

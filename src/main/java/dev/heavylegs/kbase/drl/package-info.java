/**
 * Reading rule code. {@link dev.heavylegs.kbase.drl.DrlAnalyzer} reads each rule's metadata and
 * condition tree from Drools' parsed descriptors; the lexer and the grammars of constraints and
 * consequences read the code inside a rule, token by token, for the safety check and for the
 * analysis, so that nothing is decided on text patterns.
 */
package dev.heavylegs.kbase.drl;

/**
 * Everything the Drools compiler does: builds a KieBase from the checked sources, turns its
 * messages into problems at the expert's file and line, compiles the executable model (a kjar) for
 * the cache and loads one back.
 */
package dev.heavylegs.kbase.compile;

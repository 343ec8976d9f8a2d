/**
 * Explanations, read from the engine's own records: truth maintenance justifications say which rule
 * supports each conclusion on which facts, and rule metadata says what that rule is. Nothing here
 * writes an explanation by hand.
 */
package dev.heavylegs.explain;

/**
 * The knowledge-base model: what the loader made of {@code kbase/} (the question catalogue, the
 * wording, the rules' metadata and condition trees, the compiled Drools base) and the problems it
 * found, each a {@link dev.heavylegs.kbase.KbaseProblem} printed as {@code path:line:col: error:
 * message}. Only types, no work: reading, checking, compiling, loading and caching live in the
 * sub-packages, so every package may use this one without a cycle.
 */
package dev.heavylegs.kbase;

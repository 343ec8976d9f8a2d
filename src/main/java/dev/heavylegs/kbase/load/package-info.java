/**
 * {@link dev.heavylegs.kbase.load.KnowledgeBaseLoader}: reads a snapshot of the folder, runs every
 * check and compiles, so that a base with any error is refused whole and nothing runs on a
 * half-built one.
 */
package dev.heavylegs.kbase.load;

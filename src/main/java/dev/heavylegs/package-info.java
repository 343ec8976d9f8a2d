/**
 * heavylegs: an expert system that tells a runner why their legs feel heavy when they run, and what
 * to do about it. {@link dev.heavylegs.Main} starts the command line of {@code dev.heavylegs.cli}.
 */
package dev.heavylegs;

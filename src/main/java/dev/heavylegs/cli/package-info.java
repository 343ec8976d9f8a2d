/**
 * The {@code heavylegs} command line (picocli): options, exit codes and one-line error messages. It
 * uses heavylegs' own types only; Drools stays behind the kbase and engine packages.
 */
package dev.heavylegs.cli;

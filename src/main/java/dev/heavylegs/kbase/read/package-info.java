/**
 * Files to model: finds the files of a {@code kbase/} folder (following links only inside it),
 * takes a hashed snapshot of their bytes, and reads the question catalogue, the wording, the rule
 * files and the decision tables (with the cell each generated rule came from). {@link
 * dev.heavylegs.kbase.read.KbaseWatcher} tells when the folder changes.
 */
package dev.heavylegs.kbase.read;

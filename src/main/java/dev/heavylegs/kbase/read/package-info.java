/**
 * Files to model: finds the files of a {@code kbase/} folder (following links only inside it),
 * takes a hashed snapshot of their bytes, and reads the question catalogue, the wording, the rule
 * files and decision tables, and the rules' metadata and condition trees from Drools' parsed
 * descriptors. {@link dev.heavylegs.kbase.read.KbaseWatcher} tells when the folder changes.
 */
package dev.heavylegs.kbase.read;

/**
 * What refuses or warns: {@link dev.heavylegs.kbase.check.DrlSafety} decides on the parsed rule
 * code that a rule file runs only the forms the authoring guide teaches; {@link
 * dev.heavylegs.kbase.check.KbaseChecks} the errors across files (unknown questions, ids, missing
 * metadata or wording); {@link dev.heavylegs.kbase.check.KbaseLint} the warnings.
 */
package dev.heavylegs.kbase.check;

/**
 * The question catalogue read from {@code kbase/questions.yaml}, and the validation of a runner's
 * answers against it. Nothing here knows ranges or choices of its own: they all come from the
 * catalogue.
 */
package dev.heavylegs.questions;

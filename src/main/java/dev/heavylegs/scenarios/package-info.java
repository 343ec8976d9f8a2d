/**
 * Scenarios: expert-written test cases in {@code kbase/scenarios/*.yaml}. Each gives a runner's
 * answers and the conclusions that must and must not come out; the runner checks them against the
 * report a real consultation produces.
 */
package dev.heavylegs.scenarios;

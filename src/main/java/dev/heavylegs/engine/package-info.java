/**
 * Running a consultation: the runner's answers go into a Drools session as facts, the rules fire to
 * a fixed point, and the conclusions come back with their derivations. Callers see only heavylegs
 * types, never Drools ones.
 */
package dev.heavylegs.engine;

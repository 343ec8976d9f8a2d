/**
 * Which rules can still fire given the answers so far, in three-valued logic over the rules'
 * condition trees: what decides which question is worth asking next, which answers matter, and why
 * a conclusion did not come out.
 */
package dev.heavylegs.relevance;

/**
 * The facts the knowledge base reasons about: the runner's {@link dev.heavylegs.facts.Answer}s,
 * stated by the program, and the {@link dev.heavylegs.facts.Conclusion}s the rules insert
 * logically. Rule files import this package; nothing else of the program is visible to them.
 */
package dev.heavylegs.facts;

/**
 * The interactive consultation: asks the questions that can still change the outcome, reads the
 * runner's answers and prompt commands, shows how the outcome changes, saves and resumes a
 * consultation, and reloads an edited knowledge base. Terminal-agnostic: it talks to a {@link
 * dev.heavylegs.interview.dialogue.Conversation}.
 */
package dev.heavylegs.interview;

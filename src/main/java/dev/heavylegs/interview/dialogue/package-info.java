/**
 * What the interview says and reads: the {@link dev.heavylegs.interview.dialogue.Conversation} a
 * terminal or a script implements, the prompt commands, the wording of questions and messages, and
 * reading one typed answer (echoed, asked back when it is ambiguous or could be a red flag).
 */
package dev.heavylegs.interview.dialogue;

/**
 * Answers files (JSON or YAML): reading them whole, bounded in size, with one plain message naming
 * the file, the question and the value for anything wrong, and the parser's syntax errors put in a
 * runner's words.
 */
package dev.heavylegs.questions.file;

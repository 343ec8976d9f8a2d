/**
 * What the knowledge-base experts' commands compute beyond loading: the whole validation (including
 * that every conclusion can be reached) and the inference graph drawn from the rules.
 */
package dev.heavylegs.authoring;

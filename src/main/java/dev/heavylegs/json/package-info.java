/**
 * JSON in and out through Jackson's streaming parser and generator. An {@code ObjectMapper} would
 * do the same, but its first use costs about 0.1 s of a consultation's start-up (it sets up date
 * formats, locales and serializers), a fifth of the whole.
 */
package dev.heavylegs.json;

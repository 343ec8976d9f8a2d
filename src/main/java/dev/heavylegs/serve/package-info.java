/**
 * {@code heavylegs serve}: the consultation service. A stateless HTTP API over the one shared
 * knowledge base (answers in, the report and the next question out), batch screening over HTTP, hot
 * reload, and the web page's static files.
 */
package dev.heavylegs.serve;

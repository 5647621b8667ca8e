/**
 * Not API: the JSON plumbing every JSON format of Copydesk shares: the bounded, repairing tree parser
 * and positions for reading; the HTML-safe escapes and the pretty printer for writing. Exported only
 * to Copydesk's own modules.
 */
package io.github.copydesk.read.internal.json;

/**
 * Not API: the reading infrastructure Copydesk's format modules share (findings, JSON paths, text
 * cleaning, dates, URLs, scalar values, input decoding). Exported only to Copydesk's own modules.
 */
package io.github.copydesk.read.internal;

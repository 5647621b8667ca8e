/**
 * IPTC ninjs ("News in JSON"), the format in which news agencies (AP, dpa, NTB, TT and others)
 * deliver wire items, for Copydesk's {@link io.github.copydesk.model.Article}s.
 *
 * <p>This package will hold {@code NinjsReader}, which reads ninjs 1.x, 2.x and 3.x items (the
 * version detected from the document, or set) in a lenient and a strict mode, giving articles, or
 * the media of a picture, video or audio item, plus findings with stable codes and JSON paths; and
 * {@code NinjsWriter}, which writes an article as ninjs 3.2 (or 2.3) that validates against IPTC's
 * schema. Both are immutable and thread-safe, in the style of the JSON-LD reader and writer. The
 * reader is built on Copydesk's format-neutral reading module, which does not exist yet, so the
 * package is empty for now: the module holds the schema conformance harness and the expected
 * outcome of reading each of IPTC's example documents, in its tests.
 */
package io.github.copydesk.ninjs;

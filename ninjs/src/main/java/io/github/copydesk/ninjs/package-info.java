/**
 * IPTC ninjs ("News in JSON"), the format in which news agencies (AP, dpa, NTB, TT and others)
 * deliver wire items, for Copydesk's {@link io.github.copydesk.model.Article}s:
 * {@link io.github.copydesk.ninjs.NinjsReader} reads ninjs 1.x, 2.x and 3.x items (the version detected
 * from the document, or set) in a lenient and a strict mode, giving articles (or the medium of a picture,
 * video or audio item) and findings with stable codes and JSON paths;
 * {@link io.github.copydesk.ninjs.NinjsWriter} writes an article as ninjs 3.2 (or 2.3) that validates
 * against IPTC's schema. Both are immutable and thread-safe.
 */
package io.github.copydesk.ninjs;

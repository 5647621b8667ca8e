/**
 * How Copydesk reads and writes IPTC ninjs: the names of each generation ({@link io.github.copydesk.ninjs.internal.Term}),
 * the version by shape, one mapping per ninjs structure that reads and writes it (the item, its texts
 * and body, its media and renditions). Not API: the public classes here are used by
 * {@link io.github.copydesk.ninjs.NinjsReader} and {@link io.github.copydesk.ninjs.NinjsWriter} only.
 */
package io.github.copydesk.ninjs.internal;

/**
 * What a Copydesk reader gives back, whatever the format: the articles and findings of a read
 * ({@link io.github.copydesk.read.ReadResult}, {@link io.github.copydesk.read.ReadFinding}), the one
 * vocabulary of finding codes ({@link io.github.copydesk.read.ReadCode}), the exception that stops a
 * read ({@link io.github.copydesk.read.ReadException}) and the limits every reader enforces
 * ({@link io.github.copydesk.read.ReadLimits}).
 */
package io.github.copydesk.read;

/**
 * Copydesk in a Spring application: the {@code application/ld+json} message converter, and validation findings
 * as RFC 9457 problem details. The starter's auto-configuration ({@code io.github.copydesk.spring.autoconfigure})
 * registers them.
 */
package io.github.copydesk.spring;

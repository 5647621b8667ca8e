/**
 * Copydesk's Spring Boot auto-configuration and its settings ({@code copydesk.*}).
 */
package io.github.copydesk.spring.autoconfigure;

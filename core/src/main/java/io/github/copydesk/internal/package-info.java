/**
 * Copydesk's internals shared by its own modules; <strong>not API</strong>. Nothing here is covered by
 * compatibility promises: names and behaviour change with any release.
 *
 * <p>The package holds the model's construction checks ({@link io.github.copydesk.internal.Checks}),
 * the byline and dateline formats ({@link io.github.copydesk.internal.BylineFormat},
 * {@link io.github.copydesk.internal.DatelineFormat}) and Copydesk's news vocabulary, written once for
 * every part that reads news text: its words ({@link io.github.copydesk.internal.NewsVocabulary}: role
 * phrases, byline titles, honorifics, agencies and newsrooms, weekdays, months) and its place names
 * ({@link io.github.copydesk.internal.Places}: countries and their ISO codes, regions, AP's
 * stand-alone cities).
 *
 * <p>{@code module-info} exports the package only to Copydesk's own modules (a qualified export), so
 * that their readers and writers check and read values exactly as the model does; applications cannot
 * compile against it on the module path, and must not on the class path.
 */
package io.github.copydesk.internal;

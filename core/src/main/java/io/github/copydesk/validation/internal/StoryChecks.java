package io.github.copydesk.validation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import io.github.copydesk.model.Article;
import io.github.copydesk.model.Quote;

/**
 * The checks of the rules about the story as written: its headline, its dateline, its quotes against
 * its body, its keywords. Each constant is the {@link ArticleCheck} of one rule, named by the rule's
 * entry in {@link io.github.copydesk.validation.Rule}.
 */
public enum StoryChecks implements ArticleCheck {

    /** {@code google.headline.length}: the headline has at most 110 code points. */
    HEADLINE_LENGTH,
    /** {@code editorial.dateline.expected}: the article has a dateline. */
    DATELINE_EXPECTED,
    /** {@code editorial.dateline.locality.expected}: a dateline names its locality; reported on its place's locality. */
    DATELINE_LOCALITY_EXPECTED,
    /**
     * {@code editorial.quote.in-body}: every quote's words appear in the body as whole words ("on" is
     * not in "only"), after normalising quotation marks, apostrophes and white space.
     */
    QUOTES_IN_BODY,
    /**
     * {@code editorial.keywords.unique}: no keyword repeats an earlier one, ignoring case and the white
     * space around it; each repeat is reported.
     */
    KEYWORDS_UNIQUE;

    @Override
    public void check(Article article, Consumer<String> report) {
        switch (this) {
            case HEADLINE_LENGTH -> {
                String headline = article.headline();
                if (headline != null && headline.codePointCount(0, headline.length()) > MAX_HEADLINE) {
                    report.accept("headline");
                }
            }
            case DATELINE_LOCALITY_EXPECTED -> {
                if (article.dateline() != null && Text.isBlankOrNull(article.dateline().place().locality())) {
                    report.accept("dateline.place.locality");
                }
            }
            case DATELINE_EXPECTED -> {
                if (article.dateline() == null) {
                    report.accept("dateline");
                }
            }
            case QUOTES_IN_BODY -> quotesInBody(article, report);
            case KEYWORDS_UNIQUE -> {
                Set<String> seen = new HashSet<>();
                List<String> keywords = article.keywords();
                for (int i = 0; i < keywords.size(); i++) {
                    if (!seen.add(keywords.get(i).strip().toLowerCase(Locale.ROOT))) {
                        report.accept("keywords[" + i + "]");
                    }
                }
            }
            default -> throw new IllegalStateException("no check for " + this);
        }
    }

    /** Google: headlines longer than this, in code points, may be truncated on some devices. */
    private static final int MAX_HEADLINE = 110;

    /** Reports each quote whose words are not in the body; the body is normalised once per article. */
    private static void quotesInBody(Article article, Consumer<String> report) {
        List<Quote> quotes = article.quotes();
        if (quotes.isEmpty()) {
            return;
        }
        String body = article.body() == null ? "" : Text.normalise(article.body());
        for (int i = 0; i < quotes.size(); i++) {
            String text = quotes.get(i).text();
            if (!Text.isBlankOrNull(text) && !containsWords(body, Text.normalise(text))) {
                report.accept("quotes[" + i + "].text");
            }
        }
    }

    /** Whether {@code words} occurs in {@code text} not cut out of a longer word at either end. */
    private static boolean containsWords(String text, String words) {
        boolean wordAtStart = Character.isLetterOrDigit(words.codePointAt(0));
        boolean wordAtEnd = Character.isLetterOrDigit(words.codePointBefore(words.length()));
        for (int from = text.indexOf(words); from >= 0; from = text.indexOf(words, from + 1)) {
            int end = from + words.length();
            boolean startOk = !wordAtStart || from == 0 || !Character.isLetterOrDigit(text.codePointBefore(from));
            boolean endOk = !wordAtEnd || end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }
}

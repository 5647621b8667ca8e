package io.github.copydesk.model;

/**
 * The kind of news article, each mapped to a schema.org {@code NewsArticle} type.
 */
public enum ArticleType {
    /** A news story: {@code NewsArticle}. */
    NEWS("NewsArticle"),
    /** Reportage, first-hand: {@code ReportageNewsArticle}. */
    REPORTAGE("ReportageNewsArticle"),
    /** Analysis: {@code AnalysisNewsArticle}. */
    ANALYSIS("AnalysisNewsArticle"),
    /** Opinion: {@code OpinionNewsArticle}. */
    OPINION("OpinionNewsArticle"),
    /** Background: {@code BackgroundNewsArticle}. */
    BACKGROUND("BackgroundNewsArticle"),
    /** A review: {@code ReviewNewsArticle}. */
    REVIEW("ReviewNewsArticle"),
    /** A question to the public: {@code AskPublicNewsArticle}. */
    ASK_PUBLIC("AskPublicNewsArticle");

    private final String schemaOrgType;

    ArticleType(String schemaOrgType) {
        this.schemaOrgType = schemaOrgType;
    }

    /**
     * The schema.org type name.
     *
     * @return the type, such as {@code NewsArticle}
     */
    public String schemaOrgType() {
        return schemaOrgType;
    }
}

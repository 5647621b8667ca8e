package io.github.copydesk.model;

import java.util.Objects;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.internal.DatelineFormat;
import io.github.copydesk.internal.Places;
import io.github.copydesk.validation.constraints.NoControlCharacters;

/**
 * A place as a dateline names it: locality, region and country as written, plus ISO codes when the
 * names are known ({@code Spain} gives {@code ES}; the AP state abbreviation {@code Pa.} gives
 * {@code US-PA}). Names keep their letter case as written: {@code MADRID} stays {@code MADRID}.
 *
 * <p>{@link #withRegion(String)} and {@link #withCountry(String)} infer the codes from the names they
 * set: English country names and common aliases ("Spain", "Britain", "U.S."), US states by full name
 * or AP abbreviation ("Pennsylvania", "Pa."), the District of Columbia and the Canadian provinces and
 * territories; letter case and accents do not matter. An inferred code never contradicts a code that
 * is already set: where they would disagree, the inferred code is left out.
 *
 * <table class="striped">
 * <caption>Fields</caption>
 * <tr><th>field</th><th>optional</th><th>construction checks</th><th>validation rules</th></tr>
 * <tr><td>locality</td><td>yes</td><td>valid Unicode</td><td>{@code editorial.dateline.locality.expected} (on the dateline); no control characters</td></tr>
 * <tr><td>region</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * <tr><td>regionCode</td><td>yes</td><td>ISO 3166-2 ({@code US-PA}); its country part equals {@code countryCode} when both are present</td><td>-</td></tr>
 * <tr><td>country</td><td>yes</td><td>valid Unicode</td><td>no control characters</td></tr>
 * <tr><td>countryCode</td><td>yes</td><td>ISO 3166-1 alpha-2, upper case</td><td>-</td></tr>
 * </table>
 *
 * @param locality the city or town as written ("MADRID", "State College")
 * @param region the state, province or region as written ("Pa.")
 * @param regionCode the ISO 3166-2 code of the region ("US-PA")
 * @param country the country as written ("Spain")
 * @param countryCode the ISO 3166-1 alpha-2 code of the country ("ES")
 */
public record Place(
        @NoControlCharacters String locality,
        @NoControlCharacters String region,
        String regionCode,
        @NoControlCharacters String country,
        String countryCode) {

    /**
     * Checks every field.
     *
     * @param locality the city or town as written, or {@code null}
     * @param region the state, province or region as written, or {@code null}
     * @param regionCode the ISO 3166-2 code of the region, or {@code null}
     * @param country the country as written, or {@code null}
     * @param countryCode the ISO 3166-1 alpha-2 code of the country, or {@code null}
     * @throws IllegalArgumentException if a present value is malformed, or the region code names
     *         another country than the country code
     */
    public Place {
        Checks.text(locality, "locality");
        Checks.text(region, "region");
        Checks.subdivisionCode(regionCode, "regionCode");
        Checks.text(country, "country");
        Checks.countryCode(countryCode, "countryCode");
        if (regionCode != null && countryCode != null && !regionCode.startsWith(countryCode + "-")) {
            throw new IllegalArgumentException("regionCode " + Checks.quote(regionCode)
                    + " is not in countryCode " + Checks.quote(countryCode));
        }
    }

    /**
     * A place known only by its locality.
     *
     * @param locality the city or town as written ("MADRID")
     * @return the place, with no region or country
     * @throws NullPointerException if {@code locality} is null
     * @throws IllegalArgumentException if {@code locality} is not valid Unicode
     */
    public static Place of(String locality) {
        return new Place(Objects.requireNonNull(locality, "locality"), null, null, null, null);
    }

    /**
     * Returns a copy with another locality.
     *
     * @param locality the city or town as written, or {@code null} for none
     * @return a copy with {@code locality}; every other field unchanged
     * @throws IllegalArgumentException if {@code locality} is not valid Unicode
     */
    public Place withLocality(String locality) {
        return new Place(locality, region, regionCode, country, countryCode);
    }

    /**
     * Returns a copy with another region, its code inferred from the name.
     *
     * <p>When the name is a known region ({@code Pa.} or {@code Pennsylvania} gives {@code US-PA}),
     * that becomes the region code, and its country ({@code US}) becomes the country code if none is
     * set; if the country code is set to another country, the region code is left out instead. When
     * the name is unknown or {@code null}, the region code is cleared. The country code is never
     * cleared or replaced.
     *
     * @param region the state, province or region as written ("Pa."), or {@code null} for none
     * @return a copy with {@code region} and the inferred region code
     * @throws IllegalArgumentException if {@code region} is not valid Unicode
     */
    public Place withRegion(String region) {
        String inferred = Places.regionCode(region);
        String inferredCountry = countryCode;
        if (inferred != null) {
            if (inferredCountry == null) {
                inferredCountry = inferred.substring(0, 2);
            } else if (!inferred.startsWith(inferredCountry + "-")) {
                inferred = null;
            }
        }
        return new Place(locality, region, inferred, country, inferredCountry);
    }

    /**
     * Returns a copy with another country, its code inferred from the name.
     *
     * <p>A known English country name or alias gives its ISO code ({@code Spain} gives {@code ES};
     * {@code Britain}, {@code England} and {@code U.K.} give {@code GB}; {@code U.S.}, {@code USA}
     * and {@code United States} give {@code US}), unless the region code names another country, in
     * which case the country code is left out. An unknown name (or {@code null}) gives no code, or
     * the country of the region code when one is set.
     *
     * @param country the country as written ("Spain"), or {@code null} for none
     * @return a copy with {@code country} and the inferred country code
     * @throws IllegalArgumentException if {@code country} is not valid Unicode
     */
    public Place withCountry(String country) {
        String inferred = Places.countryCode(country);
        if (inferred == null) {
            inferred = regionCode == null ? null : regionCode.substring(0, 2);
        } else if (regionCode != null && !regionCode.startsWith(inferred + "-")) {
            inferred = null;
        }
        return new Place(locality, region, regionCode, country, inferred);
    }

    /**
     * Returns a copy with another region code, nothing inferred.
     *
     * @param regionCode the ISO 3166-2 code ("US-PA"), or {@code null} for none
     * @return a copy with {@code regionCode}; every other field unchanged
     * @throws IllegalArgumentException if {@code regionCode} is not an ISO 3166-2 code, or names
     *         another country than the country code
     */
    public Place withRegionCode(String regionCode) {
        return new Place(locality, region, regionCode, country, countryCode);
    }

    /**
     * Returns a copy with another country code, nothing inferred.
     *
     * @param countryCode the ISO 3166-1 alpha-2 code in upper case ("ES"), or {@code null} for none
     * @return a copy with {@code countryCode}; every other field unchanged
     * @throws IllegalArgumentException if {@code countryCode} is not an ISO 3166-1 alpha-2 code, or
     *         the region code names another country
     */
    public Place withCountryCode(String countryCode) {
        return new Place(locality, region, regionCode, country, countryCode);
    }

    /**
     * Returns the present names, as written, joined by commas: {@code MADRID, Spain},
     * {@code STATE COLLEGE, Pa.}, {@code PORTLAND, Maine, USA}.
     *
     * <p>Absent and blank names are left out; codes are never shown.
     *
     * @return the locality, region and country that are present, or the empty string when none is
     */
    public String displayName() {
        return DatelineFormat.displayName(this);
    }
}

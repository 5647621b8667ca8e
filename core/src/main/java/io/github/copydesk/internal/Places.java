package io.github.copydesk.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The place names of Copydesk's news vocabulary (its words are in {@link NewsVocabulary}): the ISO
 * 3166-1 country codes, English country names (with common aliases) to those codes, US states (AP
 * abbreviations and full names) and Canadian provinces to ISO 3166-2 codes, and the cities that stand
 * alone in an AP dateline. Every lookup is case-insensitive and ignores accents,
 * so {@code SPAIN}, {@code Spain} and {@code spain} all give {@code ES}.
 *
 * <p>Not part of Copydesk's API (see the package). The tables are immutable and the class is
 * thread-safe.
 */
public final class Places {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HYPHEN = Pattern.compile("\\s*-\\s*");
    private static final Pattern SAINT = Pattern.compile("\\bsaint\\b");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\(([^)]*)\\)");

    /** The ISO 3166-1 alpha-2 codes, in alphabetical order. */
    private static final Set<String> COUNTRY_CODES =
            Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(Locale.getISOCountries())));

    /** Normalised country name to ISO 3166-1 alpha-2 code. */
    private static final Map<String, String> COUNTRIES = countries();

    /** Normalised region name or abbreviation to ISO 3166-2 code. */
    private static final Map<String, String> REGIONS = new HashMap<>();

    /** ISO 3166-2 code of a US state to the form AP writes in a dateline. */
    private static final Map<String, String> AP_STATES = new HashMap<>();

    /**
     * Normalised locality to the code of where it is ("US-DC", "ES"), for the cities that stand alone
     * in AP datelines; the empty string when the city belongs to no one country code (Jerusalem).
     */
    private static final Map<String, String> STANDALONE = new HashMap<>();

    static {
        // US states: ISO code, full name, AP dateline abbreviation (the eight AP never abbreviates
        // are written in full).
        state("AL", "Alabama", "Ala.");
        state("AK", "Alaska", "Alaska");
        state("AZ", "Arizona", "Ariz.");
        state("AR", "Arkansas", "Ark.");
        state("CA", "California", "Calif.");
        state("CO", "Colorado", "Colo.");
        state("CT", "Connecticut", "Conn.");
        state("DE", "Delaware", "Del.");
        state("FL", "Florida", "Fla.");
        state("GA", "Georgia", "Ga.");
        state("HI", "Hawaii", "Hawaii");
        state("ID", "Idaho", "Idaho");
        state("IL", "Illinois", "Ill.");
        state("IN", "Indiana", "Ind.");
        state("IA", "Iowa", "Iowa");
        state("KS", "Kansas", "Kan.");
        state("KY", "Kentucky", "Ky.");
        state("LA", "Louisiana", "La.");
        state("ME", "Maine", "Maine");
        state("MD", "Maryland", "Md.");
        state("MA", "Massachusetts", "Mass.");
        state("MI", "Michigan", "Mich.");
        state("MN", "Minnesota", "Minn.");
        state("MS", "Mississippi", "Miss.");
        state("MO", "Missouri", "Mo.");
        state("MT", "Montana", "Mont.");
        state("NE", "Nebraska", "Neb.");
        state("NV", "Nevada", "Nev.");
        state("NH", "New Hampshire", "N.H.");
        state("NJ", "New Jersey", "N.J.");
        state("NM", "New Mexico", "N.M.");
        state("NY", "New York", "N.Y.");
        state("NC", "North Carolina", "N.C.");
        state("ND", "North Dakota", "N.D.");
        state("OH", "Ohio", "Ohio");
        state("OK", "Oklahoma", "Okla.");
        state("OR", "Oregon", "Ore.");
        state("PA", "Pennsylvania", "Pa.");
        state("RI", "Rhode Island", "R.I.");
        state("SC", "South Carolina", "S.C.");
        state("SD", "South Dakota", "S.D.");
        state("TN", "Tennessee", "Tenn.");
        state("TX", "Texas", "Texas");
        state("UT", "Utah", "Utah");
        state("VT", "Vermont", "Vt.");
        state("VA", "Virginia", "Va.");
        state("WA", "Washington", "Wash.");
        state("WV", "West Virginia", "W.Va.");
        state("WI", "Wisconsin", "Wis.");
        state("WY", "Wyoming", "Wyo.");
        state("DC", "District of Columbia", "D.C.");
        REGIONS.put(key("W. Va."), "US-WV");
        REGIONS.put(key("Washington, D.C."), "US-DC");

        // Canadian provinces and territories: AP datelines name them in full.
        region("CA-AB", "Alberta");
        region("CA-BC", "British Columbia");
        region("CA-MB", "Manitoba");
        region("CA-NB", "New Brunswick");
        region("CA-NL", "Newfoundland and Labrador");
        region("CA-NL", "Newfoundland");
        region("CA-NS", "Nova Scotia");
        region("CA-ON", "Ontario");
        region("CA-PE", "Prince Edward Island");
        region("CA-QC", "Quebec");
        region("CA-SK", "Saskatchewan");
        region("CA-NT", "Northwest Territories");
        region("CA-NU", "Nunavut");
        region("CA-YT", "Yukon");

        // AP Stylebook, "datelines": US cities that stand alone.
        standalone("US-GA", "ATLANTA");
        standalone("US-MD", "BALTIMORE");
        standalone("US-MA", "BOSTON");
        standalone("US-IL", "CHICAGO");
        standalone("US-OH", "CINCINNATI", "CLEVELAND");
        standalone("US-TX", "DALLAS", "HOUSTON", "SAN ANTONIO");
        standalone("US-CO", "DENVER");
        standalone("US-MI", "DETROIT");
        standalone("US-HI", "HONOLULU");
        standalone("US-IN", "INDIANAPOLIS");
        standalone("US-NV", "LAS VEGAS");
        standalone("US-CA", "LOS ANGELES", "SAN DIEGO", "SAN FRANCISCO");
        standalone("US-FL", "MIAMI");
        standalone("US-WI", "MILWAUKEE");
        standalone("US-MN", "MINNEAPOLIS");
        standalone("US-LA", "NEW ORLEANS");
        standalone("US-NY", "NEW YORK");
        standalone("US-OK", "OKLAHOMA CITY");
        standalone("US-PA", "PHILADELPHIA", "PITTSBURGH");
        standalone("US-AZ", "PHOENIX");
        standalone("US-MO", "ST. LOUIS");
        standalone("US-UT", "SALT LAKE CITY");
        standalone("US-WA", "SEATTLE");
        standalone("US-DC", "WASHINGTON");
        // AP Stylebook, "datelines": international cities that stand alone.
        standalone("NL", "AMSTERDAM");
        standalone("IQ", "BAGHDAD");
        standalone("TH", "BANGKOK");
        standalone("CN", "BEIJING", "SHANGHAI");
        standalone("LB", "BEIRUT");
        standalone("DE", "BERLIN", "MUNICH");
        standalone("BE", "BRUSSELS");
        standalone("EG", "CAIRO");
        standalone("DJ", "DJIBOUTI");
        standalone("IE", "DUBLIN");
        standalone("CH", "GENEVA", "ZURICH");
        standalone("GI", "GIBRALTAR");
        standalone("GT", "GUATEMALA CITY");
        standalone("CU", "HAVANA");
        standalone("FI", "HELSINKI");
        standalone("HK", "HONG KONG");
        standalone("PK", "ISLAMABAD");
        standalone("TR", "ISTANBUL");
        standalone("", "JERUSALEM");
        standalone("ZA", "JOHANNESBURG");
        standalone("KW", "KUWAIT CITY");
        standalone("GB", "LONDON");
        standalone("LU", "LUXEMBOURG");
        standalone("MO", "MACAU");
        standalone("ES", "MADRID");
        standalone("MX", "MEXICO CITY");
        standalone("IT", "MILAN", "ROME");
        standalone("MC", "MONACO");
        standalone("CA-QC", "MONTREAL", "QUEBEC CITY");
        standalone("CA-ON", "OTTAWA", "TORONTO");
        standalone("RU", "MOSCOW");
        standalone("IN", "NEW DELHI");
        standalone("PA", "PANAMA CITY");
        standalone("FR", "PARIS");
        standalone("CZ", "PRAGUE");
        standalone("BR", "RIO DE JANEIRO", "SAO PAULO");
        standalone("SM", "SAN MARINO");
        standalone("SG", "SINGAPORE");
        standalone("SE", "STOCKHOLM");
        standalone("AU", "SYDNEY");
        standalone("JP", "TOKYO");
        standalone("VA", "VATICAN CITY");
        standalone("AT", "VIENNA");
    }

    private Places() {
    }

    private static void state(String code, String name, String apForm) {
        String iso = "US-" + code;
        region(iso, name);
        region(iso, apForm);
        AP_STATES.put(iso, apForm);
    }

    private static void region(String code, String name) {
        REGIONS.put(key(name), code);
    }

    private static void standalone(String code, String... cities) {
        for (String city : cities) {
            STANDALONE.put(key(city), code);
        }
    }

    private static Map<String, String> countries() {
        Map<String, String> map = new HashMap<>();
        for (String code : COUNTRY_CODES) {
            String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH);
            if (name.isEmpty() || name.equals(code)) {
                continue;
            }
            map.put(countryKey(name), code);
            // "Myanmar (Burma)" is also "Myanmar" and "Burma".
            var parenthesised = PARENTHESES.matcher(name);
            if (parenthesised.find()) {
                String inner = parenthesised.group(1);
                map.putIfAbsent(countryKey(parenthesised.replaceAll("")), code);
                map.putIfAbsent(countryKey(inner), code);
            }
            // "Hong Kong SAR China" is "Hong Kong".
            if (name.endsWith(" SAR China")) {
                map.putIfAbsent(countryKey(name.substring(0, name.length() - " SAR China".length())), code);
            }
        }
        String[][] aliases = {
            {"GB", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "U.K.",
                "United Kingdom of Great Britain and Northern Ireland"},
            {"US", "U.S.", "U.S.A.", "United States of America", "America"},
            {"AE", "U.A.E.", "UAE", "Emirates"},
            {"BA", "Bosnia", "Bosnia-Herzegovina"},
            {"CD", "Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo", "DR Congo", "DRC"},
            {"CG", "Republic of Congo", "Republic of the Congo", "Congo Republic"},
            {"CI", "Ivory Coast", "Cote d'Ivoire"},
            {"CV", "Cape Verde", "Cabo Verde"},
            {"CZ", "Czech Republic", "Czechia"},
            {"HK", "Hong Kong"},
            {"KP", "North Korea", "Democratic People's Republic of Korea"},
            {"KR", "South Korea", "Republic of Korea"},
            {"MK", "Macedonia", "North Macedonia"},
            {"MM", "Burma", "Myanmar"},
            {"MO", "Macau", "Macao"},
            {"NL", "Holland", "Netherlands"},
            {"PS", "Palestine", "Palestinian Territories", "West Bank", "Gaza", "Gaza Strip"},
            {"RU", "Russia", "Russian Federation"},
            {"SZ", "Swaziland", "Eswatini"},
            {"TL", "East Timor", "Timor-Leste"},
            {"TR", "Turkey", "Türkiye"},
            {"VA", "Vatican", "Vatican City", "Holy See"},
            {"VN", "Vietnam", "Viet Nam"},
        };
        for (String[] row : aliases) {
            for (int i = 1; i < row.length; i++) {
                map.put(countryKey(row[i]), row[0]);
            }
        }
        return Map.copyOf(map);
    }

    /** Lower case, no accents, typographic apostrophes made plain, white space collapsed. */
    private static String key(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("");
        plain = plain.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        return SPACES.matcher(plain).replaceAll(" ");
    }

    /**
     * The key for a country name: as {@link #key(String)}, and also without full stops ("U.K." is
     * "UK"), without a leading "the", with "&amp;" read as "and", "Saint" as "St" and spaced hyphens
     * closed up ("Congo - Kinshasa" is "Congo-Kinshasa").
     */
    private static String countryKey(String name) {
        String k = key(name).replace(".", "").replace("&", " and ");
        k = SAINT.matcher(k).replaceAll("st");
        k = HYPHEN.matcher(k).replaceAll("-");
        k = SPACES.matcher(k).replaceAll(" ").strip();
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        return k;
    }

    /**
     * The ISO 3166-1 alpha-2 code of an English country name or common alias.
     *
     * @param name the country as written ("Spain", "SPAIN", "Britain", "U.S.")
     * @return the code ("ES"), or {@code null} when the name is unknown or {@code null}
     */
    public static String countryCode(String name) {
        return name == null ? null : COUNTRIES.get(countryKey(name));
    }

    /**
     * Whether a text is an ISO 3166-1 alpha-2 country code, in upper case ("ES", "US").
     *
     * @param code the text, or {@code null}
     * @return whether it is a country code
     */
    public static boolean isCountryCode(String code) {
        return code != null && COUNTRY_CODES.contains(code);
    }

    /**
     * The ISO 3166-2 code of a US state (full name or AP abbreviation), the District of Columbia or a
     * Canadian province or territory.
     *
     * @param name the region as written ("Pa.", "Pennsylvania", "Ontario")
     * @return the code ("US-PA", "CA-ON"), or {@code null} when the name is unknown or {@code null}
     */
    public static String regionCode(String name) {
        return name == null ? null : REGIONS.get(key(name));
    }

    /**
     * The form AP writes a US state in a dateline: its abbreviation ("Pa."), or the full name for the
     * eight states AP never abbreviates ("Texas").
     *
     * @param regionCode an ISO 3166-2 code
     * @return the AP form, or {@code null} when the code is not a US state or D.C.
     */
    public static String apState(String regionCode) {
        return regionCode == null ? null : AP_STATES.get(regionCode);
    }

    /**
     * Whether a place is one of the cities that stand alone in an AP dateline ({@code MADRID},
     * {@code WASHINGTON}). The locality must be on AP's list, and every code and name the place
     * carries must agree with that city: {@code PARIS} with region {@code Texas} does not stand alone,
     * nor does {@code LONDON} with an unrecognised country name.
     *
     * @param locality the locality as written, any letter case
     * @param region the region as written, or {@code null}
     * @param regionCode the region's ISO 3166-2 code, or {@code null}
     * @param country the country as written, or {@code null}
     * @param countryCode the country's ISO 3166-1 code, or {@code null}
     * @return whether AP writes the locality alone
     */
    public static boolean standsAlone(String locality, String region, String regionCode, String country,
            String countryCode) {
        if (locality == null) {
            return false;
        }
        String where = STANDALONE.get(key(locality));
        if (where == null) {
            return false;
        }
        if (where.isEmpty()) {
            return true;
        }
        String cityCountry = where.substring(0, 2);
        if ((country != null && countryCode == null) || (region != null && regionCode == null)) {
            return false;
        }
        if (countryCode != null && !countryCode.equals(cityCountry)) {
            return false;
        }
        if (regionCode == null) {
            return true;
        }
        return where.length() > 2 ? regionCode.equals(where) : regionCode.startsWith(cityCountry + "-");
    }
}

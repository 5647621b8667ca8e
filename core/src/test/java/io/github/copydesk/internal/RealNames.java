package io.github.copydesk.internal;

import java.util.stream.Stream;

/**
 * Real people's names, from many languages, that no part of Copydesk may take for more than a name:
 * the byline parser must read each as one person, and the author-name rules must flag none. Many
 * hold a word of the news vocabulary: a generational suffix, a joining "y" or "e", an initial, a
 * surname that is a newsroom word (Post, Press, Service, Daily, Forbes) or a title word (Host,
 * Stringer, Staff), letters that look like post-nominals (Ba, Mba, Obe), a given name that looks like
 * an honorific (Hon).
 */
public final class RealNames {

    private RealNames() {
    }

    /** @return the names */
    public static Stream<String> names() {
        return Stream.of(
                "Martin Luther King Jr.", "Ngũgĩ wa Thiong'o", "José Ortega y Gasset", "M. Night Shyamalan",
                "Steve Forbes", "Emily Post", "Ana Host", "Howard Stringer", "Bill Staff", "Bill Press",
                "Robert Service", "Bill Daily", "Smith-Jones", "Robert Downey Jr", "de la Cruz", "O'Brien",
                "Ursula von der Leyen", "Jean-Luc Godard", "Gabriel García Márquez", "Mary-Kate O'Neill",
                "John Smith III", "Björk", "Nguyễn Thị Minh Khai", "Hamad bin Khalifa Al Thani",
                "Sandra Day O'Connor", "Jane Doe-Andrews", "Anders Andersson", "Dana Sanders", "Sammy Davis Jr.",
                "Byron York", "Andrea Mitchell", "Edward Stafford", "Mo Yan", "Daniel Day-Lewis",
                "Chimamanda Ngozi Adichie", "Abu Bakr al-Baghdadi", "Ellen Johnson Sirleaf", "Christiane Amanpour",
                "Erik Prince", "Santiago Ramón y Cajal", "José Bonifácio de Andrada e Silva", "M. Scott Peck",
                "Hon Sui Sen", "Mamadou Ba", "Léon Mba", "Ayo Obe", "Walter Cronkite", "Anna Politkovskaya",
                "William (Bill) Smith", "Bruno (Henrique Zecchin) Rodrigues");
    }
}

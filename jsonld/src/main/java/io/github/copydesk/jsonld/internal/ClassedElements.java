package io.github.copydesk.jsonld.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements of an HTML page that have a {@code class} attribute, in document order, each with its
 * class names and its floor: the least depth of any element from the classed element before it
 * (exclusive) to it (inclusive). That is all a check of class selectors needs, kept instead of the page's
 * mutable DOM: an earlier element is closed by the time an element is reached exactly when some element
 * between them, or that element, is no deeper than it, so a classed element closes each open one at least
 * as deep as its floor. Immutable and thread-safe.
 */
public final class ClassedElements {

    private static final ClassedElements NONE = new ClassedElements(new int[0], new int[0], List.of());

    private final int[] depths;
    private final int[] floors;
    private final List<Set<String>> classes;

    private ClassedElements(int[] depths, int[] floors, List<Set<String>> classes) {
        this.depths = depths;
        this.floors = floors;
        this.classes = classes;
    }

    /**
     * The classed elements of a page, in one walk.
     *
     * @param document the page
     * @return its classed elements
     */
    public static ClassedElements of(Document document) {
        List<Set<String>> classes = new ArrayList<>();
        int[][] depths = {new int[16], new int[16]};
        NodeTraversor.traverse(new NodeVisitor() {
            private int floor = Integer.MAX_VALUE;

            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                floor = Math.min(floor, depth);
                Set<String> names = e.hasAttr("class") ? e.classNames() : Set.of();
                if (!names.isEmpty()) {
                    int i = classes.size();
                    if (i == depths[0].length) {
                        depths[0] = Arrays.copyOf(depths[0], i * 2);
                        depths[1] = Arrays.copyOf(depths[1], i * 2);
                    }
                    depths[0][i] = depth;
                    depths[1][i] = floor;
                    classes.add(Set.copyOf(names));
                    floor = Integer.MAX_VALUE;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                // nothing to close: depths say what lies inside what
            }
        }, document);
        int n = classes.size();
        return n == 0 ? NONE : new ClassedElements(Arrays.copyOf(depths[0], n), Arrays.copyOf(depths[1], n), List.copyOf(classes));
    }

    /** @return how many elements have classes */
    public int size() {
        return classes.size();
    }

    /**
     * @param i an element's index
     * @return its depth in the page
     */
    public int depth(int i) {
        return depths[i];
    }

    /**
     * @param i an element's index
     * @return the least depth of the elements from the classed element before it (exclusive) to it
     *         (inclusive): every open element at least this deep is closed when it is reached
     */
    public int floor(int i) {
        return floors[i];
    }

    /**
     * @param i an element's index
     * @return its class names
     */
    public Set<String> classes(int i) {
        return classes.get(i);
    }
}

package io.github.copydesk.ninjs;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.List;
import java.util.Objects;

import io.github.copydesk.internal.Checks;
import io.github.copydesk.model.NewsDate;
import io.github.copydesk.model.Paywall;

/**
 * Where two models differ, as property paths: a generic walk over record components and lists, for
 * tests that check a list of what a format leaves out. A value that is absent in the first model (null,
 * empty text, an empty list, a record of such) never differs; URIs compare in ASCII (as the ninjs writer writes them), date-times as instants.
 */
final class ModelDiff {

    private ModelDiff() {
    }

    /**
     * Adds the paths at which {@code a} holds a value that {@code b} does not hold as it is.
     *
     * @param a the first model
     * @param b the second
     * @param path the path of both
     * @param out the paths found
     */
    static void paths(Object a, Object b, String path, List<String> out) {
        if (absent(a) || same(a, b)) {
            return;
        }
        if (a instanceof Record && (b == null || a.getClass() == b.getClass())) {
            // a record that is not there is compared as one holding nothing: each of its values is lost,
            // or the record itself when only its being there says something (a paywall of no sections)
            int before = out.size();
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                if (!c.getName().equals("unexpressed")) {
                    paths(get(c, a), b == null ? null : get(c, b), path.isEmpty() ? c.getName() : path + "." + c.getName(), out);
                }
            }
            if (b == null && out.size() == before) {
                out.add(path);
            }
        } else if (a instanceof List<?> la && (b == null || b instanceof List<?>)) {
            List<?> lb = b == null ? List.of() : (List<?>) b;
            for (int i = 0; i < la.size(); i++) {
                String at = path + "[" + i + "]";
                if (i < lb.size()) {
                    paths(la.get(i), lb.get(i), at, out);
                } else {
                    out.add(at);
                }
            }
        } else {
            out.add(path);
        }
    }

    /**
     * Null, false, empty text, an empty list, or a record of such (a copyright of no year, holder or
     * notice); never a paywall.
     */
    private static boolean absent(Object v) {
        if (v instanceof Paywall) {
            return false; // free or not: a paywall says something even with no sections
        }
        if (v instanceof Record) {
            for (RecordComponent c : v.getClass().getRecordComponents()) {
                Object value = get(c, v);
                if (!absent(value)) {
                    return false;
                }
            }
            return true;
        }
        return v == null || Boolean.FALSE.equals(v) || v instanceof String s && s.isEmpty() || v instanceof List<?> l && l.isEmpty();
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof URI u && b instanceof URI v) {
            return Checks.ascii(u).equals(Checks.ascii(v));
        }
        if (a instanceof NewsDate d && b instanceof NewsDate e && !d.isDateOnly() && !e.isDateOnly()) {
            return d.dateTime().orElseThrow().toInstant().equals(e.dateTime().orElseThrow().toInstant());
        }
        return Objects.equals(a, b);
    }

    private static Object get(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError("cannot read " + c + " of " + record.getClass(), e);
        }
    }
}

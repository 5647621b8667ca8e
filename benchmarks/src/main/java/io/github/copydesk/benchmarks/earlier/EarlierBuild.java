package io.github.copydesk.benchmarks.earlier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Copydesk's JSON-LD reader and writer as an earlier build has them, loaded from that build's jars
 * (core and jsonld) beside the current ones, so that both can be measured in one JMH run. The earlier
 * classes are loaded child-first for Copydesk's own packages only; Jackson, jsoup and Jakarta Validation
 * come from the current class path. Only the stable public API is used: {@code JsonLdReader.lenient()},
 * {@code read(byte[], Charset)}, {@code JsonLdReader.strict()}, {@code ReadResult.articles()},
 * {@code JsonLdWriter.create()} and {@code write(Article)}.
 */
final class EarlierBuild {

    /** The system property that names the earlier build's jars, separated by the path separator. */
    static final String JARS = "copydesk.earlier.jars";

    private final MethodHandle read;
    private final MethodHandle strictRead;
    private final MethodHandle articles;
    private final MethodHandle write;

    private EarlierBuild(ClassLoader loader) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        Class<?> reader = Class.forName("io.github.copydesk.jsonld.JsonLdReader", true, loader);
        Class<?> writer = Class.forName("io.github.copydesk.jsonld.JsonLdWriter", true, loader);
        Class<?> article = Class.forName("io.github.copydesk.model.Article", true, loader);
        MethodHandle readBytes = lookup.findVirtual(reader, "read", MethodType.methodType(
                reader.getMethod("read", byte[].class, Charset.class).getReturnType(), byte[].class, Charset.class));
        Object lenient = lookup.findStatic(reader, "lenient", MethodType.methodType(reader)).invoke();
        Object strict = lookup.findStatic(reader, "strict", MethodType.methodType(reader)).invoke();
        this.read = readBytes.bindTo(lenient).asType(MethodType.methodType(Object.class, byte[].class, Charset.class));
        this.strictRead = readBytes.bindTo(strict).asType(MethodType.methodType(Object.class, byte[].class, Charset.class));
        Class<?> result = readBytes.type().returnType();
        this.articles = lookup.findVirtual(result, "articles", MethodType.methodType(List.class))
                .asType(MethodType.methodType(List.class, Object.class));
        Object create = lookup.findStatic(writer, "create", MethodType.methodType(writer)).invoke();
        this.write = lookup.findVirtual(writer, "write", MethodType.methodType(String.class, article)).bindTo(create)
                .asType(MethodType.methodType(String.class, Object.class));
    }

    /**
     * Loads the earlier build named by {@value #JARS}.
     *
     * @return the earlier build
     * @throws IllegalStateException if the property is not set or the jars do not hold Copydesk's API
     */
    static EarlierBuild load() {
        String jars = System.getProperty(JARS);
        if (jars == null || jars.isBlank()) {
            throw new IllegalStateException("set -D" + JARS + "=core.jar" + java.io.File.pathSeparator
                    + "jsonld.jar to the earlier build's jars (benchmarks/earlier.sh does)");
        }
        List<URL> urls = new ArrayList<>();
        for (String jar : jars.split(java.io.File.pathSeparator)) {
            try {
                urls.add(Path.of(jar).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return new EarlierBuild(new ChildFirst(urls.toArray(URL[]::new), EarlierBuild.class.getClassLoader()));
        } catch (Throwable e) {
            throw new IllegalStateException("not Copydesk's jars, or they fail to load: " + jars, e);
        }
    }

    /**
     * Reads leniently.
     *
     * @param bytes the block
     * @param charset its charset
     * @return the earlier build's read result
     */
    Object read(byte[] bytes, Charset charset) {
        try {
            return read.invokeExact(bytes, charset);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads the one article of a block strictly.
     *
     * @param bytes the block
     * @param charset its charset
     * @return the earlier build's article
     */
    Object strictArticle(byte[] bytes, Charset charset) {
        try {
            List<?> list = (List<?>) articles.invokeExact(strictRead.invokeExact(bytes, charset));
            return list.get(0);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The number of articles of a read result.
     *
     * @param result the earlier build's read result
     * @return the count
     */
    int articleCount(Object result) {
        try {
            return ((List<?>) articles.invokeExact(result)).size();
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes an article with the default writer.
     *
     * @param article the earlier build's article
     * @return the JSON-LD
     */
    String write(Object article) {
        try {
            return (String) write.invokeExact(article);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads Copydesk's own classes from its jars first, and everything else from the parent. */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("io.github.copydesk.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }

    /**
     * Reads a file of the shared corpus.
     *
     * @param file its name
     * @return its bytes
     */
    static byte[] corpus(String file) {
        String shared = System.getProperty("copydesk.shared", "../shared");
        try {
            return java.nio.file.Files.readAllBytes(Path.of(shared, "corpus", "jsonld", file));
        } catch (IOException e) {
            throw new UncheckedIOException("run from the repository root, or set -Dcopydesk.shared", e);
        }
    }
}

package org.interphase.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.opentest4j.TestAbortedException;

/**
 * The one place every test bundle finds the real instrument files it reads.
 * <p>
 * The corpus is the repository's {@code testdata/} folder: real files from public projects whose licences allow them in
 * an EPL-2.0 repository, each listed in {@code testdata/PROVENANCE.tsv} (source repository, commit, path, licence,
 * sha256), in sub-folders by format ({@code biologic-mpr/}, {@code zplot-z/}, ..., {@code field-reports/...}). Files
 * that a licence keeps out of the repository (GPL test files of yadg and pyimpspec, listed in
 * {@code testdata/EXCLUDED.tsv}) are looked for in an extra folder of the same layout, named by the system property
 * {@code interphase.extra.testdata} or the environment variable {@code INTERPHASE_EXTRA_TESTDATA}; a test that needs
 * such a file and does not find it is skipped (JUnit's aborted state), never failed and never silently passed.
 * <p>
 * The repository is the system property {@code interphase.repository} (set by the build for every test run), else the
 * first parent of the working directory that holds {@code testdata/PROVENANCE.tsv}.
 */
public final class TestCorpus {

    /** The list of the in-repository files with their provenance. */
    public static final String PROVENANCE = "PROVENANCE.tsv";

    private static final List<String> NOT_DATA = List.of(PROVENANCE, "EXCLUDED.tsv", "README.md");

    private TestCorpus() {
    }

    /** The repository's {@code testdata/} folder. */
    public static Path root() {
        String repository = System.getProperty("interphase.repository");
        if (repository != null && Files.isRegularFile(Path.of(repository, "testdata", PROVENANCE))) {
            return Path.of(repository, "testdata").toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("testdata").resolve(PROVENANCE))) {
                return dir.resolve("testdata").normalize();
            }
        }
        throw new IllegalStateException("the test corpus testdata/" + PROVENANCE + " is not found (interphase.repository="
                + repository + ", working directory " + Path.of("").toAbsolutePath() + ")");
    }

    /** The extra folder for files whose licence keeps them out of the repository, when one is named and exists. */
    public static Optional<Path> extraRoot() {
        String named = System.getProperty("interphase.extra.testdata", System.getenv("INTERPHASE_EXTRA_TESTDATA"));
        if (named == null || named.isBlank() || !Files.isDirectory(Path.of(named))) {
            return Optional.empty();
        }
        return Optional.of(Path.of(named).toAbsolutePath().normalize());
    }

    /** The corpus folders, the repository's first. */
    public static List<Path> roots() {
        List<Path> roots = new ArrayList<>();
        roots.add(root());
        extraRoot().ifPresent(roots::add);
        return roots;
    }

    /** Whether a file of the corpus (a path relative to a corpus folder, e.g. {@code "biologic-mpr/peis.mpr"}) is here. */
    public static boolean has(String relative) {
        return find(relative).isPresent();
    }

    /**
     * A file of the corpus by its path relative to a corpus folder, e.g. {@code "biologic-mpr/peis.mpr"}.
     *
     * @throws TestAbortedException when it is in no corpus folder (a file kept out of the repository and no extra
     *             folder named): the calling test is reported as skipped
     */
    public static Path file(String relative) {
        return find(relative).orElseThrow(() -> new TestAbortedException("test file " + relative + " is not in testdata/"
                + (extraRoot().isEmpty() ? " and no extra test data folder is named (INTERPHASE_EXTRA_TESTDATA)"
                        : " nor in " + extraRoot().get())
                + "; see testdata/EXCLUDED.tsv"));
    }

    /**
     * Every data file of the corpus folders by its relative path ({@code /}-separated), the repository's copy first
     * where both hold one; the provenance lists are left out.
     */
    public static Map<String, Path> files() {
        Map<String, Path> files = new TreeMap<>();
        List<Path> roots = new ArrayList<>(roots());
        Collections.reverse(roots);
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(f -> {
                    String relative = root.relativize(f).toString().replace('\\', '/');
                    if (!NOT_DATA.contains(relative) && !f.getFileName().toString().equals("README.md")) {
                        files.put(relative, f);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static Optional<Path> find(String relative) {
        for (Path root : roots()) {
            Path candidate = root.resolve(relative).normalize();
            if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

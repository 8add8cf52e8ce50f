package vn.thituyen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules' arrows stay honest: each module declares the modules it may use
 * ({@code @ApplicationModule(allowedDependencies = …)} in its {@code package-info.java}), {@link #modulesAreVerified}
 * checks every dependency against that list (and for cycles, and that only public packages are used across modules),
 * and the diagrams in {@code docs/modules} are drawn from the same model.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    static final Path DOCS = Path.of("docs", "modules");

    @Test
    void modulesAreVerified() {
        MODULES.verify();
    }

    /**
     * Writes the diagrams (C4: all modules, then one per module with its neighbours) and each module's canvas into
     * {@code docs/modules}. The diagrams committed there must be the ones the code draws: when a module's arrows
     * changed and the diagrams were not written again, this fails after writing them, so the next commit has them.
     */
    @Test
    void theModuleDiagramsInDocsAreTheOnesTheCodeDraws() throws IOException {
        Path out = Path.of("target", "modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Map<String, String> drawn = diagrams(out);
        Map<String, String> committed = diagrams(DOCS);
        if (drawn.equals(committed)) {
            return;   // the same arrows (the model lists them in no fixed order): the committed files stay as they are
        }
        Files.createDirectories(DOCS);
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path old : files.filter(p -> p.toString().endsWith(".puml") || p.toString().endsWith(".adoc"))
                    .toList()) {
                Files.delete(old);
            }
        }
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                Files.copy(f, DOCS.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertThat(committed).as("docs/modules was out of date and has been written again: commit it")
                .isEqualTo(drawn);
    }

    /** The diagrams and canvases in a folder, each as its sorted lines. */
    private static Map<String, String> diagrams(Path folder) throws IOException {
        Map<String, String> m = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return m;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".puml") || p.toString().endsWith(".adoc"))
                    .toList()) {
                // the same arrows, in whatever order the model lists them
                // (a canvas's list starts with "|* " on its first item, whichever the model lists first)
                m.put(f.getFileName().toString(), String.join("\n", Files.readAllLines(f).stream()
                        .map(line -> line.startsWith("|* ") ? line.substring(1) : line).sorted().toList()));
            }
        }
        return m;
    }
}

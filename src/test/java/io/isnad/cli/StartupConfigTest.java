package io.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.smallrye.config.ConfigMapping;

/**
 * What the service does at every start: no configuration mapping of ours may carry a Bean
 * Validation constraint, since a single one makes Quarkus build a validator over all 177 mappings of
 * every extension at each start (the largest cost of the main thread's start-up before the fourth
 * round). Ranges are checked by hand at start-up instead (each stage's *ConfigCheck).
 */
class StartupConfigTest {

    @Test
    void noConfigMappingCarriesABeanValidationConstraint() throws Exception {
        List<Class<?>> mappings = new ArrayList<>();
        List<String> constrained = new ArrayList<>();
        for (Class<?> type : ourClasses()) {
            if (!type.isInterface() || !isMapping(type)) {
                continue;
            }
            mappings.add(type);
            for (Method method : type.getDeclaredMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    if (annotation.annotationType().getPackageName().startsWith("jakarta.validation")) {
                        constrained.add(type.getName() + "." + method.getName() + " @"
                                + annotation.annotationType().getSimpleName());
                    }
                }
            }
        }
        // The scan must see the mappings it guards, or it proves nothing.
        assertTrue(mappings.size() >= 8, "configuration mappings found: " + mappings);
        assertEquals(List.of(), constrained);
    }

    /** A mapping, or a group nested in one (ApiConfig.Eval). */
    private static boolean isMapping(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (t.isAnnotationPresent(ConfigMapping.class)) {
                return true;
            }
        }
        return false;
    }

    private static List<Class<?>> ourClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(IsnadMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("io/isnad"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, IsnadMain.class.getClassLoader()));
            }
        }
        return classes;
    }
}

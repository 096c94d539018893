package io.isnad.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.isnad.answer.AnswerConfig;
import io.isnad.api.AdminConfig;
import io.isnad.api.ApiConfig;
import io.isnad.chat.ChatConfig;
import io.isnad.feedback.FeedbackConfig;
import io.isnad.index.IndexConfig;
import io.isnad.index.embedding.EmbeddingConfig;
import io.isnad.index.opensearch.OpenSearchConfig;
import io.isnad.ingest.IngestConfig;
import io.isnad.retrieve.RetrieveConfig;
import io.isnad.slack.SlackConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Every key the stages' configuration mappings read has a row in one of the README's key tables, with the default
 * the service runs with, and no row names a key nothing reads: a key added, renamed or given another default
 * without its documentation fails here.
 */
class ConfigurationReadmeTest {

    private static final List<Class<?>> MAPPINGS = List.of(IngestConfig.class, IndexConfig.class,
            RetrieveConfig.class, EmbeddingConfig.class, OpenSearchConfig.class, AnswerConfig.class, ChatConfig.class,
            ApiConfig.class, AdminConfig.class, FeedbackConfig.class, SlackConfig.class);

    /** A key table's row: its keys (a further one may be written by its last part only, `.password`), its default. */
    private static final Pattern ROW = Pattern.compile("(?m)^\\| (`isnad\\.[^|]+) \\| ([^|]*) \\|");
    private static final Pattern KEY = Pattern.compile("`(isnad\\.[a-z0-9.*-]+|\\.[a-z0-9-]+)`");
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"(isnad\\.[a-z.-]+)\"");

    @Test
    void everyMappedKeyHasAReadmeRowWithItsDefaultAndEveryRowAKeyThatIsRead() throws IOException {
        Map<String, String> mapped = new TreeMap<>();
        MAPPINGS.forEach(mapping -> keys(mapping.getAnnotation(ConfigMapping.class).prefix(), mapping, mapped));
        Map<String, String> rows = readmeRows();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("application.properties"))) {
            properties.load(reader);
        }
        List<String> problems = new ArrayList<>();
        mapped.forEach((key, defaultValue) -> {
            String row = rows.get(key);
            String runsWith = properties.getProperty(key, defaultValue);
            if (row == null) {
                problems.add(key + ": no README row");
            } else if (runsWith != null && !row.contains("`" + runsWith + "`")) {
                problems.add(key + ": README's default " + row + ", the service's `" + runsWith + "`");
            }
        });
        rows.keySet().stream().filter(key -> !key.endsWith(".*") && !mapped.containsKey(key))
                .forEach(key -> problems.add(key + ": a README row, read by no mapping"));
        properties.stringPropertyNames().stream().filter(key -> key.startsWith("isnad.") && !mapped.containsKey(key))
                .forEach(key -> problems.add(key + ": set in application.properties, read by no mapping"));
        assertEquals(List.of(), problems);
        assertTrue(mapped.size() > 60, "the mappings' keys were read: " + mapped.size());
    }

    @Test
    void everyStagesMappingIsAmongThoseChecked() throws IOException {
        List<String> prefixes;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            prefixes = sources.filter(p -> p.toString().endsWith(".java")).flatMap(ConfigurationReadmeTest::prefixes)
                    .sorted().toList();
        }
        assertEquals(prefixes, MAPPINGS.stream().map(m -> m.getAnnotation(ConfigMapping.class).prefix()).sorted()
                .toList());
    }

    /** The keys of a mapping (a nested group's under its own name) with their defaults, null for none. */
    private static void keys(String prefix, Class<?> mapping, Map<String, String> keys) {
        for (Method method : mapping.getMethods()) {
            if (!Modifier.isAbstract(method.getModifiers())) {
                continue;
            }
            WithName named = method.getAnnotation(WithName.class);
            String key = prefix + "." + (named != null ? named.value() : kebab(method.getName()));
            if (method.getReturnType().getDeclaringClass() == mapping) {
                keys(key, method.getReturnType(), keys);
            } else {
                WithDefault value = method.getAnnotation(WithDefault.class);
                keys.put(key, value == null ? null : value.value());
            }
        }
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** Each key of the README's key tables with its row's default cell. */
    private static Map<String, String> readmeRows() throws IOException {
        Map<String, String> rows = new TreeMap<>();
        Matcher row = ROW.matcher(Files.readString(Path.of("README.md")));
        while (row.find()) {
            Matcher key = KEY.matcher(row.group(1));
            String last = null;
            while (key.find()) {
                last = key.group(1).startsWith(".") ? last.substring(0, last.lastIndexOf('.')) + key.group(1)
                        : key.group(1);
                rows.put(last, row.group(2).strip());
            }
        }
        return rows;
    }

    private static Stream<String> prefixes(Path source) {
        try {
            return MAPPING.matcher(Files.readString(source)).results().map(m -> m.group(1));
        } catch (IOException e) {
            throw new IllegalStateException(source.toString(), e);
        }
    }
}

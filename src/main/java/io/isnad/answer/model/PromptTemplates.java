package io.isnad.answer.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.jboss.logging.Logger;

/**
 * The prompt templates, read once: each from the configured folder when it is there (so editing a
 * prompt needs a restart, never a rebuild), otherwise from the copy packaged with the application.
 */
public final class PromptTemplates {

    private static final Logger LOG = Logger.getLogger(PromptTemplates.class);
    private static final String PACKAGED = "prompts/";

    private final Map<Prompt, String> templates;

    private PromptTemplates(Map<Prompt, String> templates) {
        this.templates = templates;
    }

    public static PromptTemplates load(Path dir) {
        Map<Prompt, String> templates = new EnumMap<>(Prompt.class);
        for (Prompt prompt : Prompt.values()) {
            Path file = dir.resolve(prompt.file());
            templates.put(prompt, Files.isRegularFile(file) ? read(file) : packaged(prompt));
        }
        return new PromptTemplates(templates);
    }

    /** The template with each {@code {{name}}} replaced by its value. */
    public String render(Prompt prompt, Map<String, String> values) {
        String text = templates.get(prompt);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return text;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt template " + file, e);
        }
    }

    private static String packaged(Prompt prompt) {
        try (InputStream in = PromptTemplates.class.getClassLoader().getResourceAsStream(PACKAGED + prompt.file())) {
            if (in == null) {
                throw new IllegalStateException("no packaged prompt template " + prompt.file());
            }
            LOG.debugf("Using the packaged prompt template %s", prompt.file());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read packaged prompt template " + prompt.file(), e);
        }
    }
}

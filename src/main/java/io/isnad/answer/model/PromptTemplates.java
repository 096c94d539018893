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

import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;

/**
 * The prompt templates, read once: each from the configured folder when it is there (so editing a
 * prompt needs a restart, never a rebuild), otherwise from the copy packaged with the application.
 * They are Qute templates filled in one pass: a value inserted (an article's text, the question)
 * is never read as template syntax, whatever braces it contains.
 */
public final class PromptTemplates {

    private static final Logger LOG = Logger.getLogger(PromptTemplates.class);
    private static final String PACKAGED = "prompts/";

    private final Map<Prompt, Template> templates;

    private PromptTemplates(Map<Prompt, Template> templates) {
        this.templates = templates;
    }

    /**
     * Parses every template, failing at start-up (not at the first question) on a syntax error or
     * a placeholder the service does not fill.
     */
    public static PromptTemplates load(Path dir, Engine engine) {
        Map<Prompt, Template> templates = new EnumMap<>(Prompt.class);
        for (Prompt prompt : Prompt.values()) {
            Path file = dir.resolve(prompt.file());
            String source = Files.isRegularFile(file) ? read(file) : packaged(prompt);
            Template template;
            try {
                template = engine.parse(source);
            } catch (TemplateException e) {
                throw new IllegalStateException("prompt template " + prompt.file() + " is not valid: " + e.getMessage()
                        + " (write a literal brace as \\{)", e);
            }
            for (Expression expression : template.getExpressions()) {
                String name = expression.getParts().get(0).getName();
                if (!prompt.placeholders().contains(name)) {
                    throw new IllegalStateException("prompt template " + prompt.file() + " uses {" + name
                            + "}; it can use " + (prompt.placeholders().isEmpty() ? "no placeholder"
                                    : prompt.placeholders()) + " (write a literal brace as \\{)");
                }
            }
            templates.put(prompt, template);
        }
        return new PromptTemplates(templates);
    }

    /** The template with each {@code {name}} replaced by its value, in one pass. */
    public String render(Prompt prompt, Map<String, String> values) {
        return templates.get(prompt).data(Map.copyOf(values)).render();
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

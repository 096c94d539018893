package io.isnad.api;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The HTTP methods each path of the service's resources answers, read once from their JAX-RS annotations: a 405
 * must name them in its {@code Allow} header (RFC 9110, 15.5.6), and the framework's refusal carries none (its
 * routing answers OPTIONS from its own table but does not hand it to the 405 it throws).
 */
@Singleton
class AllowedMethods {

    /** A JAX-RS path parameter, with its own pattern after a colon or none: {@code {file: .+}}, {@code {id}}. */
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*(.*))?}");

    /** A resource method's path as a pattern, and the HTTP method it answers. */
    private record Route(Pattern path, String method) {
    }

    private final List<Route> routes;

    /** Every resource class of the service: the beans whose class carries {@link Path}. */
    @Inject
    AllowedMethods(BeanManager beans) {
        this(beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().<Class<?>>map(Bean::getBeanClass)
                .filter(type -> type.isAnnotationPresent(Path.class)).distinct().toList());
    }

    AllowedMethods(List<Class<?>> resources) {
        routes = resources.stream().flatMap(AllowedMethods::routes).toList();
    }

    /**
     * The {@code Allow} header for {@code path}: the methods its resources answer, with HEAD where GET is (the
     * framework answers HEAD by GET) and OPTIONS (answered for every path), in alphabetical order; empty when no
     * resource answers the path.
     */
    Optional<String> allow(String path) {
        Set<String> methods = new TreeSet<>();
        routes.stream().filter(route -> route.path().matcher(path).matches())
                .forEach(route -> methods.add(route.method()));
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return Optional.of(String.join(", ", methods));
    }

    private static Stream<Route> routes(Class<?> resource) {
        String base = resource.getAnnotation(Path.class).value();
        return Stream.of(resource.getMethods()).flatMap(method -> httpMethod(method).stream()
                .map(verb -> new Route(pattern(base, method.getAnnotation(Path.class)), verb)));
    }

    /** The HTTP method a resource method answers: its annotation annotated {@link HttpMethod} (GET, POST…). */
    private static Optional<String> httpMethod(Method method) {
        return Stream.of(method.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(Objects::nonNull).map(HttpMethod::value).findFirst();
    }

    /**
     * A path template as a pattern of request paths: its literal parts quoted, a parameter as its own pattern or
     * one path segment, and a trailing slash allowed.
     */
    static Pattern pattern(String base, Path sub) {
        String template = "/" + String.join("/", Stream.of(base, sub == null ? "" : sub.value())
                .map(part -> part.replaceAll("^/+|/+$", "")).filter(part -> !part.isEmpty()).toList());
        StringBuilder regex = new StringBuilder();
        int at = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', at)) {
            int close = closingBrace(template, open);
            regex.append(Pattern.quote(template.substring(at, open)));
            var parameter = PARAMETER.matcher(template.substring(open, close + 1));
            regex.append('(').append(parameter.matches() && parameter.group(1) != null ? parameter.group(1).strip()
                    : "[^/]+").append(')');
            at = close + 1;
        }
        regex.append(Pattern.quote(template.substring(at))).append("/?");
        return Pattern.compile(regex.toString());
    }

    /** The brace closing the one at {@code open}: a parameter's own pattern may hold braces ({@code \d{4}}). */
    private static int closingBrace(String template, int open) {
        int depth = 0;
        for (int i = open; i < template.length(); i++) {
            if (template.charAt(i) == '{') {
                depth++;
            } else if (template.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed parameter in " + template);
    }
}

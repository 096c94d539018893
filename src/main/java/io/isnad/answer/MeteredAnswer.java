package io.isnad.answer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a method whose returned {@link Answer} is counted on {@code /q/metrics} (see
 * {@link AnswerMetrics}): the entry points over the live articles, not the evaluation runner's.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface MeteredAnswer {
}

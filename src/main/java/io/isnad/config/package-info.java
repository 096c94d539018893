/**
 * What every stage's start-up check of its configuration shares: collecting out-of-range keys, and one
 * refusal to start with every stage's problems named at once. The keys and their rules stay with their
 * stage's {@code @ConfigMapping} and its {@link io.isnad.config.StageConfigCheck}.
 */
package io.isnad.config;

/**
 * What every stage's start-up check of its configuration shares: collecting out-of-range keys and
 * refusing to start with all of them named at once. The keys themselves stay with their stage's
 * {@code @ConfigMapping}.
 */
package io.isnad.config;

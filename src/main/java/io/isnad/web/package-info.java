/**
 * Web: the chat page served at {@code /} (static files under {@code META-INF/resources}) and the
 * response headers that keep it safe to show article text in a browser.
 */
package io.isnad.web;

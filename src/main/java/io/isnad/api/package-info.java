/**
 * Api: the REST surface ({@code /api/*}), its request validation, health checks and the one
 * JSON error shape every HTTP error uses.
 */
package io.isnad.api;

/**
 * Cli: the packaged application's entry point (server without arguments, commands with them) and
 * its picocli commands.
 */
package io.isnad.cli;

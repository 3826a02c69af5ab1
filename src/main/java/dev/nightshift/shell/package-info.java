/**
 * The Spring Shell face of nightshift: thin commands that parse options, call the game and render; the one-shot runner and its exit codes. Nothing imports this package.
 */
package dev.nightshift.shell;

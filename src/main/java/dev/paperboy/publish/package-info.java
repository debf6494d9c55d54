/** Jekyll output: posts and JSON data files rendered from overridable templates. */
package dev.paperboy.publish;

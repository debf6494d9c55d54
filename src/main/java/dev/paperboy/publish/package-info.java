/** Jekyll output: posts rendered from overridable templates, JSON data files, atomic writes. */
package dev.paperboy.publish;

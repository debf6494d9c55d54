/** Settings: the YAML config file, its defaults and the command-line overrides. */
package dev.paperboy.config;

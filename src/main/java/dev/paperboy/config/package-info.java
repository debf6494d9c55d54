/**
 * The config file: its layout ({@link dev.paperboy.config.FileConfig}, where every range is
 * declared), reading and checking it. Depends on no other package: each stage owns its settings
 * record, and {@code job.SettingsFile} lays the file over them.
 */
package dev.paperboy.config;

package dev.paperboy.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The allowed values of a numeric config key, inclusive. {@link ConfigFile} checks every annotated
 * component of the bound file, so a key cannot be added without its bounds being enforced.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Range {
  double min();

  double max();
}

package dev.paperboy.hf;

/**
 * The organization a paper was submitted under ({@code organization}, legacy {@code
 * submitterOrganization}).
 *
 * @param name the Hub handle, e.g. {@code Midea-AIRC}; the page is {@code
 *     https://huggingface.co/{name}}
 * @param fullname the display name, e.g. {@code Midea AI Research Center}; may be null
 * @param avatar an absolute avatar URL, or null
 */
public record Organization(String name, String fullname, String avatar) {

  /** The name to show a reader: the full name when there is one, else the handle. */
  public String displayName() {
    return fullname != null && !fullname.isBlank() ? fullname : name;
  }
}

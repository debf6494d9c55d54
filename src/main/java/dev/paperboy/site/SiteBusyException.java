package dev.paperboy.site;

import dev.paperboy.PaperboyException;
import java.nio.file.Path;
import java.time.Duration;

/** Another run holds the site's lock and did not finish in time. Exit code 4. */
public final class SiteBusyException extends PaperboyException {
  private static final long serialVersionUID = 1L;

  private final transient Path site;

  public SiteBusyException(Path site, String holder, Duration waited) {
    super(
        "another run is working on "
            + site
            + " ("
            + holder
            + "); gave up after waiting "
            + waited.toSeconds()
            + " s. Try again when it has finished, or raise lock-wait-seconds.");
    this.site = site;
  }

  /** The site that was busy. */
  public Path site() {
    return site;
  }
}

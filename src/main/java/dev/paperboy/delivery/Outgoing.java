package dev.paperboy.delivery;

import java.net.URI;

/**
 * One message ready to post: where to (the URL holds the secret for every platform: never print it)
 * and the JSON body.
 */
record Outgoing(URI endpoint, String json) {
  @Override
  public String toString() {
    return "Outgoing[endpoint=***, " + json.length() + " characters]";
  }
}

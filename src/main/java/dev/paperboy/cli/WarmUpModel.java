package dev.paperboy.cli;

import com.sun.net.httpserver.HttpServer;
import dev.paperboy.util.Bundled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A stand-in OpenAI-compatible model on the loopback interface that gives every request the same
 * valid analysis, and a stand-in arXiv that serves one LaTeXML page for every paper, so that the
 * warm-up reads a body as a digest with full text does. Used only by {@code demo --warm-up}, the
 * run that {@code ./paperboy} records the JVM's ahead-of-time class cache from (which classes a run
 * loads, so that later runs start faster), so that the classes a digest with a model needs are in
 * that cache too. Never used for a post anyone reads; nothing is learned from it.
 */
final class WarmUpModel implements AutoCloseable {
  private final HttpServer server;

  WarmUpModel() {
    byte[] answer = Bundled.bytes("warm-up/openai-chat-completion.json");
    byte[] page = Bundled.bytes("warm-up/arxiv-page.html");
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/v1/chat/completions",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.createContext(
        "/html/",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    server.start();
  }

  /** The base URL to configure as {@code digest.base-url}. */
  String baseUrl() {
    return root() + "/v1";
  }

  /** The base URL to configure as {@code media.arxiv-base}. */
  String root() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

package dev.paperboy.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Each way of not reaching a server is named for what it is, as the JDK's client reports it. */
class NetworkTest {
  @Test
  void aFailedDnsLookupIsAnUnknownHostNotARefusedConnection() {
    // How java.net.http reports a host that does not resolve.
    ConnectException dns = new ConnectException();
    dns.initCause(new UnresolvedAddressException());
    assertThat(Network.unreachable(dns)).isEqualTo("unknown host (no network or DNS?)");
    assertThat(Network.unreachable(new UnknownHostException("huggingface.co")))
        .isEqualTo("unknown host (no network or DNS?)");
  }

  @Test
  void refusedTlsAndTimeoutsAreToldApart() {
    assertThat(Network.unreachable(new ConnectException("Connection refused")))
        .isEqualTo("connection refused");
    ConnectException tls = new ConnectException("handshake");
    tls.initCause(new SSLHandshakeException("PKIX path building failed"));
    assertThat(Network.unreachable(tls)).isEqualTo("TLS failed: PKIX path building failed");
    assertThat(Network.unreachable(new HttpConnectTimeoutException("connect timed out")))
        .as("a time-out is retried, not given up on")
        .isNull();
    assertThat(Network.unreachable(new java.io.IOException("stream reset"))).isNull();
  }
}

package io.kaitenkit.mock.internal.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObjectDecoder;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Marks two kinds of HTTP/1.x request as invalid before Vert.x answers them, so that
 * {@link InvalidRequests} gives them a JSON error and closes the connection: a request with both
 * {@code Transfer-Encoding} and {@code Content-Length} (RFC 9112 §6.3 calls it a smuggling attempt
 * that ought to be an error), and a request line whose version is neither HTTP/1.1 nor HTTP/1.0
 * (Vert.x would answer an empty 501).
 *
 * <p>Netty's decoder drops {@code Content-Length} from a chunked HTTP/1.1 request before any handler
 * sees it, and Vert.x lets no one replace that decoder before the first request of a connection has
 * been decoded. What the decoder leaves behind is its own length field, which it sets to
 * {@link Long#MIN_VALUE} exactly then ({@code handleTransferEncodingChunkedWithContentLength}) and
 * otherwise to -1 for a chunked request until the request ends; this handler reads that field.
 */
public final class RequestFraming extends ChannelInboundHandlerAdapter {
  /** The cause {@link InvalidRequests} reads; its message is the answer's. */
  public static final class FramingException extends RuntimeException {
    private final int status;

    FramingException(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private static final VarHandle CONTENT_LENGTH = decoderLengthField();

  private final HttpObjectDecoder decoder;

  private RequestFraming(HttpObjectDecoder decoder) {
    this.decoder = decoder;
  }

  /**
   * Adds the check to an HTTP/1.x connection's pipeline, and the decompressor's stand-in
   * ({@link InflaterOnDemand}); HTTP/2 connections have no such framing.
   */
  public static void install(HttpConnection connection) {
    if (!(connection instanceof ConnectionBase base)) {
      return;
    }
    ChannelPipeline pipeline = base.channel().pipeline();
    if (pipeline.get("httpDecoder") instanceof HttpObjectDecoder decoder && pipeline.get(RequestFraming.class) == null) {
      // Right behind the decoder, before the decompressor (which reads "Transfer-Encoding: gzip" as a
      // content coding and drops Content-Length too). While Vert.x still decides between HTTP/1.1 and
      // h2c, the first request comes from its "h2c" handler, so the check goes behind that one.
      pipeline.addAfter(pipeline.get("h2c") != null ? "h2c" : "httpDecoder", "kaitenRequestFraming",
          new RequestFraming(decoder));
      InflaterOnDemand.install(pipeline);
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof HttpRequest request && request.decoderResult().isSuccess()) {
      FramingException problem = problem(request);
      if (problem != null) {
        request.setDecoderResult(DecoderResult.failure(problem));
        // Vert.x answers in the request's version and reads on while the request allows keep-alive:
        // answer in HTTP/1.1 and let nothing after this request on the connection be read.
        if (!request.protocolVersion().equals(HttpVersion.HTTP_1_0)) {
          request.setProtocolVersion(HttpVersion.HTTP_1_1);
        }
        request.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      }
    }
    ctx.fireChannelRead(msg);
  }

  private FramingException problem(HttpRequest request) {
    HttpVersion version = request.protocolVersion();
    if (!"HTTP".equals(version.protocolName())) {
      return new FramingException(400, "Malformed HTTP request: the request line must end in HTTP/1.1 or HTTP/1.0");
    }
    if (version.majorVersion() != 1 || version.minorVersion() > 1) {
      return new FramingException(505, "HTTP version not supported: send HTTP/1.1 or HTTP/1.0 "
          + "(HTTP/2 without TLS is served by prior knowledge or Upgrade: h2c)");
    }
    if (request.headers().contains(HttpHeaderNames.TRANSFER_ENCODING)
        && (request.headers().contains(HttpHeaderNames.CONTENT_LENGTH) || decoderDroppedContentLength())) {
      return new FramingException(400, "Malformed HTTP request: both Transfer-Encoding and Content-Length "
          + "are set (RFC 9112 section 6.3); send one of them");
    }
    return null;
  }

  private boolean decoderDroppedContentLength() {
    return CONTENT_LENGTH != null && (long) CONTENT_LENGTH.get(decoder) == Long.MIN_VALUE;
  }

  private static VarHandle decoderLengthField() {
    try {
      return MethodHandles.privateLookupIn(HttpObjectDecoder.class, MethodHandles.lookup())
          .findVarHandle(HttpObjectDecoder.class, "contentLength", long.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Another Netty: a request with both headers is then read as chunked, as Netty does.
      return null;
    }
  }
}

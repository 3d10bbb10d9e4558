package io.kaitenkit.mock.internal.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpContentDecompressor;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;

/**
 * Stands in for an HTTP/1.x connection's request decompressor until a request names a coding. Netty's
 * decompressor looks at every request and its end, and costs about a twentieth of a small request's
 * time; almost no client compresses what it sends. The first request with {@code Content-Encoding} or
 * {@code Transfer-Encoding} (the headers the decompressor reads) puts a decompressor configured as
 * Vert.x configures it in this handler's place, for the rest of the connection, and goes on to it.
 * The name stays Vert.x's, which removes the handler by that name on an upgrade to h2c.
 */
final class InflaterOnDemand extends ChannelInboundHandlerAdapter {
  static final String NAME = "inflater";

  private InflaterOnDemand() {}

  /** Puts the stand-in in place of the pipeline's decompressor, if it has one. */
  static void install(ChannelPipeline pipeline) {
    if (pipeline.get(NAME) instanceof HttpContentDecompressor) {
      pipeline.replace(NAME, NAME, new InflaterOnDemand());
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof HttpRequest request && namesACoding(request.headers())) {
      // After replace(), this context forwards to the decompressor (Netty links it to the new one).
      ctx.pipeline().replace(this, NAME, new HttpContentDecompressor(false, 0));
    }
    ctx.fireChannelRead(msg);
  }

  private static boolean namesACoding(HttpHeaders headers) {
    return headers.contains(HttpHeaderNames.CONTENT_ENCODING) || headers.contains(HttpHeaderNames.TRANSFER_ENCODING);
  }
}

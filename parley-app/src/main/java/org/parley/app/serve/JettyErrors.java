package org.parley.app.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before any route sees them, as the routes answer errors: JSON. A path that
 * climbs above the root ({@code /../etc/passwd}, {@code /%2e%2e/...}), which Jetty's parser refuses as a bad
 * URI, is answered 404 like any other path the server does not have.
 */
final class JettyErrors implements Request.Handler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus() < 400 ? 500 : response.getStatus();
    String message = HttpStatus.getMessage(status);
    if (status == 400 && badUri(request.getAttribute(ErrorHandler.ERROR_EXCEPTION))) {
      status = 404;
      message = "no such path";
    }
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(ApiJson.error(message).getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }

  /** Whether the failure was the request's path: Jetty reports it as "Bad URI" (parser) or "Bad URI path" (routing). */
  private static boolean badUri(Object failure) {
    for (Throwable cause = failure instanceof Throwable throwable ? throwable : null; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && cause.getMessage().startsWith("Bad URI")) {
        return true;
      }
    }
    return false;
  }
}

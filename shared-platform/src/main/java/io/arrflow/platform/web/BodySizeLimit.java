package io.arrflow.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over a limit with 413, so a few large bodies cannot exhaust the heap: a
 * declared length over the limit before anything is read, a chunked body once it grows past it.
 */
public final class BodySizeLimit extends OncePerRequestFilter {

    private final long limit;
    private final String detail;

    public BodySizeLimit(DataSize limit) {
        this.limit = limit.toBytes();
        this.detail = "request body over " + limit.toKilobytes() + " KB (arrflow.api.max-body-size); nothing was done";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.getOutputStream()
                    .write(("{\"title\":\"Content Too Large\",\"status\":413,\"detail\":\"" + detail + "\"}")
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(new Limited(request, limit, detail), response);
    }

    /** Thrown while reading a body that turned out larger than the limit; answered 413 by {@link ApiErrors}. */
    public static final class BodyTooLarge extends IOException {
        public BodyTooLarge(String detail) {
            super(detail);
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private final String detail;

        Limited(HttpServletRequest request, long limit, String detail) {
            super(request);
            this.limit = limit;
            this.detail = detail;
        }

        private Counting counting;

        /** One counting stream per request, so the limit holds however often the body is asked for. */
        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counting == null) {
                counting = new Counting(super.getInputStream(), limit, detail);
            }
            return counting;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final String detail;
        private long read;

        Counting(ServletInputStream in, long limit, String detail) {
            this.in = in;
            this.limit = limit;
            this.detail = detail;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(detail);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}

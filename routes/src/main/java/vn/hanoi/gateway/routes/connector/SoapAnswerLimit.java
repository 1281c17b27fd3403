package vn.hanoi.gateway.routes.connector;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.springframework.util.unit.DataSize;

/**
 * Reads a SOAP answer only up to {@code max-response-size}: past it the stream fails with
 * {@link ResponseTooLarge}, so CXF stops parsing and the call fails as an answer the gateway cannot use.
 * The stream is the attempt's to close when it is abandoned at its deadline ({@link AnswerStreams}).
 */
final class SoapAnswerLimit extends AbstractPhaseInterceptor<Message> {

    private final long maxBytes;

    SoapAnswerLimit(DataSize max) {
        super(Phase.RECEIVE);
        this.maxBytes = max.toBytes();
    }

    @Override
    public void handleMessage(Message answer) {
        InputStream body = answer.getContent(InputStream.class);
        if (body != null) {
            Limited limited = new Limited(body);
            AnswerStreams.reading(limited);
            answer.setContent(InputStream.class, limited);
        }
    }

    /** The answer's stream, failing once more than {@code maxBytes} were read from it. */
    private final class Limited extends FilterInputStream {

        private long read;

        Limited(InputStream body) {
            super(body);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(long bytes) throws IOException {
            read += bytes;
            if (read > maxBytes) {
                throw new ResponseTooLarge(maxBytes);
            }
        }
    }
}

package course.blocking;

import course.testsupport.net.Loopback;
import course.testsupport.run.BackgroundTask;
import course.testsupport.run.StackProbe;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** EchoServer.serve running on its own thread; close() closes the listener first, so serve can return. */
record RunningEchoServer(ServerSocket listener, BackgroundTask task) implements AutoCloseable {

    /** Shorter than a test's time bound, so a client waiting for an echo that never comes fails with a reason. */
    static final int REPLY_TIMEOUT_MILLIS = 1_500;

    static RunningEchoServer start() throws IOException {
        ServerSocket listener = Loopback.listen();
        return new RunningEchoServer(listener, BackgroundTask.start("echo-server", () -> EchoServer.serve(listener)));
    }

    InetSocketAddress address() {
        return new InetSocketAddress(Loopback.address(), listener.getLocalPort());
    }

    Socket connect() throws IOException {
        return connectVia(listener.getLocalPort());
    }

    /** Connects a client; if the server thread dies, the client is closed so the test stops waiting at once. */
    Socket connectVia(int port) throws IOException {
        Socket client = Loopback.connect(port);
        client.setSoTimeout(REPLY_TIMEOUT_MILLIS);
        task.closeOnFailure(client);
        return client;
    }

    String readEcho(Socket client, int length) {
        return new String(readExactly(client, length), StandardCharsets.US_ASCII);
    }

    byte[] readExactly(Socket client, int length) {
        try {
            return client.getInputStream().readNBytes(length);
        } catch (IOException e) {
            throw new AssertionError("the client expected a " + length + "-byte echo, but its read failed ("
                    + e + "): " + explainSilence(), e);
        }
    }

    byte[] readToEnd(Socket client) {
        try {
            return client.getInputStream().readAllBytes();
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the client half-closed and then waited " + REPLY_TIMEOUT_MILLIS
                    + " ms for the rest of the echo and end of stream, which never came: once read() returns "
                    + "-1, the server must close that client's socket (the client sees that as end of stream)",
                    e);
        } catch (IOException e) {
            throw new AssertionError("the client's read failed (" + e + "): " + explainSilence(), e);
        }
    }

    void send(Socket client, byte[] data) {
        try {
            client.getOutputStream().write(data);
        } catch (IOException e) {
            throw new AssertionError("the client could not send (" + e + "): " + explainSilence(), e);
        }
    }

    private String explainSilence() {
        if (!task.isDone()) {
            String where = StackProbe.whereIn(task.thread(), "course.blocking");
            return "serve was still running" + (where.isEmpty() ? "" : " (" + where + ")")
                    + " but sent nothing back; it may still be busy with an earlier "
                    + "client (close each client's socket once read() returns -1, then accept the next), or "
                    + "it does not write back the bytes it reads";
        }
        if (task.failure().isEmpty()) {
            return "serve had already returned; it must loop back to accept() until its listener is closed";
        }
        return task.describeFailure() + (task.failure().get() instanceof IOException
                ? "; an I/O error with one client must not end serve: catch it around that client's copy "
                + "loop, report it on System.err, close that socket, and accept the next client" : "");
    }

    @Override
    public void close() throws IOException {
        listener.close();
        task.close();
    }
}

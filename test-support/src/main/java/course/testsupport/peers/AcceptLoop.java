package course.testsupport.peers;

import course.testsupport.net.Loopback;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Owns a peer's listening socket, its accepted sockets and its threads: accepts until closed, serves each
 * connection on its own daemon thread, and on close releases every socket and joins every thread.
 */
final class AcceptLoop implements AutoCloseable {

    /** What a peer does with one accepted connection, on that connection's own thread. */
    @FunctionalInterface
    interface Handler {
        void serve(Socket connection, int number) throws Exception;
    }

    private static final long JOIN_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final String name;
    private final ServerSocket server;
    private final Handler handler;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private boolean closed;

    private AcceptLoop(String name, ServerSocket server, Handler handler) {
        this.name = name;
        this.server = server;
        this.handler = handler;
    }

    /** Starts accepting on server; name prefixes every thread name, e.g. "echo-peer-accept". */
    static AcceptLoop start(String name, ServerSocket server, Handler handler) {
        AcceptLoop loop = new AcceptLoop(name, server, handler);
        loop.spawn(name + "-accept", loop::acceptUntilClosed);
        return loop;
    }

    int port() {
        return server.getLocalPort();
    }

    int accepted() {
        return accepted.get();
    }

    private void acceptUntilClosed() {
        while (!server.isClosed()) {
            try {
                Socket connection = server.accept();
                int number = accepted.incrementAndGet();
                if (adopt(connection)) {
                    spawn(name + "-conn-" + number, () -> serve(connection, number));
                }
            } catch (SocketTimeoutException ignored) {
                // The accept timeout only bounds each wait; a peer listens until it is closed.
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket connection, int number) {
        try {
            connection.setSoTimeout(Math.toIntExact(Loopback.SOCKET_TIMEOUT.toMillis()));
            handler.serve(connection, number);
        } catch (Exception e) {
            // A reset or a close() ends the conversation; the client sees the effect on its own socket.
            Sockets.closeQuietly(connection);
        }
    }

    /** Makes this loop close the socket on close(); returns false (and closes it now) when already closed. */
    synchronized boolean adopt(Socket socket) {
        if (closed) {
            Sockets.closeQuietly(socket);
            return false;
        }
        sockets.add(socket);
        return true;
    }

    /** Starts a daemon thread this loop joins on close(); does nothing once closed. */
    synchronized void spawn(String threadName, Runnable body) {
        if (closed) {
            return;
        }
        Thread thread = new Thread(body, threadName);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    /** Closes the listener and every adopted socket, interrupts the threads and joins them for up to 2 s. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        Sockets.closeQuietly(server);
        sockets.forEach(Sockets::closeQuietly);
        threads.forEach(Thread::interrupt);
        long deadline = System.nanoTime() + JOIN_NANOS;
        for (Thread thread : threads) {
            long remaining = deadline - System.nanoTime();
            if (remaining > 0 && thread != Thread.currentThread()) {
                try {
                    thread.join(TimeUnit.NANOSECONDS.toMillis(remaining) + 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}

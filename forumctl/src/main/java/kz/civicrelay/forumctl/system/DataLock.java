package kz.civicrelay.forumctl.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The one {@code forumctl up} that may run on a data folder: an exclusive lock on {@code <data>.lock}
 * beside it, held while {@code up} runs and released by the operating system when it ends, however it
 * ends. A second {@code up} on the same folder is refused before it touches anything, and told who holds it.
 */
public final class DataLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code dataDir}, or refuses at once, naming the holder. */
    public static DataLock acquire(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        Path lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock");
        @Nullable FileChannel channel = null;
        try {
            Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).strip();
                channel.close();
                throw new IllegalStateException("Another forumctl up is running on " + absolute
                        + (holder.isEmpty() ? "" : " (" + holder + ")")
                        + "; nothing was started or changed. Stop it first, or give this one another --data.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", since " + Instant.now())
                    .getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
            return new DataLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new IllegalStateException("Cannot lock " + lockFile + ": " + e.getMessage(), e);
        }
    }

    private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void closeQuietly(@Nullable FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the operating system releases the lock with the process anyway
        }
    }
}

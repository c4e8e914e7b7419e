package kz.civicrelay.forumctl.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Forgets the stored session: deletes its file (also one that cannot be read any more). */
@Command(name = "logout", mixinStandardHelpOptions = true, description = "Removes the stored session (forumctl login's).")
public final class LogoutCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path file = Session.home().resolve(Session.FILE_NAME);
        try {
            spec.commandLine().getOut().println(Files.deleteIfExists(file) ? "Signed out (" + file + " removed)"
                    : "Not signed in; nothing to remove");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + file, e);
        }
        return 0;
    }
}

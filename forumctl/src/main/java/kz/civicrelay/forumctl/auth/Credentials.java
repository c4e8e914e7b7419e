package kz.civicrelay.forumctl.auth;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * The user name and password a sign-in needs: from the options if given, else asked for on the terminal (the
 * password without echo), else read from standard input (a pipe). The password is never printed.
 */
final class Credentials {

    private static final BufferedReader STDIN = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    private Credentials() {
    }

    static String user(@Nullable String given, PrintWriter prompt) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        Console console = System.console();
        String read = console != null ? console.readLine("User name: ") : lineFromStdin(prompt, "User name: ");
        if (read == null || read.isBlank()) {
            throw new SignInRefused("sign-in needs a user name (--user)");
        }
        return read.strip();
    }

    static String password(@Nullable String given, PrintWriter prompt) {
        if (given != null && !given.isEmpty()) {
            return given;
        }
        Console console = System.console();
        if (console != null) {
            char[] read = console.readPassword("Password: ");
            if (read != null && read.length > 0) {
                return new String(read);
            }
        } else {
            String read = lineFromStdin(prompt, "Password: ");
            if (read != null && !read.isEmpty()) {
                return read;
            }
        }
        throw new SignInRefused("sign-in needs a password (--password, or typed when asked)");
    }

    private static @Nullable String lineFromStdin(PrintWriter prompt, String label) {
        prompt.print(label);
        prompt.flush();
        try {
            return STDIN.readLine();
        } catch (IOException e) {
            return null;
        }
    }
}

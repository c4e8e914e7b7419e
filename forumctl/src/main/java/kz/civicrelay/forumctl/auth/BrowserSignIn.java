package kz.civicrelay.forumctl.auth;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.sun.net.httpserver.HttpServer;

/**
 * Signs in in a browser, for any OpenID Connect provider (RFC 8252, a native app): prints the authorization
 * address, listens on a free loopback port for the browser to come back with the code, and redeems it with
 * the PKCE verifier. Waits at most {@value #WAIT_MINUTES} minutes.
 */
final class BrowserSignIn {

    static final int WAIT_MINUTES = 5;

    private BrowserSignIn() {
    }

    static SessionTokens signIn(String issuer, PrintWriter out) {
        IssuerEndpoints endpoints = IssuerEndpoints.discover(issuer);
        Pkce pkce = Pkce.fresh();
        String state = Pkce.random(16);
        CompletableFuture<URI> callback = new CompletableFuture<>();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on a loopback port for the sign-in", e);
        }
        server.createContext("/callback", exchange -> {
            byte[] page = ("<!DOCTYPE html><meta charset=\"utf-8\"><title>forumctl</title>"
                    + "<p>forumctl: Кірдіңіз · Вход выполнен · Signed in. You may close this window.</p>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
            callback.complete(exchange.getRequestURI());
        });
        server.start();
        try {
            String redirect = "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
            out.println("Open this address in a browser and sign in (waiting up to " + WAIT_MINUTES + " minutes):");
            out.println(FormSignIn.authorizationUri(endpoints, redirect, state, pkce));
            out.flush();
            URI back = callback.get(WAIT_MINUTES, TimeUnit.MINUTES);
            String code = FormSignIn.codeFrom(URI.create(redirect + (back.getRawQuery() == null ? "" : "?" + back.getRawQuery())),
                    state);
            return new TokenEndpoint(endpoints).redeem(code, redirect, pkce);
        } catch (TimeoutException e) {
            throw new SignInRefused("sign-in not completed within " + WAIT_MINUTES + " minutes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInRefused("sign-in interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("sign-in failed", e);
        } finally {
            server.stop(0);
        }
    }
}

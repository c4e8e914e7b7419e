package kz.civicrelay.identity.login;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in form, saying which system asks (in Kazakh, Russian and English) and nothing else: user name,
 * password, the CSRF token. Spring Security's form login takes the POST to {@code /login}. forumctl reads
 * the same form when it signs in without a browser (the fields' names are its contract).
 */
@Controller
class LoginPage {

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String form(CsrfToken csrf, @RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String logout) {
        String notice = error != null
                ? "<p class=\"error\" role=\"alert\">Пайдаланушы аты не құпиясөз қате · Неверное имя пользователя или пароль"
                        + " · Wrong user name or password</p>"
                : logout != null ? "<p>Сіз шықтыңыз · Вы вышли · You have signed out</p>" : "";
        return """
                <!DOCTYPE html>
                <html lang="kk">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Азаматтық форумдар эстафетасы · Эстафета гражданских форумов · Civic forum relay</title>
                <style>
                body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem; }
                label { display: block; margin-top: 1rem; }
                input { width: 100%%; padding: .4rem; box-sizing: border-box; }
                button { margin-top: 1.5rem; padding: .5rem 1.5rem; }
                .error { color: #a00; }
                small { color: #555; }
                </style>
                </head>
                <body>
                <h1>Азаматтық форумдар эстафетасы</h1>
                <p>Эстафета гражданских форумов · Civic forum relay</p>
                %s
                <form method="post" action="/login">
                <label for="username">Пайдаланушы аты · Имя пользователя · User name</label>
                <input id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">Құпиясөз · Пароль · Password</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                <input type="hidden" name="%s" value="%s">
                <button type="submit">Кіру · Войти · Sign in</button>
                </form>
                <p><small>Relay identity (the embedded default's issuer)</small></p>
                </body>
                </html>
                """.formatted(notice, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}

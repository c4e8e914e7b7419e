package kz.civicrelay.platform.security;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method the request's {@link Caller}: from the bearer token, or from the claims of a
 * person signed in by OpenID Connect (an app that signs people in, like the console, keeps them in a session). The public (no token) gets null where the parameter
 * is {@code @Nullable Caller}; elsewhere it is refused with 401, should the endpoint rules have let it through.
 */
final class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    private final CallerClaims claims;

    CallerArgumentResolver(CallerClaims claims) {
        this.claims = claims;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return claims.caller(token.getToken());
        }
        if (authentication != null && authentication.getPrincipal() instanceof ClaimAccessor signedIn) {
            return claims.caller(signedIn); // a person signed in by OpenID Connect (a console session)
        }
        if (parameter.getParameter().getAnnotatedType().isAnnotationPresent(Nullable.class)) {
            return null;
        }
        throw new AuthenticationCredentialsNotFoundException("Sign in first");
    }
}

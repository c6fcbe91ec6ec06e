package org.barometer.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps each session's CSRF token in the session, as Spring Security does, but makes a new token
 * from the session's id with a secret key of this node, rather than at random.
 *
 * <p>A session has no token until a page with a form first needs one, and again after signing in,
 * which changes the session's id and drops its token. When several requests of that session arrive
 * at once (a browser opening the pages of a report in tabs), each makes the token and stores it.
 * Made at random, each page would carry a different token and all but the last stored would be
 * refused when its form is sent; made from the session's id, every request of this node makes the
 * same token, so storing it twice changes nothing (the session table takes the second write as an
 * update: {@link SessionTables}). A token is still checked against the one stored in the session,
 * so a node that restarts with a new key keeps honouring the tokens it had handed out.
 */
final class SessionCsrfTokens implements CsrfTokenRepository {

  private static final String ALGORITHM = "HmacSHA256";

  private final HttpSessionCsrfTokenRepository stored = new HttpSessionCsrfTokenRepository();
  private final SecretKeySpec key;

  SessionCsrfTokens() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, ALGORITHM);
  }

  @Override
  public CsrfToken generateToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      // No session yet: this request makes one of its own, which no other request shares.
      return stored.generateToken(request);
    }
    return new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", of(session.getId()));
  }

  @Override
  public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
    stored.saveToken(token, request, response);
  }

  @Override
  public CsrfToken loadToken(HttpServletRequest request) {
    return stored.loadToken(request);
  }

  private String of(String sessionId) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] token = mac.doFinal(sessionId.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
    }
  }
}
